package com.ladderbench.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the workbench remembers between starts: the inputs last run and the files opened recently.
 *
 * @param plan the plan file, or null
 * @param data data arguments ({@code SYMBOL:TIMEFRAME=path} or {@code SYMBOL_TIMEFRAME.csv})
 * @param config the run configuration file, or null for the defaults
 * @param baseline baseline mode wire name
 * @param recent most recent first
 */
public record Workspace(String plan, List<String> data, String config, String baseline, List<RecentFile> recent) {
    public static final int MAX_RECENT = 10;

    public Workspace {
        data = data == null ? List.of() : List.copyOf(data);
        recent = recent == null ? List.of() : List.copyOf(recent);
    }

    public static Workspace empty() {
        return new Workspace(null, List.of(), null, null, List.of());
    }

    /** A file opened from the menu, so it can be opened again from "Open recent". */
    public record RecentFile(Kind kind, String path) {
        public RecentFile {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(path, "path");
        }
    }

    /** What a recent file was opened as. */
    public enum Kind { PLAN, DATA, CONFIG, FILLS, RUN }

    public Workspace withInputs(String newPlan, List<String> newData, String newConfig, String newBaseline) {
        return new Workspace(newPlan, newData, newConfig, newBaseline, recent);
    }

    /** Puts a file first in the recent list, once, keeping at most {@link #MAX_RECENT}. */
    public Workspace withRecent(RecentFile file) {
        List<RecentFile> list = new ArrayList<>();
        list.add(file);
        for (RecentFile r : recent) {
            if (!r.equals(file) && list.size() < MAX_RECENT) list.add(r);
        }
        return new Workspace(plan, data, config, baseline, list);
    }
}
