package com.ladderbench.core.report;

import com.ladderbench.core.ledger.Ledger;
import com.ladderbench.core.ledger.LotSize;
import com.ladderbench.model.Category;
import com.ladderbench.model.Fill;
import com.ladderbench.model.Side;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.TradeSet;
import java.util.List;

/** Real ledger output to serialise: a closed 1/1 set, a closed ladder, and an open set. */
final class ReportFixtures {
    static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    static final long HOUR = 3_600_000L;

    private ReportFixtures() {
    }

    static List<TradeSet> sets() {
        Ledger ledger = new Ledger(new LotSize(1e-8));
        ledger.apply(fill("a", 0, "BTC-USD", Side.BUY, 1.0, 40000, 4, "btc_long", Category.TREND_CONTINUATION, null, 2.0));
        ledger.apply(fill("b", 5, "BTC-USD", Side.SELL, 1.0, 41000, 4.1, "btc_exit", Category.OTHER, null, null));
        ledger.apply(fill("c", 1, "ETH-USD", Side.SELL, 2.0, 2000, 0.4, "eth_short", Category.REVERSAL, null, null));
        ledger.apply(fill("d", 2, "ETH-USD", Side.BUY, 1.0, 1900, 0.2, "eth_trim", Category.RISK_REDUCE, 0.5, null));
        ledger.apply(fill("e", 3, "ETH-USD", Side.BUY, 1.0, 1950, 0.2, "eth_out", Category.RISK_OFF, null, null));
        ledger.apply(fill("f", 6, "SOL-USD", Side.BUY, 0.00000001, 100, 0, "sol", Category.OTHER, null, null));
        return ledger.tradeSets();
    }

    private static Fill fill(String id, int hours, String symbol, Side side, double qty, double price, double fee,
                             String trigger, Category category, Double exitFraction, Double stop) {
        return new Fill(id, T0 + hours * HOUR, symbol, Timeframe.H1, side,
                new LotSize(1e-8).toLotsExact(java.math.BigDecimal.valueOf(qty)).orElseThrow(), 1e-8, price, fee, trigger, category,
                "why, \"quoted\"", exitFraction, stop);
    }
}
