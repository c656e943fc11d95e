package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random inputs. Token soups and mutated valid rules may only ever produce RuleSyntaxException
 * or RuleError; whatever does check clean must compile and evaluate without throwing.
 */
class RuleFuzzTest {
    private static final int BARS = 20;

    private static final String[] VOCABULARY = {
        "close", "open", "sma_short", "rsi_14", "tf_4h_close", "tf_1d_sma_7", "is_long", "is_flat", "is_short",
        "position", "bars_in_position", "unrealized_pnl_pct", "rsi14", "foo", "tf_3h_close", "tf_4h_tf_1h_close",
        "sma_0", "tf_", "_", "and", "or", "not", "between", "true", "False", "none", "None",
        "<", "<=", ">", ">=", "==", "!=", "=", "!", "&&", "||", "<>", "+", "-", "*", "/", "(", ")", "(", ")",
        "[", "]", "[1]", "[0]", "[-1]", "[99999999999]", "0", "1", "45", "1.5", ".5", "1e-3", "1e", "1e999",
        "1.2.3", "12abc", "'flat'", "'long'", "\"short\"", "'flt'", "'", "\"", "@", "#", ",", ";", "\t", "\n",
        "\u00e9", "\u0000", "\ud83d\ude00", "9999999999999999999999", "0x10",
    };

    private static final String[] VALID = {
        "close > ema_medium and rsi_14 between 45 and 70 and not is_short",
        "45 < rsi_14 < 70 or position == 'flat'",
        "tf_4h_close[1] > tf_4h_sma_long and close[3] < close * 1.02",
        "bars_in_position >= 4 and unrealized_pnl_pct < -2.5 or is_long == true",
        "(close - open) / (high - low) > 0.5 and volume > volume_multiple * 2",
        "not (macd > macd_signal) and close / 0 != none",
    };

    @Test
    void tokenSoupsOnlyEverFailAsRuleErrors() {
        Random random = new Random(20240601L);
        int compiled = 0;
        for (int i = 0; i < 6000; i++) {
            int n = 1 + random.nextInt(30);
            StringBuilder sb = new StringBuilder();
            for (int t = 0; t < n; t++) {
                sb.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
                if (random.nextInt(3) > 0) sb.append(' ');
            }
            if (exercise(sb.toString(), random)) compiled++;
        }
        assertTrue(compiled > 0, "some soups must reach compile and evaluate");
    }

