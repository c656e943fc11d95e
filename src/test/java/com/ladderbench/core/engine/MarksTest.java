package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.core.ledger.LotSize;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.EquityCurve;
import com.ladderbench.model.Fill;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RiskOffSettings;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine keeps each symbol's mark (quantity × last close) as it changes and sums the marks
 * only when equity or exposure is asked for, once per change; every equity point must still be,
 * to the last bit, the sum a full rescan takes: the cash after the fills so far plus each open
 * symbol's quantity times its latest close, added in symbol order.
 */
class MarksTest {
    private static final int SYMBOLS = 12;
    private static final int BARS = 3_000;

    @Test
    void everyEquityPointIsBitForBitTheRescanOfCashAndEveryOpenSymbolsMark() throws Exception {
        List<BarSeries> series = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>();
        List<SizingRule> sizing = new ArrayList<>();
        for (int s = 0; s < SYMBOLS; s++) {
            String sym = "S" + (char) ('A' + s);
            series.add(SyntheticMarket.generate(sym, Timeframe.M1, BARS, 100 + s));
            triggers.add(new Trigger(sym + "-in", sym, Timeframe.M1, Direction.LONG, Category.TREND_CONTINUATION,
                    ConfidenceGrade.B, "close > ema_medium and rsi_14 between 45 and 70", null, null, 2.0, null));
            triggers.add(new Trigger(sym + "-trim", sym, Timeframe.M1, Direction.EXIT, Category.RISK_REDUCE, null,
                    null, "rsi_14 > 72", null, null, 0.4));
            triggers.add(new Trigger(sym + "-out", sym, Timeframe.M1, Direction.EXIT, Category.OTHER, null,
                    null, "rsi_14 < 40", null, null, null));
            sizing.add(new SizingRule(sym, SizingMode.FIXED_FRACTION, 20.0, null, null));
        }
        // the portfolio cap reads the other symbols' exposure; the daily loss limit reads equity
        Plan plan = new Plan("marks", null, triggers, new RiskConstraints(null, 30.0, 90.0, 3.0), sizing,
                RiskOffSettings.NONE, null, null, null);
        RunConfig config = RunConfig.defaults();
        RunResult r = BacktestRunner.run(BacktestRequest.of("marks", plan, TestData.marketData(series, plan), config));
        assertTrue(r.fills().size() > 500, "enough fills to move the marks: " + r.fills().size());

        EquityCurve eq = r.equity();
        LotSize lotSize = new LotSize(config.lotSize());
        long[] lots = new long[SYMBOLS];
        double cash = config.initialCash();
        int f = 0;
        for (int p = 0; p < eq.size(); p++) {
            long t = eq.time()[p];
            while (f < r.fills().size() && r.fills().get(f).timestamp() <= t) {
                Fill fill = r.fills().get(f++);
                int s = fill.symbol().charAt(1) - 'A';
                double q = lotSize.toQty(fill.lots());
                cash -= fill.side().sign() * q * fill.price() + fill.fee();
                lots[s] += fill.side().sign() * fill.lots();
            }
            double rescan = cash;
            for (int s = 0; s < SYMBOLS; s++) {
                if (lots[s] != 0) rescan += lotSize.toQty(lots[s]) * series.get(s).close()[p];
            }
            assertEquals(rescan, eq.equity()[p], 0.0, "equity point " + p);
        }
    }
}
