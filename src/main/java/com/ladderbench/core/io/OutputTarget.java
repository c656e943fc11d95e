package com.ladderbench.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Where an output goes (SPEC §7, "--out never destroys what Ladderbench did not write"). Every
 * output of the CLI and the workbench is written through one of these.
 *
 * <p>A directory output (run, comparison, sweep, tradesets) may only go to an absent path, an
 * empty directory, or a directory holding exactly an earlier output of the same kind (recognised by
 * its {@link OutputMarker}). A file output replaces at most an existing regular file. Anything else
 * (a file where a directory belongs, a device, a symbolic link, a directory with other files, the
 * working directory or one of its ancestors, the root, a directory holding an input) is refused
 * with an {@link OutputException} before anything is touched.
 *
 * <p>Writing is whole-or-nothing even under kill -9. The content is built under a hidden sibling
 * {@code .NAME.tmp.<hex>}; a file is then renamed over the target (atomic). A directory cannot be
 * exchanged atomically from Java (no renameat2), so the old one is first renamed to
 * {@code .NAME.old.<hex>} and the new one into place. A crash between those two renames leaves the
 * target missing with the old output beside it: the next writer of the target (and {@link #recover}
 * for readers) moves it back, and deletes every leftover of interrupted writes into that target.
 * SIGTERM rolls back at once (a shutdown hook). A lock on a {@code .NAME.lock} sibling refuses a
 * second process writing the same target.
 */
public final class OutputTarget {

    /** The kinds of directory output; one kind never replaces another. */
    public enum Kind {
        RUN, COMPARISON, SWEEP, TRADESETS, SAMPLE;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
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

    /** The moments of a write between which a crash can happen; tests stop there. */
    enum Step { BUILT, OLD_ASIDE, NEW_IN, DONE }

    /** Called at each {@link Step}; tests inject crashes or pauses here. */
    @FunctionalInterface
    interface Steps {
        Steps NONE = step -> { };

        void reached(Step step) throws IOException;
    }

    /**
     * Thrown by a test's {@link Steps} to stand for kill -9: the write stops where it is and
     * nothing rolls back (the lock is still released, as the operating system would).
     */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(Step step) {
            super("simulated crash at " + step);
        }
    }

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{16}");

    private final Path path;
    private final Kind kind;
    private final String label;
    private final List<Path> inputs;
    private final Steps steps;

    private OutputTarget(Path path, Kind kind, String label, List<Path> inputs, Steps steps) {
        this.path = path;
        this.kind = kind;
        this.label = label;
        this.inputs = inputs;
        this.steps = steps;
    }

    /** A directory output of the given kind. */
    public static OutputTarget directory(Path path, Kind kind) {
        return new OutputTarget(path, java.util.Objects.requireNonNull(kind), "--out", List.of(), Steps.NONE);
    }

    /** A single-file output (report, PNG, CSV export, workspace). */
    public static OutputTarget file(Path path) {
        return new OutputTarget(path, null, "--out", List.of(), Steps.NONE);
    }

    /** The inputs of the command: the target may not be one of them, nor hold one. */
    public OutputTarget protecting(Collection<Path> inputFiles) {
        List<Path> all = new ArrayList<>(inputs);
        for (Path p : inputFiles) {
            if (p != null) all.add(p);
        }
        return new OutputTarget(path, kind, label, List.copyOf(all), steps);
    }

    /** How messages name the target, e.g. {@code --out} (the default) or {@code Export to}. */
    public OutputTarget labelled(String newLabel) {
        return new OutputTarget(path, kind, newLabel, inputs, steps);
    }

    OutputTarget withSteps(Steps newSteps) {
        return new OutputTarget(path, kind, label, inputs, newSteps);
    }

    public Path path() { return path; }

    /** Null for a file output. */
    public Kind kind() { return kind; }

    // ---------------------------------------------------------------- checks

    /** Refuses a target this output may not replace; touches nothing. Call it before long work. */
    public void check() throws OutputException {
        Path real = canonical();
        checkAt(real);
    }

    private void checkAt(Path real) throws OutputException {
        if (kind != null) {
            Path cwd = canonicalOrNull(Path.of(""));
            if (real.equals(cwd)) throw refused("it is the working directory; " + chooseDirectory());
            if (cwd != null && cwd.startsWith(real)) throw refused("it holds the working directory; " + chooseDirectory());
        }
        for (Path in : inputs) {
            Path input = canonicalOrNull(in);
            if (input == null) continue;
            if (input.equals(real)) throw refused("it is the input " + in);
            if (kind != null && input.startsWith(real)) throw refused("it holds the input " + in);
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return; // absent: always fine
        } catch (IOException e) {
            throw OutputException.cannotWrite(path.toString(), e);
        }
        if (attrs.isSymbolicLink()) {
            throw refused("it is a symbolic link" + linkTarget(real) + "; name the real "
                    + (kind == null ? "file" : "directory"));
        }
        if (kind == null) {
            if (attrs.isDirectory()) throw refused("it is a directory; name a file");
            if (!attrs.isRegularFile()) throw refused("it is a device or special file, not a regular file");
            return;
        }
        if (attrs.isRegularFile()) throw refused("it is a file, not a directory; " + chooseDirectory());
        if (!attrs.isDirectory()) throw refused("it is a device or special file, not a directory");
        checkDirectoryContent(real);
    }

    /** Empty, or exactly an earlier output of the same kind. */
    private void checkDirectoryContent(Path real) throws OutputException {
        try {
            Optional<OutputMarker.Earlier> earlier = OutputMarker.read(real);
            if (earlier.isEmpty()) {
                // only the top level: a refused home directory must not be walked whole
                TreeSet<String> top = new TreeSet<>();
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(real)) {
                    for (Path p : entries) top.add(p.getFileName().toString());
                }
                if (!top.isEmpty()) throw foreign(List.copyOf(top));
                return;
            }
            if (!earlier.get().kind().equals(kind.wire())) {
                throw refused("it holds a " + earlier.get().kind() + " output, not a " + kind.wire() + " output; "
                        + chooseDirectory());
            }
            List<String> ours = earlier.get().paths();
            List<String> foreign = OutputMarker.listing(real).stream().filter(p -> !ours.contains(p)).toList();
            if (!foreign.isEmpty()) throw foreign(foreign);
        } catch (OutputException e) {
            throw e;
        } catch (IOException e) {
            throw OutputException.cannotWrite(path.toString(), e);
        }
    }

    private OutputException foreign(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(3, names.size())))
                + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
        return refused("it holds files Ladderbench did not write (" + shown + "); " + chooseDirectory());
    }

    private String chooseDirectory() {
        return "choose a new or empty directory";
    }

    private OutputException refused(String why) {
        return OutputException.refused(label, path.toString(), why);
    }

    private static String linkTarget(Path link) {
        try {
            return " to " + Files.readSymbolicLink(link);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The target with every symbolic link in its parent resolved (the target itself is not followed),
     * so "." or "dir/.." are recognised for what they are.
     */
    private Path canonical() throws OutputException {
        Path abs = path.toAbsolutePath();
        Path name = abs.getFileName();
        Path real;
        if (name == null) {
            real = abs;
        } else if (name.toString().equals(".") || name.toString().equals("..")) {
            real = resolveExisting(abs);
        } else {
            Path parent = abs.getParent();
            real = parent == null ? abs : resolveExisting(parent).resolve(name.toString());
        }
        if (real.getParent() == null) throw refused("it is the root directory");
        return real;
    }

    private static Path canonicalOrNull(Path p) {
        try {
            return resolveExisting(p.toAbsolutePath());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The real path of the longest existing prefix, with the rest appended (normalised). */
    private static Path resolveExisting(Path abs) {
        Path existing = abs.normalize();
        List<String> rest = new ArrayList<>();
        while (existing != null) {
            try {
                Path real = existing.toRealPath();
                for (int i = rest.size() - 1; i >= 0; i--) real = real.resolve(rest.get(i));
                return real.normalize();
            } catch (IOException e) {
                if (existing.getFileName() == null) break;
                rest.add(existing.getFileName().toString());
                existing = existing.getParent();
            }
        }
        return abs.normalize();
    }

    // ---------------------------------------------------------------- writing

    /** Writes a directory output whole, replacing an earlier output of the same kind. */
    public void writeDirectory(DirectoryContent content) throws OutputException {
        if (kind == null) throw new IllegalStateException("a file target has no directory content");
        write(real -> new DirectoryWrite(real, content));
    }

    /** Writes a file output whole, replacing an existing regular file atomically. */
    public void writeFile(Content content) throws OutputException {
        if (kind != null) throw new IllegalStateException("a directory target is written with writeDirectory");
        write(real -> new FileWrite(real, content));
    }

    public void writeString(String text) throws OutputException {
        writeFile(out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @FunctionalInterface
    private interface WriteFactory {
        Write create(Path real);
    }

    private void write(WriteFactory factory) throws OutputException {
        Path real = canonical();
        checkAt(real);
        Path parent = real.getParent();
        String name = real.getFileName().toString();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw OutputException.cannotWrite(path.toString(), e);
        }
        OutputLock lock;
        try {
            lock = OutputLock.tryAcquire(lockFile(parent, name));
        } catch (IOException e) {
            throw OutputException.cannotWrite(path.toString(), e);
        }
        if (lock == null) throw OutputException.busy(path.toString());
        try (lock) {
            try {
                recoverUnderLock(parent, name);
            } catch (IOException e) {
                throw OutputException.cannotWrite(path.toString(), e);
            }
            checkAt(real); // the recovery may have put an earlier output back
            Write w = factory.create(real);
            w.lockFile = lockFile(parent, name);
            w.run();
        }
    }

    /**
     * Completes or undoes interrupted writes into a target, for readers: when the target is missing
     * and a crash left the earlier output beside it, it is moved back. Does nothing while a writer
     * holds the target, or when there is nothing to recover.
     */
    public static void recover(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || abs.getFileName() == null || Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) return;
        String name = abs.getFileName().toString();
        try {
            if (leftovers(parent, name, "old").isEmpty()) return;
            try (OutputLock lock = OutputLock.tryAcquire(lockFile(parent, name))) {
                if (lock != null) recoverUnderLock(parent, name);
            }
        } catch (IOException | RuntimeException e) {
            // a reader then reports the directory as missing, as it would have anyway
        }
    }

    /** Puts a set-aside earlier output back when the target is missing, then deletes all leftovers. */
    private static void recoverUnderLock(Path parent, String name) throws IOException {
        Path target = parent.resolve(name);
        List<Path> olds = leftovers(parent, name, "old");
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            // what was at the target before the interrupted swap (an earlier output, or an empty directory)
            Optional<Path> complete = olds.stream()
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .max(Comparator.comparing((Path p) -> OutputMarker.read(p).isPresent())
                            .thenComparing(OutputTarget::modified));
            if (complete.isPresent()) {
                move(complete.get(), target);
                olds.remove(complete.get());
            }
        }
        for (Path p : olds) deleteRecursively(p);
        for (Path p : leftovers(parent, name, "tmp")) deleteRecursively(p);
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    /** The siblings {@code .NAME.WHAT.<16 hex>} that writes into NAME leave; nothing else matches. */
    static List<Path> leftovers(Path parent, String name, String what) throws IOException {
        String prefix = "." + name + "." + what + ".";
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, e -> {
            String n = e.getFileName().toString();
            return n.startsWith(prefix) && HEX.matcher(n.substring(prefix.length())).matches();
        })) {
            for (Path p : entries) out.add(p);
        }
        out.sort(null);
        return out;
    }

    private static Path lockFile(Path parent, String name) {
        return parent.resolve("." + name + ".lock");
    }

    private static Path sibling(Path parent, String name, String what) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            Path p = parent.resolve("." + name + "." + what + "."
                    + String.format(Locale.ROOT, "%016x", random.nextLong()));
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return p;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes a tree without following symbolic links (a link is deleted, never what it points to). */
    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    // ---------------------------------------------------------------- one write, step by step

    /**
     * One write under the lock. Its steps run while holding {@code this}, and so does the shutdown
     * hook, so SIGTERM sees a consistent state and rolls back (or finishes) the swap.
     */
    private abstract class Write {
        final Path real;
        final Path parent;
        final String name;
        Path tmp;
        Path old;
        Path lockFile;
        boolean finished;
        boolean aborted;
        private final Thread hook = new Thread(this::onShutdown, "ladderbench-output-cleanup");

        Write(Path real) {
            this.real = real;
            this.parent = real.getParent();
            this.name = real.getFileName().toString();
        }

        abstract void build() throws IOException;

        abstract void swap() throws IOException;

        /** Renames the built output onto the target, unless a shutdown has begun (the hook then cleans up). */
        final void moveNewIn() throws IOException {
            synchronized (this) {
                throwIfAborted();
                move(tmp, real);
                tmp = null;
            }
            step(Step.NEW_IN);
        }

        /** Call holding this write's lock. */
        final void throwIfAborted() throws IOException {
            if (aborted) throw new IOException("interrupted (the process is shutting down)");
        }

        final void run() throws OutputException {
            boolean crashed = false;
            try {
                Runtime.getRuntime().addShutdownHook(hook);
                build();
                step(Step.BUILT);
                swap();
                synchronized (this) {
                    if (old != null) deleteRecursively(old);
                    old = null;
                    finished = true;
                }
                step(Step.DONE);
            } catch (SimulatedCrash c) {
                crashed = true;
                throw c;
            } catch (IOException | RuntimeException e) {
                throw OutputException.cannotWrite(path.toString(), e);
            } finally {
                if (!crashed) rollback();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // shutting down: the hook is running or has run
                }
            }
        }

        void step(Step step) throws IOException {
            synchronized (this) {
                if (finished && step != Step.DONE) return;
                throwIfAborted();
            }
            steps.reached(step);
        }

        /** Undoes what is not finished: the new content goes, the old output comes back. */
        synchronized void rollback() {
            try {
                if (!finished && old != null && !Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
                    move(old, real);
                    old = null;
                }
                if (tmp != null) deleteRecursively(tmp);
                if (old != null) deleteRecursively(old);
            } catch (IOException | RuntimeException e) {
                // the next write into this target recovers what is left
            }
        }

        private void onShutdown() {
            synchronized (this) {
                aborted = true;
            }
            // the writing thread may still add files to tmp while it is deleted: try a few times
            for (int i = 0; i < 5; i++) {
                rollback();
                if (tmp == null || !Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) break;
            }
            try {
                // still ours until the process ends, which releases the lock itself
                if (lockFile != null) Files.deleteIfExists(lockFile);
            } catch (IOException e) {
                // the next writer removes it
            }
        }
    }

    private final class DirectoryWrite extends Write {
        private final DirectoryContent content;

        DirectoryWrite(Path real, DirectoryContent content) {
            super(real);
            this.content = content;
        }

        @Override
        void build() throws IOException {
            synchronized (this) {
                tmp = sibling(parent, name, "tmp");
                Files.createDirectory(tmp);
            }
            content.writeInto(tmp);
            OutputMarker.write(tmp, kind);
        }

        @Override
        void swap() throws IOException {
            boolean replacing;
            synchronized (this) {
                throwIfAborted();
                replacing = Files.exists(real, LinkOption.NOFOLLOW_LINKS);
                if (replacing) {
                    Path aside = sibling(parent, name, "old");
                    move(real, aside);
                    old = aside;
                }
            }
            if (replacing) step(Step.OLD_ASIDE);
            moveNewIn();
        }
    }

    private final class FileWrite extends Write {
        private final Content content;

        FileWrite(Path real, Content content) {
            super(real);
            this.content = content;
        }

        @Override
        void build() throws IOException {
            synchronized (this) {
                tmp = sibling(parent, name, "tmp");
            }
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
        }

        @Override
        void swap() throws IOException {
            moveNewIn(); // rename(2) replaces a regular file atomically
        }
    }
}
