package com.ladderbench.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Single-file writes by path, for callers that need nothing more: they go through
 * {@link OutputTarget#file} (refusal of directories, devices and links, whole-or-nothing
 * replacement, the lock), so there is one way outputs reach the disk.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void writeString(Path target, String text) throws IOException {
        OutputTarget.file(target).writeString(text);
    }

    public static void write(Path target, OutputTarget.Content content) throws IOException {
        OutputTarget.file(target).writeFile(content);
    }
}
