package com.ladderbench.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The file {@value #NAME} every directory output carries: what kind of output it is and every
 * path Ladderbench wrote there. A directory is only ever replaced when it holds exactly such an
 * output, so a file the user added to it (or a directory that merely looks similar) is never lost.
 * Written last, so a temporary directory with a marker is complete.
 */
final class OutputMarker {
    static final String NAME = ".ladderbench-output";
    private static final String HEADER = "ladderbench-output 1";

    private OutputMarker() {
    }

    /** Lists {@code dir} (directories end in '/') and writes the marker; identical content gives identical bytes. */
    static void write(Path dir, OutputTarget.Kind kind) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n').append("kind ").append(kind.wire()).append('\n');
        for (String p : listing(dir)) sb.append(p).append('\n');
        Files.write(dir.resolve(NAME), sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** What an earlier output holds: its kind and paths, empty when there is no readable marker. */
    record Earlier(String kind, List<String> paths) {
    }

    static Optional<Earlier> read(Path dir) {
        Path marker = dir.resolve(NAME);
        if (!Files.isRegularFile(marker, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        try {
            if (Files.size(marker) > (1 << 20)) return Optional.empty();
            List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("kind ")) {
                return Optional.empty();
            }
            return Optional.of(new Earlier(lines.get(1).substring(5), List.copyOf(lines.subList(2, lines.size()))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every path under {@code dir} but the marker, sorted; symbolic links and special files are listed as such. */
    static TreeSet<String> listing(Path dir) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (!d.equals(dir)) out.add(rel(d) + "/");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                String r = rel(f);
                if (r.equals(NAME)) return FileVisitResult.CONTINUE;
                out.add(attrs.isRegularFile() ? r : r + " (not a regular file)");
                return FileVisitResult.CONTINUE;
            }

            private String rel(Path p) {
                List<String> names = new ArrayList<>();
                for (Path n : dir.relativize(p)) names.add(n.toString());
                return String.join("/", names);
            }
        });
        return out;
    }
}
