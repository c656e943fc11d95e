package com.ladderbench.core.ledger;

import com.ladderbench.model.PairedTrade;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.Optional;

/**
 * The old one-row-per-trade view of a TradeSet with exactly one entry and one exit, so reports
 * reconcile with the pair-based system. {@code pnl} is net of fees, like the TradeSet row it
 * collapses, and {@code fees} are both legs' fees.
 */
public final class PairedView {
    private PairedView() {
    }

    public static Optional<PairedTrade> of(TradeSet set) {
        if (!set.isPaired()) return Optional.empty();
        TradeLeg entry = set.legs().get(0);
        TradeLeg exit = set.legs().get(1);
        return Optional.of(new PairedTrade(set.setId(), set.symbol(), set.side(),
                entry.timestamp(), exit.timestamp(), entry.price(), exit.price(),
                set.entryTrigger(), set.exitTrigger(), entry.qty(),
                set.pnlNet(), set.feesTotal(), set.holdDurationHours(), set.rMultiple()));
    }
}
