package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Category;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Fill;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RiskOffSettings;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code tf_1w_<name>} reads the last COMPLETED week (Monday 00:00 UTC to Sunday's close), never the running one. */
class WeeklyTriggerTest {
    private static final long MONDAY = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    private static final long DAY = 86_400_000L;

    /** 28 daily bars from Monday 2024-01-01; day k closes at 101 + k. */
    private static BarSeries days() {
        int n = 28;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = MONDAY + k * DAY;
            o[k] = 100 + k;
            h[k] = 110 + k;
            l[k] = 90 + k;
            c[k] = 101 + k;
            v[k] = 1000;
        }
        return new BarSeries("BTC-USD", Timeframe.D1, t, o, h, l, c, v, null, "test");
    }

    private static List<Fill> fillsOf(String entryRule, Timeframe tf) throws Exception {
        Plan plan = new Plan("weekly", null, List.of(new Trigger("weekly_long", "BTC-USD", tf, Direction.LONG,
                Category.TREND_CONTINUATION, null, entryRule, null, null, null, null)), RiskConstraints.NONE,
                List.of(), RiskOffSettings.NONE, null, null, null);
        RunResult r = BacktestRunner.run(BacktestRequest.of("ladder", plan,
                TestData.marketData(List.of(days()), plan), RunConfig.defaults()));
        return r.fills();
    }

    @Test
    void theSecondWeeksCloseIsReadableOnlyFromItsSundayClose() throws Exception {
        // week 2 (Jan 8-14) closes at 114, on day 13; during days 7..12 only week 1 (close 107) is complete
        List<Fill> fills = fillsOf("tf_1w_close >= 114", Timeframe.D1);
        assertEquals(MONDAY + 13 * DAY, fills.get(0).timestamp());
    }

    @Test
    void theFirstWeekIsReadableFromItsSundayNotBefore() throws Exception {
        List<Fill> fills = fillsOf("tf_1w_close > 0", Timeframe.D1);
        assertEquals(MONDAY + 6 * DAY, fills.get(0).timestamp());
    }

    @Test
    void aWeeklyTriggerDecidesOnceAWeekAtTheWeeksClose() throws Exception {
        List<Fill> fills = fillsOf("close > 0", Timeframe.W1);
        assertEquals(MONDAY + 6 * DAY, fills.get(0).timestamp());
    }
}
