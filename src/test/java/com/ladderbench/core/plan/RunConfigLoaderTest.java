package com.ladderbench.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.FillModel;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.RunConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RunConfigLoaderTest {
    private static final String LOT_MESSAGE = "must be a whole number or 1/N for a whole number N (like 1, 0.01 or 1e-8)"
            + " so that quantities are exact decimals, got ";

    private static List<String> errors(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RunConfigLoader.parse(json, "run.json"));
        return e.problems().stream().map(Problem::render).toList();
    }

    @Test
    void emptyObjectGivesTheDefaults() throws Exception {
        assertEquals(RunConfig.defaults(), RunConfigLoader.parse("{}", "run.json"));
    }

    @Test
    void everyFieldIsRead() throws Exception {
        RunConfig c = RunConfigLoader.load(Fixtures.path("config-full.json"));
        assertEquals(new RunConfig(250_000, 7.5, 2, FillModel.NEXT_OPEN, 8, 3, ConfidenceGrade.B, 15.0, 0.05, 0.001,
                10, 0.001, 5, false, false, 12), c);
    }

    @Test
    void absentFieldsKeepTheirDefaults() throws Exception {
        RunConfig c = RunConfigLoader.parse("{\"fee_bps\": 0, \"min_hold_bars\": 0}", "run.json");
        RunConfig d = RunConfig.defaults();
        assertEquals(new RunConfig(d.initialCash(), 0, d.slippageBps(), d.fillModel(), 0, d.tradeCooldownBars(),
                d.confidenceOverrideThreshold(), d.maxSpreadBps(), d.maxParticipation(), d.minTradeQty(),
                d.minTradeNotional(), d.lotSize(), d.staleGapBars(), d.allowScaleIn(), d.allowShort(),
                d.whipsawWindowBars()), c);
    }

    @Test
    void nullThresholdMeansEntriesNeverOverride() throws Exception {
        assertNull(RunConfigLoader.parse("{\"confidence_override_threshold\": null}", "run.json")
                .confidenceOverrideThreshold());
    }

    @Test
    void nullLimitsMeanNoLimit() throws Exception {
        RunConfig c = RunConfigLoader.parse("{\"max_spread_bps\": null, \"max_participation\": null}", "run.json");
        assertNull(c.maxSpreadBps());
        assertNull(c.maxParticipation());
    }

    @Test
    void integersWrittenAsWholeFloatsAreIntegers() throws Exception {
        RunConfig c = RunConfigLoader.parse("{\"min_hold_bars\": 4.0, \"stale_gap_bars\": 1e1}", "run.json");
        assertEquals(4, c.minHoldBars());
        assertEquals(10, c.staleGapBars());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-8", "0.00000001", "0.001", "0.01", "0.1", "0.5", "0.25", "1", "10", "100", "5"})
    void lotSizeThatIsWholeOrAWholeReciprocalIsAccepted(String lot) throws Exception {
        assertEquals(Double.parseDouble(lot), RunConfigLoader.parse("{\"lot_size\": " + lot + "}", "run.json").lotSize());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.3", "2.5", "0.015", "1.5", "0.0007"})
    void lotSizeThatWouldMakeInexactQuantitiesIsRejected(String lot) {
        assertEquals(List.of("run.json: lot_size: " + LOT_MESSAGE + lot), errors("{\"lot_size\": " + lot + "}"));
    }

    static Stream<Arguments> badConfigs() {
        return Stream.of(
                Arguments.of("initial_cash", "0", "initial_cash: must be > 0 and <= 1e+15, got 0"),
                Arguments.of("initial_cash", "-5", "initial_cash: must be > 0 and <= 1e+15, got -5"),
                Arguments.of("initial_cash", "\"100000\"", "initial_cash: must be a number, got string"),
                Arguments.of("initial_cash", "null", "initial_cash: must be a number, got null"),
                Arguments.of("initial_cash", "1e999", "initial_cash: must be a finite number, got Infinity"),
                Arguments.of("fee_bps", "-1", "fee_bps: must be >= 0 and <= 1000, got -1"),
                Arguments.of("slippage_bps", "-0.5", "slippage_bps: must be >= 0 and <= 1000, got -0.5"),
                Arguments.of("fill_model", "\"vwap\"", "fill_model: must be one of close, next_open, got 'vwap'"),
                Arguments.of("fill_model", "null", "fill_model: must be a string, got null"),
                Arguments.of("min_hold_bars", "-1", "min_hold_bars: must be >= 0, got -1"),
                Arguments.of("min_hold_bars", "4.5", "min_hold_bars: must be a whole number, got 4.5"),
                Arguments.of("min_hold_bars", "\"4\"", "min_hold_bars: must be a whole number, got string"),
                Arguments.of("min_hold_bars", "1e12", "min_hold_bars: must be at most 2147483647, got 1000000000000"),
                Arguments.of("trade_cooldown_bars", "-2", "trade_cooldown_bars: must be >= 0, got -2"),
                Arguments.of("whipsaw_window_bars", "0.5", "whipsaw_window_bars: must be a whole number, got 0.5"),
                Arguments.of("stale_gap_bars", "0", "stale_gap_bars: must be >= 1, got 0"),
                Arguments.of("confidence_override_threshold", "\"a\"",
                        "confidence_override_threshold: must be one of A, B, C, got 'a'"),
                Arguments.of("max_spread_bps", "0", "max_spread_bps: must be > 0, got 0"),
                Arguments.of("max_participation", "0", "max_participation: must be > 0 and <= 1, got 0"),
                Arguments.of("max_participation", "1.2", "max_participation: must be > 0 and <= 1, got 1.2"),
                Arguments.of("min_trade_qty", "-0.1", "min_trade_qty: must be >= 0, got -0.1"),
                Arguments.of("min_trade_notional", "-10", "min_trade_notional: must be >= 0, got -10"),
                Arguments.of("lot_size", "0", "lot_size: must be >= 1e-12 and <= 1000000, got 0"),
                Arguments.of("allow_scale_in", "\"yes\"", "allow_scale_in: must be true or false, got string"),
                Arguments.of("allow_short", "1", "allow_short: must be true or false, got number"),
                Arguments.of("allow_short", "null", "allow_short: must be true or false, got null"),
                Arguments.of("fees_bps", "10", "fees_bps: unknown field 'fees_bps' (did you mean 'fee_bps'?); allowed: "
                        + "initial_cash, fee_bps, slippage_bps, fill_model, min_hold_bars, trade_cooldown_bars, "
                        + "confidence_override_threshold, max_spread_bps, max_participation, min_trade_qty, "
                        + "min_trade_notional, lot_size, stale_gap_bars, allow_scale_in, allow_short, whipsaw_window_bars"));
    }

    static Stream<Arguments> valuesJustOutsideTheBounds() {
        return Stream.of(
                Arguments.of("slippage_bps", "1000.0000001", "slippage_bps: must be >= 0 and <= 1000, got 1000.0000001"),
                Arguments.of("slippage_bps", "1e6", "slippage_bps: must be >= 0 and <= 1000, got 1000000"),
                Arguments.of("fee_bps", "1001", "fee_bps: must be >= 0 and <= 1000, got 1001"),
                Arguments.of("lot_size", "9e-13", "lot_size: must be >= 1e-12 and <= 1000000, got 9e-13"),
                Arguments.of("lot_size", "1e-30", "lot_size: must be >= 1e-12 and <= 1000000, got 1e-30"),
                Arguments.of("lot_size", "2e6", "lot_size: must be >= 1e-12 and <= 1000000, got 2000000"),
                Arguments.of("lot_size", "1e300", "lot_size: must be >= 1e-12 and <= 1000000, got 1e+300"),
                Arguments.of("initial_cash", "1.000000001e15", "initial_cash: must be > 0 and <= 1e+15, got 1.000000001e+15"),
                Arguments.of("initial_cash", "1e308", "initial_cash: must be > 0 and <= 1e+15, got 1e+308"),
                Arguments.of("min_hold_bars", "\"8 9\"", "min_hold_bars: must be a whole number, got string"),
                Arguments.of("min_hold_bars", "8.5", "min_hold_bars: must be a whole number, got 8.5"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("valuesJustOutsideTheBounds")
    void aValueJustOutsideItsBoundIsRefusedAtItsJsonPath(String field, String value, String expected) {
        assertEquals(List.of("run.json: " + expected), errors("{\"" + field + "\": " + value + "}"));
    }

    @Test
    void theBoundsThemselvesAreAccepted() throws Exception {
        RunConfig c = RunConfigLoader.parse("{\"slippage_bps\": 1000, \"fee_bps\": 1000, \"lot_size\": 1e-12,"
                + " \"initial_cash\": 1e15}", "run.json");
        assertEquals(1000, c.slippageBps());
        assertEquals(1000, c.feeBps());
        assertEquals(1e-12, c.lotSize());
        assertEquals(1e15, c.initialCash());
        assertEquals(1e6, RunConfigLoader.parse("{\"lot_size\": 1e6, \"slippage_bps\": 0, \"fee_bps\": 0}",
                "run.json").lotSize());
        assertEquals(Double.MIN_NORMAL, RunConfigLoader.parse("{\"initial_cash\": " + Double.MIN_NORMAL + "}",
                "run.json").initialCash()); // (0, 1e15]: any positive cash is allowed
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badConfigs")
    void eachConfigRuleIsReportedAtItsField(String field, String value, String expected) {
        assertEquals(List.of("run.json: " + expected), errors("{\"" + field + "\": " + value + "}"));
    }

    @Test
    void allConfigProblemsAreReportedAtOnceInDocumentOrder() {
        Path file = Fixtures.path("config-invalid.json");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RunConfigLoader.load(file));
        String f = file.toString();
        assertEquals(List.of(
                new Problem(f, "initial_cash", "must be > 0 and <= 1e+15, got 0"),
                new Problem(f, "fee_bps", "must be >= 0 and <= 1000, got -1"),
                new Problem(f, "fill_model", "must be one of close, next_open, got 'vwap'"),
                new Problem(f, "min_hold_bars", "must be a whole number, got 4.5"),
                new Problem(f, "lot_size", LOT_MESSAGE + "0.3"),
                new Problem(f, "stale_gap_bars", "must be >= 1, got 0"),
                new Problem(f, "allow_short", "must be true or false, got string"),
                new Problem(f, "max_leverage", "unknown field 'max_leverage'; allowed: initial_cash, fee_bps, "
                        + "slippage_bps, fill_model, min_hold_bars, trade_cooldown_bars, confidence_override_threshold, "
                        + "max_spread_bps, max_participation, min_trade_qty, min_trade_notional, lot_size, "
                        + "stale_gap_bars, allow_scale_in, allow_short, whipsaw_window_bars")), e.problems());
    }

    @Test
    void configSyntaxErrorIsOneLocatedProblem() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RunConfigLoader.parse("{\n  \"fee_bps\": 10\n  \"slippage_bps\": 2\n}", "run.json"));
        assertEquals(List.of(new Problem("run.json", "line 3, col 3",
                "expected ',' or '}' after a field's value, found '\"' (a missing comma?)")), e.problems());
    }

    @Test
    void configMustBeAnObject() {
        assertEquals(List.of("run.json: line 1, col 1: a run configuration must be a JSON object { ... }, found an array"),
                errors("[]"));
    }
}
