package com.ladderbench.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Regime;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RiskOffSettings;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanLoaderTest {
    private static final String VALID = Fixtures.text("valid-plan.json");
    private static final String TRIGGER_FIELDS = "id, symbol, timeframe, direction, category, confidence_grade, "
            + "entry_rule, exit_rule, hold_rule, stop_loss_pct, exit_fraction";
    private static final String PLAN_FIELDS = "plan_id, regime, triggers, risk_constraints, sizing_rules, risk_off, "
            + "generated_at, valid_until, global_view";

    private final PlanLoader loader = new PlanLoader(ExpressionChecker.NONE);

    private static List<String> errors(PlanLoader loader, String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> loader.parse(json, "plan.json"));
        return e.problems().stream().map(Problem::render).toList();
    }

    private List<String> errorsAfter(String edits) {
        return errors(loader, JsonEdits.apply(VALID, edits));
    }

    private LoadedPlan loadAfter(String edits) throws InvalidInputException {
        return loader.parse(JsonEdits.apply(VALID, edits), "plan.json");
    }

    @Test
    void realisticPlanWithEveryCategoryLoadsCompletelyAndWithoutWarnings() throws Exception {
        LoadedPlan loaded = loader.load(Fixtures.path("valid-plan.json"));
        Plan plan = loaded.plan();
        assertEquals(List.of(), loaded.warnings());
        assertEquals("btc-eth-sol-ladder-2024q3", plan.planId());
        assertEquals(Regime.MIXED, plan.regime());
        assertEquals("2024-07-01T00:00:00Z", plan.generatedAt());
        assertEquals("2024-09-30T23:59:59Z", plan.validUntil());
        assertTrue(plan.globalView().startsWith("Uptrend intact"));
        assertEquals(Arrays.stream(Category.values()).collect(java.util.stream.Collectors.toSet()),
                plan.triggers().stream().map(Trigger::category).collect(java.util.stream.Collectors.toSet()));
        assertEquals(new Trigger("btc_trend_long", "BTC-USD", Timeframe.H1, Direction.LONG,
                Category.TREND_CONTINUATION, ConfidenceGrade.A,
                "close > ema_medium and rsi_14 between 45 and 70 and not is_short", "close < ema_medium",
                "close > ema_short and unrealized_pnl_pct > 0", 2.0, null), plan.triggers().get(0));
        assertEquals(new Trigger("btc_trim", "BTC-USD", Timeframe.H1, Direction.EXIT, Category.RISK_REDUCE, null,
                null, "rsi_14 < 45 and close < ema_short", null, null, 0.33), plan.triggers().get(5));
        assertEquals(new RiskConstraints(1.0, 40.0, 100.0, 3.0), plan.riskConstraints());
        assertEquals(List.of(new SizingRule("BTC-USD", SizingMode.FIXED_FRACTION, 1.0, null, null),
                new SizingRule("ETH-USD", SizingMode.VOL_TARGET, null, null, 0.4),
                new SizingRule("SOL-USD", SizingMode.NOTIONAL, null, 5000.0, null)), plan.sizingRules());
        assertEquals(new RiskOffSettings("realized_vol_medium > 0.8", 6), plan.riskOff());
    }

    @Test
    void triggerOrderIsKeptBecauseItBreaksConfidenceTies() throws Exception {
        List<String> ids = loader.parse(VALID, "plan.json").plan().triggers().stream().map(Trigger::id).toList();
        assertEquals(List.of("btc_trend_long", "btc_breakout_long", "btc_dip_long", "eth_rollover_short",
                "sol_new_high_long", "btc_trim", "btc_defensive", "btc_crash", "eth_trim"), ids);
    }

    @Test
    void flatAndFlatExitAreAliasesOfExit() throws Exception {
        Plan plan = loader.parse(VALID, "plan.json").plan();
        assertEquals(Direction.EXIT, plan.triggers().get(6).direction()); // "flat"
        assertEquals(Direction.EXIT, plan.triggers().get(7).direction()); // "flat_exit"
    }

    @Test
    void absentCategoryIsOtherAndNullMeansAbsent() throws Exception {
        Plan plan = loader.parse(VALID, "plan.json").plan();
        Trigger sol = plan.triggers().get(4);
        assertEquals(Category.OTHER, sol.category());
        assertNull(sol.confidenceGrade());
        assertNull(plan.triggers().get(6).exitFraction());
    }

    @Test
    void optionalBlocksMayBeLeftOut() throws Exception {
        Plan plan = loadAfter("regime -; risk_constraints -; sizing_rules -; risk_off -; generated_at -; "
                + "valid_until -; global_view -").plan();
        assertNull(plan.regime());
        assertEquals(RiskConstraints.NONE, plan.riskConstraints());
        assertEquals(List.of(), plan.sizingRules());
        assertEquals(RiskOffSettings.NONE, plan.riskOff());
        assertNull(plan.generatedAt());
    }

    static Stream<Arguments> badPlans() {
        return Stream.of(
                // plan level
                Arguments.of("plan_id -", "plan_id: required field is missing"),
                Arguments.of("plan_id = \"  \"", "plan_id: must not be empty"),
                Arguments.of("plan_id = 7", "plan_id: must be a string, got number"),
                Arguments.of("regime = \"sideways\"",
                        "regime: must be one of bull, bear, range, high_vol, mixed, got 'sideways'"),
                Arguments.of("triggers -", "triggers: required field is missing"),
                Arguments.of("triggers = []", "triggers: must contain at least one trigger"),
                Arguments.of("triggers = {}", "triggers: must be an array, got object"),
                Arguments.of("triggers[9] = 5", "triggers[9]: must be an object, got number"),
                Arguments.of("colour = \"red\"", "colour: unknown field 'colour'; allowed: " + PLAN_FIELDS),
                Arguments.of("generated_at = 5", "generated_at: must be a string, got number"),
                Arguments.of("global_view = [\"x\"]", "global_view: must be a string, got array"),
                // trigger fields
                Arguments.of("triggers[0].exit_fracton = 0.5", "triggers[0].exit_fracton: unknown field 'exit_fracton'"
                        + " (did you mean 'exit_fraction'?); allowed: " + TRIGGER_FIELDS),
                Arguments.of("triggers[0].id -", "triggers[0].id: required field is missing"),
                Arguments.of("triggers[0].id = \"\"", "triggers[0].id: must not be empty"),
                Arguments.of("triggers[0].symbol -", "triggers[0].symbol: required field is missing"),
                Arguments.of("triggers[0].timeframe -", "triggers[0].timeframe: required field is missing"),
                Arguments.of("triggers[0].timeframe = \"3h\"",
                        "triggers[0].timeframe: must be one of 1m, 5m, 15m, 30m, 1h, 2h, 4h, 6h, 12h, 1d, 1w, got '3h'"),
                Arguments.of("triggers[0].timeframe = 60", "triggers[0].timeframe: must be a string, got number"),
                Arguments.of("triggers[0].direction -", "triggers[0].direction: required field is missing"),
                Arguments.of("triggers[0].direction = \"buy\"",
                        "triggers[0].direction: must be one of long, short, exit, flat, flat_exit, got 'buy'"),
                Arguments.of("triggers[0].category = \"momentum\"", "triggers[0].category: must be one of "
                        + "trend_continuation, reversal, volatility_breakout, mean_reversion, other, risk_reduce, "
                        + "risk_off, emergency_exit, got 'momentum'"),
                Arguments.of("triggers[0].confidence_grade = \"D\"",
                        "triggers[0].confidence_grade: must be one of A, B, C, got 'D'"),
                Arguments.of("triggers[0].entry_rule -",
                        "triggers[0].entry_rule: required field is missing: long triggers need an entry_rule"),
                Arguments.of("triggers[3].entry_rule -",
                        "triggers[3].entry_rule: required field is missing: short triggers need an entry_rule"),
                Arguments.of("triggers[5].exit_rule -",
                        "triggers[5].exit_rule: required field is missing: risk_reduce triggers need an exit_rule"),
                Arguments.of("triggers[6].exit_rule -",
                        "triggers[6].exit_rule: required field is missing: risk_off triggers need an exit_rule"),
                Arguments.of("triggers[7].exit_rule -", "triggers[7].exit_rule: required field is missing: "
                        + "emergency_exit triggers need an exit_rule"),
                Arguments.of("triggers[4].direction = \"exit\"; triggers[4].entry_rule -; triggers[4].exit_rule -",
                        "triggers[4].exit_rule: required field is missing: exit triggers need an exit_rule"),
                Arguments.of("triggers[0].entry_rule = \"\"",
                        "triggers[0].entry_rule: must not be empty: write an expression or leave the field out"),
                Arguments.of("triggers[0].exit_rule = \"   \"",
                        "triggers[0].exit_rule: must not be empty: write an expression or leave the field out"),
                Arguments.of("triggers[0].hold_rule = true", "triggers[0].hold_rule: must be a string, got boolean"),
                Arguments.of("triggers[0].stop_loss_pct = -1", "triggers[0].stop_loss_pct: must be >= 0, got -1"),
                Arguments.of("triggers[0].stop_loss_pct = \"2%\"",
                        "triggers[0].stop_loss_pct: must be a number, got string"),
                Arguments.of("triggers[5].exit_fraction = 1.5", "triggers[5].exit_fraction: must be > 0 and <= 1, got 1.5"),
                Arguments.of("triggers[5].exit_fraction = 0", "triggers[5].exit_fraction: must be > 0 and <= 1, got 0"),
                Arguments.of("triggers[5].exit_fraction = -0.25",
                        "triggers[5].exit_fraction: must be > 0 and <= 1, got -0.25"),
                Arguments.of("triggers[5].exit_fraction = \"0.5\"",
                        "triggers[5].exit_fraction: must be a number, got string"),
                Arguments.of("triggers[7].exit_fraction = 0.5", "triggers[7].exit_fraction: not allowed on "
                        + "emergency_exit triggers: they always close the whole position"),
                Arguments.of("triggers[6].exit_fraction = 1", "triggers[6].exit_fraction: not allowed on "
                        + "risk_off triggers: they always close the whole position"),
                Arguments.of("triggers[5].id = \"btc_trend_long\"", "triggers[5].id: duplicate trigger id "
                        + "'btc_trend_long', also used at triggers[0].id: ids must be unique"),
                // risk constraints
                Arguments.of("risk_constraints = []", "risk_constraints: must be an object, got array"),
                Arguments.of("risk_constraints.max_daily_loss_pct = -1",
                        "risk_constraints.max_daily_loss_pct: must be >= 0, got -1"),
                Arguments.of("risk_constraints.max_position_risk_pct = \"1\"",
                        "risk_constraints.max_position_risk_pct: must be a number, got string"),
                Arguments.of("risk_constraints.max_leverage = 3", "risk_constraints.max_leverage: unknown field "
                        + "'max_leverage'; allowed: max_position_risk_pct, max_symbol_exposure_pct, "
                        + "max_portfolio_exposure_pct, max_daily_loss_pct"),
                // sizing rules
                Arguments.of("sizing_rules = {}", "sizing_rules: must be an array, got object"),
                Arguments.of("sizing_rules[0] = \"BTC-USD\"", "sizing_rules[0]: must be an object, got string"),
                Arguments.of("sizing_rules[0].symbol -", "sizing_rules[0].symbol: required field is missing"),
                Arguments.of("sizing_rules[0].sizing_mode -", "sizing_rules[0].sizing_mode: required field is missing"),
                Arguments.of("sizing_rules[0].sizing_mode = \"kelly\"", "sizing_rules[0].sizing_mode: must be one of "
                        + "fixed_fraction, notional, vol_target, got 'kelly'"),
                Arguments.of("sizing_rules[0].target_risk_pct -", "sizing_rules[0].target_risk_pct: required field "
                        + "is missing: sizing_mode fixed_fraction needs target_risk_pct"),
                Arguments.of("sizing_rules[0].target_risk_pct = 0",
                        "sizing_rules[0].target_risk_pct: must be > 0, got 0"),
                Arguments.of("sizing_rules[1].vol_target_annual -", "sizing_rules[1].vol_target_annual: required "
                        + "field is missing: sizing_mode vol_target needs vol_target_annual"),
                Arguments.of("sizing_rules[2].notional = -5000", "sizing_rules[2].notional: must be > 0, got -5000"),
                Arguments.of("sizing_rules[2].symbol = \"BTC-USD\"", "sizing_rules[2].symbol: a second sizing rule "
                        + "for 'BTC-USD' (the first is at sizing_rules[0].symbol): one rule per symbol"),
                Arguments.of("sizing_rules[0].leverage = 2", "sizing_rules[0].leverage: unknown field 'leverage'; "
                        + "allowed: symbol, sizing_mode, target_risk_pct, notional, vol_target_annual"),
                // risk_off
                Arguments.of("risk_off = true", "risk_off: must be an object, got boolean"),
                Arguments.of("risk_off.latch_bars = -1", "risk_off.latch_bars: must be >= 0, got -1"),
                Arguments.of("risk_off.latch_bars = 2.5", "risk_off.latch_bars: must be a whole number, got 2.5"),
                Arguments.of("risk_off.regime_rule = \"\"",
                        "risk_off.regime_rule: must not be empty: write an expression or leave the field out"),
                Arguments.of("risk_off.latch = 3", "risk_off.latch: unknown field 'latch' (did you mean "
                        + "'latch_bars'?); allowed: regime_rule, latch_bars"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlans")
    void eachRuleIsReportedAtItsPath(String edits, String expected) {
        assertEquals(List.of("plan.json: " + expected), errorsAfter(edits));
    }

    @Test
    void latchBarsWrittenAsWholeFloatIsAnInteger() throws Exception {
        assertEquals(4, loadAfter("risk_off.latch_bars = 4.0").plan().riskOff().latchBars());
    }

    static Stream<Arguments> warnings() {
        return Stream.of(
                Arguments.of("triggers[5].entry_rule = \"close > ema_short\"", "triggers[5].entry_rule: ignored: "
                        + "risk_reduce triggers are exit-only and never open positions"),
                Arguments.of("triggers[7].entry_rule = \"close > 1\"", "triggers[7].entry_rule: ignored: "
                        + "emergency_exit triggers are exit-only and never open positions"),
                Arguments.of("triggers[4].direction = \"exit\"; triggers[4].category = \"other\"",
                        "triggers[4].entry_rule: ignored: exit triggers never open positions"),
                Arguments.of("triggers[0].exit_rule -; triggers[0].exit_fraction = 0.5", "triggers[0].exit_fraction: "
                        + "has no effect: this trigger has no exit_rule (exit_fraction only applies to exits)"),
                Arguments.of("triggers[7].hold_rule = \"close > 1\"",
                        "triggers[7].hold_rule: has no effect: emergency_exit triggers bypass hold_rule"),
                Arguments.of("sizing_rules[3] = {\"symbol\": \"DOGE-USD\", \"sizing_mode\": \"notional\", "
                        + "\"notional\": 100}", "sizing_rules[3].symbol: unused: no trigger trades 'DOGE-USD'"),
                Arguments.of("sizing_rules[0].notional = 100",
                        "sizing_rules[0].notional: ignored: sizing_mode fixed_fraction uses target_risk_pct"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warnings")
    void warningsLetThePlanLoad(String edits, String expected) throws Exception {
        LoadedPlan loaded = loadAfter(edits);
        assertEquals(List.of("plan.json: " + expected), loaded.warnings().stream().map(Problem::render).toList());
    }

    @Test
    void entryRuleOnExitOnlyCategoryIsDroppedFromTheLoadedTrigger() throws Exception {
        Trigger trim = loadAfter("triggers[5].entry_rule = \"close > ema_short\"").plan().triggers().get(5);
        assertNull(trim.entryRule());
        assertEquals("rsi_14 < 45 and close < ema_short", trim.exitRule());
    }

    @Test
    void warningsAreNotReportedAsErrorsWhenThePlanAlsoHasErrors() {
        List<String> problems = errorsAfter("triggers[5].entry_rule = \"close > 1\"; triggers[0].stop_loss_pct = -1");
        assertEquals(List.of("plan.json: triggers[0].stop_loss_pct: must be >= 0, got -1"), problems);
    }

    @Test
    void fiveMistakesGiveFiveProblemsInDocumentOrder() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> loader.load(Fixtures.path("five-mistakes.json")));
        String file = Fixtures.path("five-mistakes.json").toString();
        assertEquals(List.of(
                new Problem(file, "regime", "must be one of bull, bear, range, high_vol, mixed, got 'sideways'"),
                new Problem(file, "triggers[0].exit_fraction", "must be > 0 and <= 1, got 1.5"),
                new Problem(file, "triggers[1].timeframe",
                        "must be one of 1m, 5m, 15m, 30m, 1h, 2h, 4h, 6h, 12h, 1d, 1w, got '3h'"),
                new Problem(file, "triggers[2].exit_fraction",
                        "not allowed on emergency_exit triggers: they always close the whole position"),
                new Problem(file, "risk_constraints.max_daily_loss_pct", "must be >= 0, got -1")), e.problems());
    }

    @Test
    void problemsFollowDocumentOrderNotValidationOrder() {
        String json = """
                {
                  "triggers": [
                    {"stop_loss_pct": -1, "timeframe": "3h", "id": "a", "direction": "long", "entry_rule": "x > 1"},
                    {"id": "a", "symbol": "ETH-USD", "timeframe": "1h", "direction": "exit", "category": "risk_off",
                     "exit_fraction": 0.5}
                  ],
                  "regime": "calm",
                  "plan_id": ""
                }
                """;
        assertEquals(List.of(
                "p.json: triggers[0].stop_loss_pct: must be >= 0, got -1",
                "p.json: triggers[0].timeframe: must be one of 1m, 5m, 15m, 30m, 1h, 2h, 4h, 6h, 12h, 1d, 1w, got '3h'",
                "p.json: triggers[0].symbol: required field is missing",
                "p.json: triggers[1].id: duplicate trigger id 'a', also used at triggers[0].id: ids must be unique",
                "p.json: triggers[1].exit_fraction: not allowed on risk_off triggers: they always close the whole position",
                "p.json: triggers[1].exit_rule: required field is missing: risk_off triggers need an exit_rule",
                "p.json: regime: must be one of bull, bear, range, high_vol, mixed, got 'calm'",
                "p.json: plan_id: must not be empty"),
                assertThrows(InvalidInputException.class, () -> loader.parse(json, "p.json"))
                        .problems().stream().map(Problem::render).toList());
    }

    @Test
    void oddFieldNamesAreQuotedInPaths() {
        String json = VALID.replaceFirst("\\{", "{\"exit fraction\": 1, ");
        assertEquals(List.of("plan.json: [\"exit fraction\"]: unknown field 'exit fraction'; allowed: " + PLAN_FIELDS),
                errors(loader, json));
    }

    @Test
    void pastedTextWithoutSourceNameRendersWithoutAFile() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> loader.parse(JsonEdits.apply(VALID, "plan_id -"), null));
        assertEquals("plan_id: required field is missing", e.problems().get(0).render());
    }
}
