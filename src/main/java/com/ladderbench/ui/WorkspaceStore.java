package com.ladderbench.ui;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.ladderbench.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the {@link Workspace} in a small JSON file, by default {@code ~/.ladderbench/workspace.json}.
 * The location is injected so tests never touch the user's home.
 */
public final class WorkspaceStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;

    public WorkspaceStore(Path file) {
        this.file = file;
    }

    public static WorkspaceStore inHome() {
        return new WorkspaceStore(Path.of(System.getProperty("user.home"), ".ladderbench", "workspace.json"));
    }

    public Path file() { return file; }

    /** The stored workspace; an absent or unreadable file gives an empty one (it is only a convenience). */
    public Workspace load() {
        if (!Files.isRegularFile(file)) return Workspace.empty();
        try {
            Workspace w = JSON.readValue(file.toFile(), Workspace.class);
            return w == null ? Workspace.empty() : w;
        } catch (IOException | RuntimeException e) {
            return Workspace.empty();
        }
    }

    /** Written atomically, so a crash mid-write never leaves a broken file behind. */
    public void save(Workspace workspace) throws IOException {
        AtomicFiles.write(file, out -> out.write(JSON.writeValueAsBytes(workspace)));
    }
}
