package com.ladderbench.ui.telemetry;

import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.RunResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The category × reason counts of a run as the core counted them ({@link RunResult#eventCounts()}),
 * laid out as a grid of the categories and reasons that occur, in the enums' order.
 */
public record EventMatrix(List<Category> categories, List<BlockReason> reasons, long[][] counts) {

    public EventMatrix {
        categories = List.copyOf(categories);
        reasons = List.copyOf(reasons);
    }

    public static EventMatrix of(RunResult run) {
        List<Category> cats = new ArrayList<>();
        List<BlockReason> reasons = new ArrayList<>();
        for (Category c : Category.values()) {
            if (run.eventCounts().stream().anyMatch(e -> e.category() == c)) cats.add(c);
        }
        for (BlockReason r : BlockReason.values()) {
            if (run.eventCounts().stream().anyMatch(e -> e.reason() == r)) reasons.add(r);
        }
        long[][] counts = new long[cats.size()][reasons.size()];
        for (RunResult.EventCount e : run.eventCounts()) {
            counts[cats.indexOf(e.category())][reasons.indexOf(e.reason())] += e.count();
        }
        return new EventMatrix(cats, reasons, counts);
    }

    public long rowTotal(int row) {
        long s = 0;
        for (long v : counts[row]) s += v;
        return s;
    }

    public long columnTotal(int column) {
        long s = 0;
        for (long[] row : counts) s += row[column];
        return s;
    }

    public long total() {
        long s = 0;
        for (int r = 0; r < counts.length; r++) s += rowTotal(r);
        return s;
    }

    /** Events of the preemption kind per category, every category in order (zeros included). */
    public static long[] preemptionsByCategory(RunResult run) {
        long[] out = new long[Category.values().length];
        for (RunResult.EventCount e : run.eventCounts()) {
            if (e.reason().kind() == BlockReason.Kind.PREEMPTION) out[e.category().ordinal()] += e.count();
        }
        return out;
    }
}
