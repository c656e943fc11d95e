package com.ladderbench.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one trigger did in a run (SPEC §5 "Per-trigger activity"): so an analyst sees which rung
 * of the ladder actually worked, and that a risk_off which never fired shows zeros.
 *
 * @param barsTrue bars on which its entry_rule or exit_rule was true (a bar counts once)
 * @param ordersFilled fills of orders it placed
 * @param qtyTraded Σ quantity of those fills in units, exact (lots × lot size)
 * @param realizedPnl Σ realized P&L of the legs of those fills (gross of fees)
 * @param events block events it received, by reason (guardrail blocks, preemptions, notes), in
 *     the reasons' order; reasons it never received are absent
 */
public record TriggerStats(
        String triggerId,
        String symbol,
        Category category,
        long barsTrue,
        long ordersFilled,
        BigDecimal qtyTraded,
        double realizedPnl,
        Map<BlockReason, Long> events) {

    public TriggerStats {
        events = Collections.unmodifiableMap(events.isEmpty() ? new EnumMap<>(BlockReason.class) : new EnumMap<>(events));
    }

    /** Σ of its block events over every reason. */
    public long eventTotal() {
        long n = 0;
        for (long c : events.values()) n += c;
        return n;
    }
}
