package com.ladderbench.ui.screenshot;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/**
 * Starts JavaFX without a display (Monocle's headless platform, software rendering) and runs work
 * on its thread. The properties must be set before the toolkit starts; when it is already running
 * (inside the workbench or a test) it is used as it is.
 */
final class HeadlessFx {
    private static final long TIMEOUT_SECONDS = 120;

    private HeadlessFx() {
    }

    /** @return true when this call started the toolkit (and so should stop it) */
    static boolean start() throws InterruptedException {
        com.ladderbench.ui.FxStartupLog.quiet();
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("headless.geometry", "1920x1200-32");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
        try {
            started.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start headless", e);
        }
        Platform.setImplicitExit(false);
        return true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }

    /** Something to do on the FX thread. */
    @FunctionalInterface
    interface FxWork<T> {
        T call() throws Exception;
    }

    /** Runs work on the FX thread and waits for it; its exception is rethrown here as it was. */
    static <T> T onFxThread(FxWork<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) return work.call();
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) throw ex;
            throw (Error) e.getCause();
        }
    }
}
