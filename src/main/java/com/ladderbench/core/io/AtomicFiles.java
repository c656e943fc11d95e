package com.ladderbench.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes outputs under a temporary name beside the target and moves them into place, so a
 * failed or interrupted run never leaves a half-written file or directory behind.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Something that writes one file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Something that fills a (temporary) directory. */
    @FunctionalInterface
    public interface DirectoryContent {
        void writeInto(Path dir) throws IOException;
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = uniqueSibling(dir, target.getFileName() + ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(
                    Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW), 1 << 16)) {
                content.writeTo(out);
            }
            move(tmp, target);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * Builds a whole directory under a temporary name, then replaces {@code target} with it.
     * An existing target is only removed once the new content is complete.
     */
    public static void writeDirectory(Path target, DirectoryContent content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createDirectory(uniqueSibling(parent, abs.getFileName() + ".tmp"));
        try {
            content.writeInto(tmp);
            if (Files.exists(abs)) {
                Path old = uniqueSibling(parent, abs.getFileName() + ".old");
                move(abs, old);
                move(tmp, abs);
                deleteRecursively(old);
            } else {
                move(tmp, abs);
            }
        } catch (IOException | RuntimeException | Error e) {
            deleteRecursively(tmp);
            throw e;
        }
    }

    /**
     * A hidden name beside the target that does not exist yet. Unlike Files.createTemp*, the file
     * or directory made there gets the user's usual permissions, not owner-only ones.
     */
    private static Path uniqueSibling(Path dir, String name) {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            Path p = dir.resolve("." + name + "." + Long.toHexString(random.nextLong() & Long.MAX_VALUE));
            if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return p;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static void deleteRecursively(Path root) {
        if (!Files.exists(root)) return;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
