package com.ladderbench.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.ladderbench.model.Category;
import com.ladderbench.model.PositionSide;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.Side;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import com.ladderbench.ui.TestResults;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run read back is the run written, held lean: generated ids as numbers, an imported id verbatim,
 * and one copy of each repeated text and exit fraction for the whole read.
 */
class RunReaderSharingTest {
    @TempDir
    Path tmp;

    /** A set whose fills came from a broker's file, with ids that are no generated ids. */
    private static TradeSet imported() {
        List<TradeLeg> legs = List.of(
                new TradeLeg("L000301", "broker-1", Side.BUY, 2, 10, 0, TestResults.T0, "entry",
                        Category.OTHER, "open", true, null, 10, 0, 2, 1.0),
                new TradeLeg("L000302", "F0000302", Side.SELL, 2, 11, 0, TestResults.T0 + 1, "defense",
                        Category.RISK_OFF, "exit", false, 0.5, 10, 2, 0, 1.0));
        return new TradeSet("S000101", "BTC-USD", Timeframe.H1, PositionSide.LONG, TestResults.T0,
                TestResults.T0 + 1, legs, 2, 0, 2, 2, 1, 1, 10, 11, 22, 0, 1.25, "entry", "defense");
    }

    private RunResult roundTrip(List<TradeSet> sets) throws Exception {
        Path dir = tmp.resolve("run");
        RunWriter.write(TestResults.run("lean", sets), dir);
        return RunReader.readRun(dir);
    }

    @Test
    void setsReadBackEqualTheSetsWrittenWithImportedIdsVerbatim() throws Exception {
        List<TradeSet> sets = new ArrayList<>(TestResults.sets(100, "BTC-USD"));
        sets.add(imported());
        List<TradeSet> read = roundTrip(sets).tradeSets();
        // the reader counts quantities in the config's lots: the sets compare as the files write them
        assertEquals(TradeSetJson.toJson(sets).toString(), TradeSetJson.toJson(read).toString());
        TradeLeg broker = read.get(100).legs().get(0);
        assertEquals("broker-1", broker.fillId());
        assertEquals("F0000302", read.get(100).legs().get(1).fillId());
        assertEquals(301, broker.legNumber());
        assertNull(read.get(99).setIdText(), "a generated set id is held as its number");
        assertEquals("S000100", read.get(99).setId());
    }

    @Test
    void repeatedTextsAndExitFractionsAreOneObjectPerRead() throws Exception {
        List<TradeSet> sets = new ArrayList<>(TestResults.sets(10, "BTC-USD"));
        sets.add(imported());
        sets.add(imported());
        List<TradeSet> read = roundTrip(sets).tradeSets();
        TradeSet a = read.get(0);
        TradeSet b = read.get(2);
        assertSame(a.symbol(), b.symbol());
        assertSame(a.entryTrigger(), b.entryTrigger());
        assertSame(a.legs().get(0).triggerId(), b.legs().get(1).triggerId());
        assertSame(a.legs().get(0).triggerId(), a.entryTrigger());
        assertSame(a.legs().get(0).reason(), b.legs().get(0).reason());
        assertSame(read.get(10).legs().get(1).exitFraction(), read.get(11).legs().get(1).exitFraction());
    }
}
