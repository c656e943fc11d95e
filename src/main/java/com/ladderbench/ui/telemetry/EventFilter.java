package com.ladderbench.ui.telemetry;

import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the event log shows: each field narrows the log, null (or blank text) lets everything
 * through. Text matches, ignoring case, the trigger, reason, category, symbol, winner and detail.
 */
public record EventFilter(Category category, BlockReason reason, String trigger, String symbol, String text)
        implements Predicate<BlockEvent> {

    public static final EventFilter ALL = new EventFilter(null, null, null, null, null);

    @Override
    public boolean test(BlockEvent e) {
        if (category != null && e.category() != category) return false;
        if (reason != null && e.reason() != reason) return false;
        if (trigger != null && !trigger.equals(e.triggerId())) return false;
        if (symbol != null && !symbol.equals(e.symbol())) return false;
        if (text == null || text.isBlank()) return true;
        String needle = text.trim().toLowerCase(Locale.ROOT);
        return contains(e.triggerId(), needle) || contains(e.reason().wire(), needle)
                || contains(e.category().wire(), needle) || contains(e.symbol(), needle)
                || contains(e.preemptedBy(), needle) || contains(e.detail(), needle);
    }

    private static boolean contains(String hay, String needle) {
        return hay != null && hay.toLowerCase(Locale.ROOT).contains(needle);
    }
}
