package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.core.indicators.IndicatorCalculator;
import com.ladderbench.core.indicators.IndicatorSpec;
import com.ladderbench.core.rules.SeriesColumn;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RiskOffSettings;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Indicators of series shorter than {@link PreparedData#BLOCK_BELOW_BARS} are slices of one block
 * per (timeframe, indicator), so that a run over many symbols keeps a few large arrays rather than
 * thousands of small ones; from that length on a series keeps its own array. Either way the values
 * are the indicator computed on the series alone.
 */
class IndicatorBlocksTest {
    private static final int N = PreparedData.BLOCK_BELOW_BARS;
    private static final IndicatorSpec RSI = IndicatorSpec.parse("rsi_14").orElseThrow();
    private static final IndicatorSpec BAND = IndicatorSpec.parse("bollinger_upper").orElseThrow();
    private static final IndicatorSpec CLOSE = IndicatorSpec.parse("close").orElseThrow();

    private static final BarSeries A = SyntheticMarket.generate("A", Timeframe.M1, N - 1, 1); // one bar short
    private static final BarSeries B = SyntheticMarket.generate("B", Timeframe.M1, 30, 2);
    private static final BarSeries C = SyntheticMarket.generate("C", Timeframe.M1, N, 3); // at the limit

    private static double[] values(SeriesColumn c) {
        return Arrays.copyOfRange(c.values(), c.offset(), c.offset() + c.length());
    }

    @Test
    void seriesOneBarShortOfTheLimitShareABlockAndOneAtTheLimitKeepsItsOwnArray() {
        PreparedData shared = new PreparedData(MarketData.of(List.of(C, A, B), Map.of()));
        SeriesColumn a = shared.column("A", Timeframe.M1, RSI);
        SeriesColumn b = shared.column("B", Timeframe.M1, RSI);
        SeriesColumn c = shared.column("C", Timeframe.M1, RSI);

        assertSame(a.values(), b.values(), "A and B: one block");
        assertEquals(N - 1 + 30, a.values().length, "the block holds the short series only");
        assertEquals(N - 1, a.length());
        assertEquals(30, b.length());
        assertNotEquals(a.offset(), b.offset());
        assertNotSame(a.values(), c.values(), "C: its own array");
        assertEquals(0, c.offset());
        assertEquals(N, c.length());
        assertEquals(N, c.values().length);

        assertArrayEquals(IndicatorCalculator.compute(RSI, A), values(a));
        assertArrayEquals(IndicatorCalculator.compute(RSI, B), values(b));
        assertArrayEquals(IndicatorCalculator.compute(RSI, C), c.values());
    }

    @Test
    void eachIndicatorHasItsOwnBlockAndTheBarsAreNotCopied() {
        PreparedData shared = new PreparedData(MarketData.of(List.of(A, B), Map.of()));
        List<SeriesColumn> both = shared.columns("B", Timeframe.M1, List.of(RSI, BAND));
        assertNotSame(both.get(0).values(), both.get(1).values());
        assertArrayEquals(IndicatorCalculator.compute(BAND, B), values(both.get(1)));
        SeriesColumn close = shared.column("B", Timeframe.M1, CLOSE);
        assertSame(B.close(), close.values());
        assertEquals(0, close.offset());
    }

    @Test
    void aColumnIsComputedOnceAndAskedAgainIsTheSameSlice() {
        PreparedData shared = new PreparedData(MarketData.of(List.of(A, B), Map.of()));
        SeriesColumn first = shared.column("B", Timeframe.M1, BAND);
        int computed = shared.indicatorsComputed();
        assertSame(first, shared.column("B", Timeframe.M1, BAND));
        assertSame(first, shared.columns("B", Timeframe.M1, List.of(BAND)).get(0));
        assertEquals(1, computed, "bollinger_upper; its short series' intermediates went with their cache");
        assertEquals(computed, shared.indicatorsComputed());
    }

    /**
     * A series at the limit keeps its indicators' cache for the runs after it, the SMA under its
     * Bollinger band included; one bar shorter, the band's cache went with its job, only the band stays.
     */
    @Test
    void aSeriesAtTheLimitKeepsItsCacheAndOneBarShorterKeepsOnlyItsColumns() {
        PreparedData atLimit = new PreparedData(MarketData.of(List.of(C), Map.of()));
        atLimit.column("C", Timeframe.M1, BAND);
        assertEquals(2, atLimit.indicatorsComputed(), "bollinger_upper and the sma_20 it is built on");
        PreparedData shorter = new PreparedData(MarketData.of(List.of(A), Map.of()));
        shorter.column("A", Timeframe.M1, BAND);
        assertEquals(1, shorter.indicatorsComputed(), "bollinger_upper only");
    }

    /**
     * vol_target sizing reads the symbol's own realized volatility, not the block's first symbol's:
     * Y trades alike whether its series starts its block or follows X's in it.
     */
    @Test
    void volTargetSizingReadsItsSymbolsSliceOfTheBlock() throws Exception {
        BarSeries x = SyntheticMarket.generate("X", Timeframe.M5, 900, 11);
        BarSeries y = SyntheticMarket.generate("Y", Timeframe.M5, 900, 12);
        Plan plan = new Plan("p", null, List.of(
                new Trigger("in", "Y", Timeframe.M5, Direction.LONG, Category.TREND_CONTINUATION, ConfidenceGrade.B,
                        "close > ema_short", "close < ema_short", null, null, null)),
                RiskConstraints.NONE, List.of(new SizingRule("Y", SizingMode.VOL_TARGET, null, null, 0.5)),
                RiskOffSettings.NONE, null, null, null);
        PreparedData alone = new PreparedData(MarketData.of(List.of(y), Map.of()));
        PreparedData second = new PreparedData(MarketData.of(List.of(x, y), Map.of()));
        EngineRun a = TriggerEngine.run(plan, alone, RunConfig.defaults(), RunMonitor.NONE);
        EngineRun b = TriggerEngine.run(plan, second, RunConfig.defaults(), RunMonitor.NONE);
        IndicatorSpec vol = IndicatorSpec.parse("realized_vol_short").orElseThrow();
        assertNotEquals(0, second.column("Y", Timeframe.M5, vol).offset(), "Y follows X in the block");
        assertTrue(a.fills().size() > 2, "Y trades: " + a.fills().size());
        assertEquals(a.fills().size(), b.fills().size(), "fills");
        assertTrue(a.fills().equals(b.fills()), "the same fills, alone or after X");
    }
}
