package com.ladderbench.core.rules;

/**
 * A compiled numeric sub-expression. {@link #value} is NaN when there is no value; only then does
 * the caller ask {@link #missing} whether that is because a series is missing (warming up, before
 * the start) or because of none (the literal, division by zero). A missing operand always yields NaN,
 * so the second question never needs asking on the hot path of ordinary values.
 */
abstract class NumNode {

    abstract double value(EvalContext c);

    /** True when some series this value depends on is missing at this bar (missing beats none). */
    abstract boolean missing(EvalContext c);

    static final class Constant extends NumNode {
        final double value;

        Constant(double value) { this.value = value; }

        @Override double value(EvalContext c) { return value; }

        @Override boolean missing(EvalContext c) { return false; }
    }

    /**
     * A series value; subclasses locate the array index for the current bar, or -1. The series is
     * {@code values[offset .. offset + length - 1]} ({@link SeriesColumn}): bar j of it is
     * {@code values[offset + j]}.
     */
    abstract static class Series extends NumNode {
        final double[] values;
        final int offset;
        final int length;
        /** {@link SeriesColumn#nanFreeFrom}. */
        final int nanFreeFrom;
        final int lag;
        /** How the rule wrote it, for {@link CompiledRule#describeMissing}. */
        final String label;

        Series(SeriesColumn column, int lag, String label) {
            this.values = column.values();
            this.offset = column.offset();
            this.length = column.length();
            this.nanFreeFrom = column.nanFreeFrom();
            this.lag = lag;
            this.label = label;
        }

        /** The index in {@code values} read at the current bar, or -1 when there is none. */
        abstract int index(EvalContext c);

        @Override final double value(EvalContext c) {
            int i = index(c);
            return i < 0 ? Double.NaN : values[i];
        }

        @Override final boolean missing(EvalContext c) {
            return Double.isNaN(value(c));
        }
    }

    /** A series on the trigger's own bars: bar i reads the series' bar i - lag. */
    static final class DirectSeries extends Series {
        DirectSeries(SeriesColumn column, int lag, String label) { super(column, lag, label); }

        @Override int index(EvalContext c) {
            int i = c.bar - lag;
            return i >= 0 && i < length ? offset + i : -1;
        }
    }

    /** A series on other bars (tf_ names): bar i reads the series' bar indexMap[i] - lag; the lag counts that series' bars. */
    static final class MappedSeries extends Series {
        final int[] indexMap;

        MappedSeries(SeriesColumn column, int lag, String label) {
            super(column, lag, label);
            this.indexMap = column.indexMap();
        }

        @Override int index(EvalContext c) {
            int bar = c.bar;
            if (bar < 0 || bar >= indexMap.length) return -1;
            int mapped = indexMap[bar];
            if (mapped < 0) return -1;
            int i = mapped - lag;
            return i >= 0 && i < length ? offset + i : -1;
        }
    }

    static final class BarsInPosition extends NumNode {
        @Override double value(EvalContext c) { return c.barsInPosition; }

        @Override boolean missing(EvalContext c) { return false; }
    }

    /** NaN from the engine (no position, so no P&L) reads as none, not missing: flat bars are not warm-up. */
    static final class UnrealizedPnlPct extends NumNode {
        @Override double value(EvalContext c) { return c.unrealizedPnlPct; }

        @Override boolean missing(EvalContext c) { return false; }
    }

    static final class Negate extends NumNode {
        final NumNode operand;

        Negate(NumNode operand) { this.operand = operand; }

        @Override double value(EvalContext c) { return -operand.value(c); }

        @Override boolean missing(EvalContext c) { return operand.missing(c); }
    }

    /** Two operands, the common case, without the loop of {@link Chain}. */
    static final class Binary extends NumNode {
        final int op;
        final NumNode left;
        final NumNode right;

        Binary(int op, NumNode left, NumNode right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override double value(EvalContext c) {
            return apply(op, left.value(c), right.value(c));
        }

        @Override boolean missing(EvalContext c) { return left.missing(c) || right.missing(c); }
    }

    /** {@code x0 op1 x1 op2 x2 ...} left to right. */
    static final class Chain extends NumNode {
        final NumNode[] operands;
        final int[] ops;

        Chain(NumNode[] operands, int[] ops) {
            this.operands = operands;
            this.ops = ops;
        }

        @Override double value(EvalContext c) {
            double acc = operands[0].value(c);
            for (int i = 0; i < ops.length; i++) acc = apply(ops[i], acc, operands[i + 1].value(c));
            return acc;
        }

        @Override boolean missing(EvalContext c) {
            for (NumNode n : operands) {
                if (n.missing(c)) return true;
            }
            return false;
        }
    }

    static final int ADD = 0, SUBTRACT = 1, MULTIPLY = 2, DIVIDE = 3;

    /** Division by zero is none (NaN); NaN operands stay NaN. */
    static double apply(int op, double a, double b) {
        switch (op) {
            case ADD: return a + b;
            case SUBTRACT: return a - b;
            case MULTIPLY: return a * b;
            default: return b == 0 ? Double.NaN : a / b;
        }
    }
}
