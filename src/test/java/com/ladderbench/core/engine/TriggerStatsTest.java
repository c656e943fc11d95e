package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.ladderbench.core.report.RunWriter;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.TriggerStats;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §5 per-trigger activity: what the engine counted as it ran agrees with an independent
 * recount from the files a run writes (legs.csv, events.csv), and a rung that never fired shows
 * zeros rather than being left out.
 */
class TriggerStatsTest {
    @TempDir
    Path tmp;

    @Test
    void triggerStatsAgreeWithARecountFromLegsCsvAndEventsCsv() throws Exception {
        RunResult r = PriceScaleFixture.run(PriceScaleFixture.plan(), PriceScaleFixture.config(), 1);
        RunWriter.write(r, tmp.resolve("run"));
        List<Map<String, String>> legs = rows(tmp.resolve("run/legs.csv").toFile());
        List<Map<String, String>> events = rows(tmp.resolve("run/events.csv").toFile());

        Map<String, Set<String>> fillsByTrigger = new HashMap<>();
        Map<String, BigDecimal> qtyByTrigger = new HashMap<>();
        Map<String, Double> pnlByTrigger = new HashMap<>();
        for (Map<String, String> leg : legs) {
            String t = leg.get("trigger_id");
            fillsByTrigger.computeIfAbsent(t, k -> new HashSet<>()).add(leg.get("fill_id"));
            qtyByTrigger.merge(t, new BigDecimal(leg.get("qty")), BigDecimal::add);
            pnlByTrigger.merge(t, Double.parseDouble(leg.get("realized_pnl")), Double::sum);
        }
        Map<String, Map<BlockReason, Long>> eventsByTrigger = new HashMap<>();
        for (Map<String, String> e : events) {
            eventsByTrigger.computeIfAbsent(e.get("trigger_id"), k -> new HashMap<>())
                    .merge(BlockReason.fromWire(e.get("reason")).orElseThrow(), 1L, Long::sum);
        }

        assertEquals(PriceScaleFixture.plan().triggers().size(), r.triggerStats().size(), "one row per trigger");
        long filled = 0;
        for (TriggerStats t : r.triggerStats()) {
            String id = t.triggerId();
            assertEquals(fillsByTrigger.getOrDefault(id, Set.of()).size(), t.ordersFilled(), id + " orders");
            assertEquals(0, qtyByTrigger.getOrDefault(id, BigDecimal.ZERO).compareTo(t.qtyTraded()),
                    id + " qty " + t.qtyTraded() + " vs legs " + qtyByTrigger.get(id));
            double pnl = pnlByTrigger.getOrDefault(id, 0.0);
            assertEquals(pnl, t.realizedPnl(), 1e-6 * Math.max(1, Math.abs(pnl)), id + " realized P&L");
            assertEquals(eventsByTrigger.getOrDefault(id, Map.of()), t.events(), id + " events by reason");
            assertTrue(t.barsTrue() >= t.ordersFilled(), id + ": an order needs its rule true on that bar");
            filled += t.ordersFilled();
        }
        assertEquals(r.fills().size(), filled, "every fill belongs to exactly one trigger");
    }

    @Test
    void barsTrueCountsEachBarOnWhichTheTriggersEntryOrExitRuleWasTrue() {
        RunResult r = new EngineScenario(20)
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2, 5, 9)
                .exit("trim", Category.RISK_REDUCE, 0.5, 10, 11)
                .run();
        TriggerStats entry = r.triggerStats().get(0);
        TriggerStats trim = r.triggerStats().get(1);
        assertEquals(3, entry.barsTrue());
        assertEquals(1, entry.ordersFilled(), "opened at 2; at 5 and 9 it was at target (hold votes)");
        assertEquals(new BigDecimal("100"), entry.qtyTraded());
        assertEquals(2, trim.barsTrue());
        assertEquals(2, trim.ordersFilled());
        assertEquals(new BigDecimal("75"), trim.qtyTraded(), "50 then 25");
    }

    @Test
    void aRiskOffThatNeverFiresShowsZeros() {
        RunResult r = new EngineScenario(20)
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2)
                .exit("defense", Category.RISK_OFF, null)
                .run();
        TriggerStats defense = r.triggerStats().get(1);
        assertEquals("defense", defense.triggerId());
        assertEquals(Category.RISK_OFF, defense.category());
        assertEquals(0, defense.barsTrue());
        assertEquals(0, defense.ordersFilled());
        assertEquals(BigDecimal.ZERO, defense.qtyTraded());
        assertEquals(0.0, defense.realizedPnl());
        assertEquals(Map.of(), defense.events());
    }

    private static List<Map<String, String>> rows(File csv) throws Exception {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }

    @Test
    void lotsTradedPastTheRangeOfALongAreCountedExactly() {
        // 10^18 lots of 1e-12 per fill (a million units): the tenth entry takes the entry trigger's sum
        // past 2^63 - 1 lots, its exit trigger's too
        int[] entries = new int[10];
        int[] exits = new int[10];
        for (int k = 0; k < 10; k++) {
            entries[k] = 2 * k;
            exits[k] = 2 * k + 1;
        }
        RunResult r = new EngineScenario(20)
                .config(EngineScenario.quiet().lotSize(1e-12).build())
                .sizing(new com.ladderbench.model.SizingRule(EngineScenario.SYMBOL,
                        com.ladderbench.model.SizingMode.NOTIONAL, null, 1e8, null))
                .entry("e1", Direction.LONG, ConfidenceGrade.B, entries)
                .exit("x", Category.OTHER, null, exits)
                .run();
        TriggerStats entry = r.triggerStats().get(0);
        TriggerStats exit = r.triggerStats().get(1);
        assertEquals(10, entry.ordersFilled());
        assertEquals(new BigDecimal("10000000"), entry.qtyTraded());
        assertEquals(10, exit.ordersFilled());
        assertEquals(new BigDecimal("10000000"), exit.qtyTraded());
    }
}
