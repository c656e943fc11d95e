package com.ladderbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceStoreTest {
    @TempDir
    Path dir;

    @Test
    void aSavedWorkspaceReadsBackTheSame() throws Exception {
        WorkspaceStore store = new WorkspaceStore(dir.resolve("sub/workspace.json"));
        Workspace w = Workspace.empty().withInputs("/p/plan.json", List.of("BTC-USD:1h=/d/btc.csv"), null, "flatten")
                .withRecent(new Workspace.RecentFile(Workspace.Kind.FILLS, "/f/fills.csv"));
        store.save(w);
        assertEquals(w, store.load());
        try (var files = Files.list(dir.resolve("sub"))) {
            assertEquals(List.of("workspace.json"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file left behind");
        }
    }

    @Test
    void aMissingOrBrokenFileGivesAnEmptyWorkspace() throws Exception {
        WorkspaceStore store = new WorkspaceStore(dir.resolve("workspace.json"));
        assertEquals(Workspace.empty(), store.load());
        Files.writeString(dir.resolve("workspace.json"), "{ not json");
        assertEquals(Workspace.empty(), store.load());
    }

    @Test
    void recentFilesAreMostRecentFirstOnceEachAndAtMostTen() {
        Workspace w = Workspace.empty();
        for (int i = 0; i < 12; i++) w = w.withRecent(new Workspace.RecentFile(Workspace.Kind.PLAN, "/p" + i));
        w = w.withRecent(new Workspace.RecentFile(Workspace.Kind.PLAN, "/p5"));
        assertEquals(Workspace.MAX_RECENT, w.recent().size());
        assertEquals("/p5", w.recent().get(0).path());
        assertEquals("/p11", w.recent().get(1).path());
        assertEquals(1, w.recent().stream().filter(r -> r.path().equals("/p5")).count());
    }
}
