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

    @Test
    void aCorruptFileIsMovedAsideWithANoticeAndNeverOverwritten() throws Exception {
        Path file = dir.resolve("workspace.json");
        Files.writeString(file, "{ not json");
        java.time.Clock at = java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T14:05:09Z"), java.time.ZoneOffset.UTC);
        WorkspaceStore store = new WorkspaceStore(file, at);
        List<String> notices = new java.util.ArrayList<>();
        assertEquals(Workspace.empty(), store.load(notices::add));
        Path aside = dir.resolve("workspace.json.bad-20261201T140509Z");
        assertEquals(List.of("The workspace file " + file + " was unreadable; it was moved to " + aside
                + " and a new one started"), notices);
        assertEquals("{ not json", Files.readString(aside));

        store.save(Workspace.empty().withRecent(new Workspace.RecentFile(Workspace.Kind.PLAN, "/p.json")));
        assertEquals("{ not json", Files.readString(aside), "a later save leaves the moved file alone");

        // a second corrupt file in the same second gets a name of its own
        Files.writeString(file, "[]");
        store.load(notices::add);
        assertEquals("[]", Files.readString(dir.resolve("workspace.json.bad-20261201T140509Z-2")));
    }

    @Test
    void aGoodFileGivesNoNotice() throws Exception {
        WorkspaceStore store = new WorkspaceStore(dir.resolve("workspace.json"));
        store.save(Workspace.empty());
        List<String> notices = new java.util.ArrayList<>();
        store.load(notices::add);
        assertEquals(List.of(), notices);
    }
}
