package com.ladderbench.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * An output that was refused or could not be written. The message is one plain line for the user
 * (the CLI prints it with exit status 2, the workbench in an error dialog): it names the target as
 * the user gave it, never a temporary name, and carries no stack trace.
 */
public final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    OutputException(String message) {
        super(message);
    }

    /** {@code LABEL TARGET is not allowed: WHY}: the target is left as it was. */
    static OutputException refused(String label, String target, String why) {
        return new OutputException(label + " " + target + " is not allowed: " + why);
    }

    static OutputException busy(String target) {
        return new OutputException("cannot write " + target
                + ": another Ladderbench process is writing it; wait for it to finish");
    }

    /** {@code cannot write TARGET: permission denied}, from whatever the file system said. */
    static OutputException cannotWrite(String target, Throwable cause) {
        if (cause instanceof OutputException o) return o;
        OutputException e = new OutputException("cannot write " + target + ": " + reason(cause));
        e.initCause(cause);
        return e;
    }

    /** The operating system's reason in lower case, without the (temporary) file names Java adds. */
    static String reason(Throwable t) {
        String r = null;
        if (t instanceof FileSystemException f) r = f.getReason();
        if (r == null) {
            if (t instanceof AccessDeniedException) return "permission denied";
            if (t instanceof NoSuchFileException) return "no such file or directory";
            if (t instanceof NotDirectoryException) return "not a directory";
            r = t instanceof FileSystemException ? null : t.getMessage();
        }
        if (r == null || r.isBlank()) return "input/output error";
        r = r.lines().findFirst().orElse(r).trim();
        return r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1);
    }
}
