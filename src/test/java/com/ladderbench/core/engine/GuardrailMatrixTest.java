package com.ladderbench.core.engine;

import static com.ladderbench.core.engine.EngineScenario.eventsOf;
import static com.ladderbench.core.engine.EngineScenario.fills;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.FillModel;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §4's guardrail matrix, cell by cell, for the exit columns: a long position opened at bar
 * 2, one exit trigger of the given category firing at bar 10 into the guard's condition. Where
 * the guard applies the exit is blocked with the guard's event; where it is bypassed the exit
 * fills at bar 10. The min_trade row uses a partial exit: an order that closes the whole position
 * (every risk_off, every emergency exit) is exempt from it.
 */
class GuardrailMatrixTest {

    static Stream<Arguments> matrix() {
        List<Arguments> cells = new ArrayList<>();
        Category[] exits = {Category.OTHER, Category.RISK_REDUCE, Category.RISK_OFF, Category.EMERGENCY_EXIT};
        for (Guardrail g : new Guardrail[] {Guardrail.SAME_BAR_VETO, Guardrail.MIN_HOLD, Guardrail.HOLD_RULE,
                Guardrail.COOLDOWN, Guardrail.SPREAD_CHECK, Guardrail.LIQUIDITY_CHECK, Guardrail.MIN_TRADE,
                Guardrail.STALE_DATA}) {
            for (Category c : exits) {
                boolean emergency = c == Category.EMERGENCY_EXIT;
                boolean applies = switch (g) {
                    case SAME_BAR_VETO, MIN_HOLD, STALE_DATA -> true;
                    // risk_off always closes the whole position, which min_trade never blocks
                    case MIN_TRADE -> !emergency && c != Category.RISK_OFF;
                    default -> !emergency;
                };
                cells.add(Arguments.of(g, c, applies));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} on a {1} exit: applies = {2}")
    @MethodSource("matrix")
    void exitGuardAppliesExactlyAsTheMatrixSays(Guardrail guard, Category category, boolean applies) {
        EngineScenario s = new EngineScenario(20);
        RunConfig.Builder cfg = EngineScenario.quiet();
        int entryBar = 2;
        Double fraction = category == Category.RISK_REDUCE ? 0.5 : null;
        switch (guard) {
            case SAME_BAR_VETO:
                // next_open: decided at 9, the entry leg fills at bar 10's open
                cfg.fillModel(FillModel.NEXT_OPEN);
                entryBar = 9;
                break;
            case MIN_HOLD:
                cfg.minHoldBars(20);
                break;
            case COOLDOWN:
                cfg.tradeCooldownBars(20);
                break;
            case SPREAD_CHECK:
                cfg.maxSpreadBps(20.0);
                s.spread(10, 50);
                break;
            case LIQUIDITY_CHECK:
                cfg.maxParticipation(0.5);
                s.volume(10, 7.5);
                break;
            case MIN_TRADE:
                // a 10 % trim (1,000 notional) below the threshold whose remainder (9,000) stays above it
                cfg.minTradeNotional(2_000);
                if (category != Category.RISK_OFF && category != Category.EMERGENCY_EXIT) fraction = 0.1;
                break;
            case STALE_DATA:
                s.gapBefore(10, 5);
                break;
            default:
                break;
        }
        s.config(cfg.build()).entry("e1", Direction.LONG, ConfidenceGrade.B, entryBar);
        if (guard == Guardrail.HOLD_RULE) {
            s.trigger(new com.ladderbench.model.Trigger("x1", EngineScenario.SYMBOL,
                    com.ladderbench.model.Timeframe.H1, Direction.EXIT, category, null, null, s.at(10), s.at(10),
                    null, fraction));
        } else {
            s.exit("x1", category, fraction, 10);
        }
        RunResult r = s.run();

        // the stale bar sits five hours later on the clock
        String bar = guard == Guardrail.STALE_DATA ? "15" : "10";
        List<String> blocked = eventsOf(r, guard.reason()).stream().filter(e -> e.startsWith(bar + " x1 ")).toList();
        boolean exitFilled = fills(r).stream().anyMatch(f -> f.startsWith(bar + " sell") && f.endsWith("by x1"));
        assertEquals(applies ? List.of(bar + " x1 " + guard.reason().wire()) : List.of(), blocked,
                "block events; all events: " + EngineScenario.events(r));
        assertEquals(!applies, exitFilled, "exit filled at bar 10; fills: " + fills(r));
        // a block says why in words: never a blank detail, and hold_rule's is its own sentence
        r.events().stream().filter(e -> e.reason() == guard.reason()).forEach(e -> {
            assertFalse(e.detail().isBlank(), "detail of " + EngineScenario.describe(e));
            if (guard == Guardrail.HOLD_RULE) assertEquals("hold_rule is true", e.detail());
        });
    }
}
