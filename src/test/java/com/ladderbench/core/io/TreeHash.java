package com.ladderbench.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;

/** A digest of a tree (names, kinds, link targets and file bytes), to show a refused target was not touched. */
public final class TreeHash {
    private TreeHash() {
    }

    public static String of(Path root) {
        return of(root, Set.of());
    }

    /** {@code skip}: top-level names left out (e.g. a build folder written while the test runs). */
    public static String of(Path root, Set<String> skip) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return "absent";
            if (Files.isSymbolicLink(root)) return "link " + Files.readSymbolicLink(root);
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && dir.getParent().equals(root) && skip.contains(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    md.update(("d " + root.relativize(dir) + "\n").getBytes());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String rel = root.relativize(file).toString();
                    if (attrs.isSymbolicLink()) {
                        md.update(("l " + rel + " " + Files.readSymbolicLink(file) + "\n").getBytes());
                    } else if (attrs.isRegularFile()) {
                        md.update(("f " + rel + "\n").getBytes());
                        md.update(Files.readAllBytes(file));
                    } else {
                        md.update(("o " + rel + "\n").getBytes());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
