package com.ladderbench.core.report;

import com.ladderbench.model.BlockReason;
import com.ladderbench.model.TriggerStats;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The cells of one per-trigger activity row (SPEC §5), shared by the CLI table and the HTML
 * report so both say the same thing in the same words.
 */
public final class TriggerActivity {
    /** Column headings, in row order. */
    public static final String[] HEADINGS = {
        "trigger", "category", "bars true", "orders filled", "qty traded", "realized P&L", "blocked / preempted"};

    private TriggerActivity() {
    }

    public static String[] cells(TriggerStats t) {
        return new String[] {
            t.triggerId(), t.category().wire(), Long.toString(t.barsTrue()), Long.toString(t.ordersFilled()),
            t.qtyTraded().toPlainString(), String.format(Locale.ROOT, "%.2f", t.realizedPnl() + 0.0),
            events(t.events())};
    }

    /** {@code cooldown 12, min_hold 3}, or {@code -} when the trigger was never blocked or preempted. */
    static String events(Map<BlockReason, Long> byReason) {
        if (byReason.isEmpty()) return "-";
        StringJoiner j = new StringJoiner(", ");
        byReason.forEach((r, n) -> j.add(r.wire() + " " + n));
        return j.toString();
    }
}
