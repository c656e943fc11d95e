package com.ladderbench.core.engine;

/** A run stopped because its monitor asked it to. */
public final class RunCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RunCancelledException() {
        super("run cancelled");
    }
}
