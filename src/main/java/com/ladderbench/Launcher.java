package com.ladderbench;

import com.ladderbench.cli.LadderbenchCommand;

/**
 * Entry point of the runnable jar. Deliberately not a JavaFX {@code Application}: with JavaFX
 * on the class path, a main class extending Application refuses to start, and headless
 * commands must not touch JavaFX at all.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            com.ladderbench.ui.WorkbenchApp.launchWorkbench(args);
            return;
        }
        System.exit(LadderbenchCommand.execute(new java.io.PrintWriter(System.out, true),
                new java.io.PrintWriter(System.err, true),
                java.util.List.of(new com.ladderbench.ui.screenshot.ScreenshotCommand()), args));
    }
}