    @Test
    void mutatedValidRulesOnlyEverFailAsRuleErrors() {
        Random random = new Random(7L);
        int compiled = 0;
        for (int i = 0; i < 6000; i++) {
            String rule = VALID[random.nextInt(VALID.length)];
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) rule = mutate(rule, random);
            if (exercise(rule, random)) compiled++;
        }
        assertTrue(compiled > 50, "many mutations must stay valid and reach compile and evaluate");
    }

    @Test
    void compiledRulesAgreeWithAReferenceEvaluatorOnRandomWellTypedRules() {
        Random random = new Random(42L);
        int compared = 0;
        for (int i = 0; i < 3000; i++) {
            Data data = Data.random(random);
            RandomRule.Gen rule = new RandomRule(random, data).condition(0);
            String source = rule.source();
            List<RuleError> errors = RuleChecker.check(source);
            assertTrue(errors.isEmpty(), () -> source + " -> " + errors);
            CompiledRule compiled = compile(source, data);
            EvalContext ctx = new EvalContext();
            for (int bar = -1; bar <= BARS + 1; bar++) {
                ctx.bar = bar;
                ctx.positionSign = random.nextInt(3) - 1;
                ctx.barsInPosition = random.nextInt(6);
                ctx.unrealizedPnlPct = random.nextInt(5) == 0 ? Double.NaN : random.nextInt(7) - 3;
                int expected = rule.cond(ctx);
                int actual = compiled.evaluate(ctx);
                if (expected != actual) {
                    fail(source + " at bar " + bar + ": expected " + RuleResult.name(expected) + " but was "
                            + RuleResult.name(actual));
                }
                compared++;
            }
        }
        assertEquals(3000 * (BARS + 3), compared);
    }

    private static CompiledRule compile(String source, SeriesBinder binder) {
        try {
            return RuleCompiler.compile(source, binder);
        } catch (RuleSyntaxException e) {
            return fail("checked rule failed to compile: " + source + " -> " + e.getMessage());
        }
    }

    /** Everything a caller can do with untrusted text; only the documented failures may come out. True if it compiled. */
    private static boolean exercise(String source, Random random) {
        List<RuleError> errors;
        try {
            errors = RuleChecker.check(source);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("check threw on: " + source, e);
        }
        for (RuleError e : errors) {
            assertTrue(e.column() >= 1 && e.column() <= source.length() + 1, () -> source + " -> " + e.render());
            assertTrue(!e.message().isBlank());
        }
        boolean parsed;
        try {
            RuleParser.parse(source);
            parsed = true;
        } catch (RuleSyntaxException e) {
            parsed = false;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("parse threw on: " + source, e);
        }
        if (!parsed) assertEquals(1, errors.size(), "a syntax error is reported alone: " + source);
        Data data = Data.random(random);
        CompiledRule rule;
        try {
            RuleCompiler.references(source);
            rule = RuleCompiler.compile(source, data);
        } catch (RuleSyntaxException e) {
            assertTrue(!errors.isEmpty(), () -> "compile rejected what check accepted: " + source);
            assertEquals(errors.get(0).render(), e.getMessage());
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("compile threw on: " + source, e);
        }
        assertTrue(errors.isEmpty(), () -> "compile accepted what check rejected: " + source + " -> " + errors);
        EvalContext ctx = new EvalContext();
        for (int bar = -1; bar <= BARS + 1; bar++) {
            ctx.bar = bar;
            ctx.positionSign = random.nextInt(3) - 1;
            int r = rule.evaluate(ctx);
            assertTrue(r == RuleResult.FALSE || r == RuleResult.TRUE || r == RuleResult.MISSING);
            if (r == RuleResult.MISSING) assertTrue(!rule.describeMissing(ctx).isBlank());
        }
        return true;
    }

    private static String mutate(String rule, Random random) {
        if (rule.isEmpty()) return VOCABULARY[random.nextInt(VOCABULARY.length)];
        int at = random.nextInt(rule.length());
        switch (random.nextInt(5)) {
            case 0: { // delete a range
                int end = Math.min(rule.length(), at + 1 + random.nextInt(6));
                return rule.substring(0, at) + rule.substring(end);
            }
            case 1: // insert a token
                return rule.substring(0, at) + VOCABULARY[random.nextInt(VOCABULARY.length)] + rule.substring(at);
            case 2: { // duplicate a range
                int end = Math.min(rule.length(), at + 1 + random.nextInt(10));
                return rule.substring(0, end) + rule.substring(at, end) + rule.substring(end);
            }
            case 3: { // swap two characters
                int other = random.nextInt(rule.length());
                char[] cs = rule.toCharArray();
                char t = cs[at];
                cs[at] = cs[other];
                cs[other] = t;
                return new String(cs);
            }
            default: // replace one character by a random one
                return rule.substring(0, at) + (char) (random.nextInt(0x60) + 0x20) + rule.substring(at + 1);
        }
    }

    /** Random series for the names the generators use, with NaNs for warm-up and a tf_4h index map. */
    static final class Data implements SeriesBinder {
        final double[] close = new double[BARS];
        final double[] open = new double[BARS];
        final double[] sma = new double[BARS];
        final double[] h4 = new double[BARS / 4];
        final int[] h4Map = new int[BARS];

        static Data random(Random random) {
            Data d = new Data();
            for (int i = 0; i < BARS; i++) {
                d.close[i] = random.nextInt(5) - 1;
                d.open[i] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(5) - 1;
                d.sma[i] = i < random.nextInt(8) ? Double.NaN : random.nextInt(5) - 1;
                d.h4Map[i] = i / 4 - 1;
            }
            for (int i = 0; i < d.h4.length; i++) d.h4[i] = random.nextInt(4) == 0 ? Double.NaN : random.nextInt(5) - 1;
            return d;
        }

        @Override
        public SeriesColumn bind(SeriesRef ref) {
            if (ref.timeframe() != null) {
                // every tf_ name of the fuzz vocabulary reads the same mapped data: only robustness matters there
                return new SeriesColumn(h4, h4Map);
            }
            switch (ref.spec().kind()) {
                case CLOSE: return new SeriesColumn(close, null);
                case OPEN: return new SeriesColumn(open, null);
                default: return new SeriesColumn(sma, null);
            }
        }

        /** Reference read: NaN or out of range is missing. */
        double read(String name, int lag, int bar) {
            if (name.equals("tf_4h_close")) {
                if (bar < 0 || bar >= BARS || h4Map[bar] < 0) return Double.NaN;
                int i = h4Map[bar] - lag;
                return i < 0 ? Double.NaN : h4[i];
            }
            double[] v = name.equals("close") ? close : name.equals("open") ? open : sma;
            int i = bar - lag;
            return i < 0 || i >= BARS ? Double.NaN : v[i];
        }
    }
}
