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
            try {
                com.ladderbench.ui.WorkbenchApp.launchWorkbench(args);
            } catch (RuntimeException | LinkageError e) {
                // no display, or no GTK 3 on Linux: say so instead of printing the toolkit's stack trace
                System.err.println("error: cannot open the workbench window: " + e.getMessage());
                System.err.println("It needs a graphical desktop (on Linux: a DISPLAY and the GTK 3 library,"
                        + " e.g. the libgtk-3-0 package).");
                System.err.println("Every headless command still works: java -jar target/ladderbench.jar --help");
                System.exit(1);
            }
            return;
        }
        System.exit(LadderbenchCommand.execute(new java.io.PrintWriter(System.out, true),
                new java.io.PrintWriter(System.err, true),
                java.util.List.of(com.ladderbench.ui.screenshot.ScreenshotCommand.class), args));
    }
}
