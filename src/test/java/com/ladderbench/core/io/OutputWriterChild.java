package com.ladderbench.core.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A separate JVM that writes a run-kind output and stops at a step so its parent can kill it there:
 * {@code OutputWriterChild TARGET STEP VERSION}. It prints {@code at STEP} and sleeps; {@code WRITING}
 * stops half-way through the content.
 */
public final class OutputWriterChild {
    private OutputWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        String pause = args[1];
        String version = args[2];
        OutputTarget.directory(target, OutputTarget.Kind.RUN).withSteps(step -> {
            if (step.name().equals(pause)) stop(pause);
        }).writeDirectory(tmp -> {
            Files.writeString(tmp.resolve("result.json"), version);
            if (pause.equals("WRITING")) stop(pause);
            Files.writeString(tmp.resolve("equity.csv"), version);
        });
        System.out.println("done");
    }

    private static void stop(String step) {
        System.out.println("at " + step);
        System.out.flush();
        try {
            Thread.sleep(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
