package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.fail;

import com.ladderbench.core.indicators.IndicatorSpec;
import com.ladderbench.model.Timeframe;
import java.util.HashMap;
import java.util.Map;

/** Test series keyed by identifier name, a binder over them, and helpers to evaluate a rule at a bar. */
final class Fixture implements SeriesBinder {
    private final Map<SeriesRef, SeriesColumn> columns = new HashMap<>();
    int bindCalls;

    /** Own-timeframe series named as in a rule, e.g. {@code with("close", 1, 2, 3)}. */
    Fixture with(String name, double... values) {
        columns.put(ref(name), new SeriesColumn(values, null));
        return this;
    }

    /** Mapped series, e.g. a tf_ name whose bar i reads values[indexMap[i]]. */
    Fixture mapped(String name, double[] values, int[] indexMap) {
        columns.put(ref(name), new SeriesColumn(values, indexMap));
        return this;
    }

    /** Any column under a rule name, e.g. a slice of a larger array. */
    Fixture put(String name, SeriesColumn column) {
        columns.put(ref(name), column);
        return this;
    }

    static SeriesRef ref(String name) {
        return (SeriesRef) Identifiers.resolve(name).orElseThrow();
    }

    static SeriesRef ref(Timeframe tf, IndicatorSpec.Kind kind, int period) {
        return new SeriesRef(tf, new IndicatorSpec(kind, period));
    }

    @Override
    public SeriesColumn bind(SeriesRef ref) {
        bindCalls++;
        SeriesColumn c = columns.get(ref);
        if (c == null) fail("rule read a series the test did not provide: " + ref);
        return c;
    }

    CompiledRule compile(String rule) {
        try {
            return RuleCompiler.compile(rule, this);
        } catch (RuleSyntaxException e) {
            return fail("rule should compile: " + Lexer.clip(rule) + " -> " + e.getMessage());
        }
    }

    /** Result of {@code rule} at {@code bar} while flat. */
    int eval(String rule, int bar) {
        EvalContext ctx = new EvalContext();
        ctx.bar = bar;
        return compile(rule).evaluate(ctx);
    }

    /** Result of a rule that reads no series. */
    static int eval(String rule) {
        return new Fixture().eval(rule, 0);
    }
}
