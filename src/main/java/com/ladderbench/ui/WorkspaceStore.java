package com.ladderbench.ui;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.ladderbench.core.io.OutputTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Keeps the {@link Workspace} in a small JSON file, by default {@code ~/.ladderbench/workspace.json}.
 * The location is injected so tests never touch the user's home.
 */
public final class WorkspaceStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final Clock clock;

    public WorkspaceStore(Path file) {
        this(file, Clock.systemUTC());
    }

    WorkspaceStore(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public static WorkspaceStore inHome() {
        return new WorkspaceStore(Path.of(System.getProperty("user.home"), ".ladderbench", "workspace.json"));
    }

    public Path file() { return file; }

    /** The stored workspace; an absent or unreadable file gives an empty one (it is only a convenience). */
    public Workspace load() {
        return load(notice -> { });
    }

    /**
     * As {@link #load()}, but a file that is not a workspace is first moved aside to
     * {@code workspace.json.bad-<UTC time>} (so the next save cannot overwrite what may be the
     * user's to repair) and {@code notices} is told where it went.
     */
    public Workspace load(Consumer<String> notices) {
        if (!Files.isRegularFile(file)) return Workspace.empty();
        try {
            Workspace w = JSON.readValue(file.toFile(), Workspace.class);
            if (w != null) return w;
        } catch (IOException | RuntimeException e) {
            // moved aside below
        }
        notices.accept(moveAside());
        return Workspace.empty();
    }

    private String moveAside() {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
                .format(clock.instant().atOffset(ZoneOffset.UTC));
        Path aside = file.resolveSibling(file.getFileName() + ".bad-" + stamp);
        for (int i = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); i++) {
            aside = file.resolveSibling(file.getFileName() + ".bad-" + stamp + "-" + i);
        }
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            return "The workspace file " + file + " was unreadable; it was moved to " + aside + " and a new one started";
        } catch (IOException e) {
            return "The workspace file " + file + " is unreadable (" + e.getMessage() + "); the workspace is not remembered";
        }
    }

    /** Written atomically, so a crash mid-write never leaves a broken file behind. */
    public void save(Workspace workspace) throws IOException {
        OutputTarget.file(file).labelled("Workspace file").writeFile(out -> out.write(JSON.writeValueAsBytes(workspace)));
    }
}
