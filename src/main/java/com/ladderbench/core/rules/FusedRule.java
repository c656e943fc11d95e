package com.ladderbench.core.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The per-bar form of a compiled rule: the {@link CondNode} tree it is made from, specialised once
 * at compile time. Terms and operands are final classes dispatched by an int kind, so evaluating
 * makes no virtual call per node, and the common shapes are fused into one term that reads the
 * series' double[] column directly:
 * <ul>
 * <li>a series against a constant ({@code rsi_14 > 75}, {@code 0 < macd_hist[1]}), also under {@code not};
 * <li>a series against a series ({@code close > ema_medium}, {@code close > donchian_upper_short[1]});
 * <li>a series between two constants ({@code rsi_14 between 45 and 70});
 * <li>and/or of terms, with nested and-in-and (or-in-or, comparison chains) spliced into one list.
 * </ul>
 * A term that reads no position state ({@link Term#pure}) has a fixed value at each bar, so a
 * {@link RuleCursor} computes it a word of up to 64 bars at a time ({@link Term#word}): one
 * dispatch per term per word and tight loops over the columns, instead of a walk of the tree per
 * bar. A word holds the results as two bit sets ({@link #TRUES}, {@link #NOT_FALSE}), so and/or
 * combine 64 bars in one operation, and an and whose word is already all FALSE (an or all TRUE)
 * skips its further operands there.
 *
 * <p>Results are the tree's exactly: the same double operations in the same order and the same
 * three-valued logic ({@code package-info}); an operand made only of literals is computed once,
 * by the tree's own nodes. The tree stays the reference for explanations and missing-value
 * messages; {@code FusedRuleTest} and {@code FusedRulePropertiesTest} pin the agreement.
 */
final class FusedRule {
    static final int FALSE = RuleResult.FALSE, TRUE = RuleResult.TRUE, MISSING = RuleResult.MISSING;

    /**
     * A comparison operator as the set of relations between two present values it accepts: bit 0
     * less, bit 1 equal, bit 2 greater, so {@link #holds} needs no switch on the operator.
     */
    static final int LESS = 0, EQUAL = 1, GREATER = 2;
    /** Every relation: {@code ALL ^ relations} is the negated operator. */
    static final int ALL = 1 << LESS | 1 << EQUAL | 1 << GREATER;

    /**
     * A word's results are two bit sets over its bars, bit k for its k-th bar: TRUES where the
     * result is TRUE, NOT_FALSE where it is TRUE or MISSING (so TRUES is inside NOT_FALSE). Kleene
     * and is then the and of both sets, or the or of both, and not swaps them, complemented. The
     * number of sets a bar is in, 0 to 2, indexes {@link #RESULT}.
     */
    static final int TRUES = 0, NOT_FALSE = 1;
    static final int[] RESULT = {FALSE, MISSING, TRUE};
    /** Bars in a word: bits in a long. */
    static final int WORD = 64;

    private final Term root;
    /** The part of the rule a cursor computes per block (null: none), and what it evaluates per bar. */
    final Term blocked;
    final Term[] perBar;
    /** Whether {@link #blocked} and {@link #perBar} combine by and (else by or). */
    final boolean conjunction;
    /** Buffers a {@link Block} needs: one per term and one per operand. */
    final int termSlots;
    final int operandSlots;

    private FusedRule(Term root, Builder b) {
        this.root = root;
        if (root.pure) {
            blocked = root;
            perBar = new Term[0];
            conjunction = true;
        } else if (root.kind == Term.AND || root.kind == Term.OR) {
            // Kleene and/or are commutative: the pure operands combine per block, the rest per bar
            conjunction = root.kind == Term.AND;
            Term[] operands = ((Logical) root).operands;
            List<Term> pure = new ArrayList<>();
            List<Term> rest = new ArrayList<>();
            for (Term t : operands) (t.pure ? pure : rest).add(t);
            blocked = pure.isEmpty() ? null : pure.size() == 1 ? pure.get(0)
                    : new Logical(conjunction, pure.toArray(new Term[0]), b);
            perBar = rest.toArray(new Term[0]);
        } else {
            blocked = null;
            perBar = new Term[] {root};
            conjunction = true;
        }
        this.termSlots = b.terms;
        this.operandSlots = b.operands;
    }

    static FusedRule of(CondNode tree) {
        Builder b = new Builder();
        return new FusedRule(b.term(tree), b);
    }

    int evaluate(EvalContext c) {
        return eval(root, c);
    }

    /** The fused shape, e.g. {@code and(series>constant, series in range)}: for tests that pin which shape a rule gets. */
    String shape() {
        return shape(root);
    }

    // ---------------------------------------------------------------- evaluation

    static int eval(Term t, EvalContext c) {
        switch (t.kind) {
            case Term.SERIES_VS_CONSTANT: return ((SeriesVsConstant) t).eval(c);
            case Term.SERIES_VS_SERIES: return ((SeriesVsSeries) t).eval(c);
            case Term.SERIES_IN_RANGE: return ((SeriesInRange) t).eval(c);
            case Term.AND: case Term.OR: return ((Logical) t).eval(c);
            case Term.COMPARE: return ((Compare) t).eval(c);
            case Term.BETWEEN: return ((Between) t).eval(c);
            case Term.NOT: return ((Not) t).eval(c);
            case Term.POSITION: return ((Position) t).eval(c);
            case Term.CONSTANT: return ((Constant) t).value;
            case Term.CONDITION_EQUALS: return ((ConditionEquals) t).eval(c);
            default: return ((ConditionVersusNone) t).eval(c);
        }
    }

    /**
     * TRUE or FALSE: whether the relation of a and b (neither NaN) is one of {@code relations}.
     * Without branches, as a random series against another is a coin toss a branch would mispredict.
     */
    static int holds(int relations, double a, double b) {
        int lt = a < b ? 1 : 0;
        int gt = a > b ? 1 : 0;
        return (relations >>> LESS & lt) | (relations >>> GREATER & gt) | (relations >>> EQUAL & (1 ^ lt ^ gt));
    }

    /** 1 if {@code relations} accepts the relation, else 0: the block loops select by it without a branch. */
    private static long selected(int relations, int relation) {
        return relations >>> relation & 1;
    }

    /** The first {@code count} bits set: the bars of a word of {@code count} bars. */
    static long bars(int count) {
        return count == WORD ? -1L : (1L << count) - 1;
    }

    /**
     * Bit k set where {@code x[from + k] <relations> c} holds (c not NaN), for k below
     * {@code count} (at most {@value #WORD}); a NaN holds no relation, so its bit is clear. One loop
     * per common operator, a single comparison per bar; the rest select by relation. Branch-free:
     * a series against a level is a coin toss a branch would mispredict.
     */
    private static long compare(int relations, double[] x, int from, double c, int count) {
        long bits = 0;
        switch (relations) {
            case 1 << GREATER:
                for (int k = 0; k < count; k++) bits |= (x[from + k] > c ? 1L : 0L) << k;
                return bits;
            case 1 << LESS:
                for (int k = 0; k < count; k++) bits |= (x[from + k] < c ? 1L : 0L) << k;
                return bits;
            case 1 << GREATER | 1 << EQUAL:
                for (int k = 0; k < count; k++) bits |= (x[from + k] >= c ? 1L : 0L) << k;
                return bits;
            case 1 << LESS | 1 << EQUAL:
                for (int k = 0; k < count; k++) bits |= (x[from + k] <= c ? 1L : 0L) << k;
                return bits;
            default: {
                long lt = selected(relations, LESS);
                long eq = selected(relations, EQUAL);
                long gt = selected(relations, GREATER);
                for (int k = 0; k < count; k++) {
                    double a = x[from + k];
                    bits |= ((a < c ? lt : 0L) | (a == c ? eq : 0L) | (a > c ? gt : 0L)) << k;
                }
                return bits;
            }
        }
    }

    /** As {@link #compare(int, double[], int, double, int)}, of two series: {@code x[fromX + k] <relations> y[fromY + k]}. */
    private static long compare(int relations, double[] x, int fromX, double[] y, int fromY, int count) {
        long bits = 0;
        switch (relations) {
            case 1 << GREATER:
                for (int k = 0; k < count; k++) bits |= (x[fromX + k] > y[fromY + k] ? 1L : 0L) << k;
                return bits;
            case 1 << LESS:
                for (int k = 0; k < count; k++) bits |= (x[fromX + k] < y[fromY + k] ? 1L : 0L) << k;
                return bits;
            case 1 << GREATER | 1 << EQUAL:
                for (int k = 0; k < count; k++) bits |= (x[fromX + k] >= y[fromY + k] ? 1L : 0L) << k;
                return bits;
            case 1 << LESS | 1 << EQUAL:
                for (int k = 0; k < count; k++) bits |= (x[fromX + k] <= y[fromY + k] ? 1L : 0L) << k;
                return bits;
            default: {
                long lt = selected(relations, LESS);
                long eq = selected(relations, EQUAL);
                long gt = selected(relations, GREATER);
                for (int k = 0; k < count; k++) {
                    double a = x[fromX + k];
                    double b = y[fromY + k];
                    bits |= ((a < b ? lt : 0L) | (a == b ? eq : 0L) | (a > b ? gt : 0L)) << k;
                }
                return bits;
            }
        }
    }

    /** Bit k set where {@code x[from + k]} is NaN, for k below {@code count}: the bars where a series is missing. */
    private static long nanBits(double[] x, int from, int count) {
        long bits = 0;
        for (int k = 0; k < count; k++) {
            double a = x[from + k];
            bits |= (a != a ? 1L : 0L) << k;
        }
        return bits;
    }

    static int relations(int compareOp) {
        switch (compareOp) {
            case CondNode.Compare.LT: return 1 << LESS;
            case CondNode.Compare.LE: return 1 << LESS | 1 << EQUAL;
            case CondNode.Compare.GT: return 1 << GREATER;
            case CondNode.Compare.GE: return 1 << GREATER | 1 << EQUAL;
            case CondNode.Compare.EQ: return 1 << EQUAL;
            default: return 1 << LESS | 1 << GREATER;
        }
    }

    /** The operator with its operands swapped: {@code c < x} is {@code x > c}. */
    static int mirrored(int relations) {
        return (relations & 1 << EQUAL) | (relations >>> GREATER & 1) << LESS | (relations >>> LESS & 1) << GREATER;
    }

    /** The buffers one cursor computes a word in; never shared between threads. */
    static final class Block {
        /** By term slot, {@link #TRUES} and {@link #NOT_FALSE}: an and/or operand's word before it is combined. */
        final long[][] terms;
        /** By operand slot: its values at the word's bars. */
        final double[][] operands;
        /** For the terms evaluated bar by bar inside a word: only {@code bar} is read. */
        final EvalContext context = new EvalContext();

        Block(int termSlots, int operandSlots) {
            terms = new long[2][termSlots];
            operands = new double[operandSlots][WORD];
        }
    }

    abstract static class Term {
        static final int SERIES_VS_CONSTANT = 0, SERIES_VS_SERIES = 1, SERIES_IN_RANGE = 2, AND = 3, OR = 4,
                COMPARE = 5, BETWEEN = 6, NOT = 7, POSITION = 8, CONSTANT = 9, CONDITION_EQUALS = 10,
                CONDITION_VERSUS_NONE = 11;

        final int kind;
        /** Reads no position state, so its value at a bar never changes and may be computed ahead. */
        final boolean pure;
        /** Its block of results in {@link Block#terms}. */
        final int slot;

        Term(int kind, boolean pure, Builder b) {
            this.kind = kind;
            this.pure = pure;
            this.slot = b.terms++;
        }

        /**
         * Sets {@code trues[w]} and {@code notFalse[w]} to this pure term's results at bars
         * {@code first .. first + count - 1} (count at most {@value #WORD}, bit k for bar
         * {@code first + k}, higher bits clear); here bar by bar through {@link #eval}, for the
         * rare shapes without a loop of their own. A virtual call per term per word, not per bar:
         * each loop is then compiled on its own, not inlined into one large method. The arrays are
         * the caller's (a cursor's results, or {@link Block#terms} at the term's slot under an
         * and/or), so a result is written once, where it is read.
         */
        void word(int first, int count, Block b, long[] trues, long[] notFalse, int w) {
            EvalContext c = b.context;
            long t = 0;
            long nf = 0;
            for (int k = 0; k < count; k++) {
                c.bar = first + k;
                int r = eval(this, c);
                t |= (r == TRUE ? 1L : 0L) << k;
                nf |= (r != FALSE ? 1L : 0L) << k;
            }
            trues[w] = t;
            notFalse[w] = nf;
        }
    }

    /**
     * A series read at a lag, on the trigger's own bars ({@code map == null}: bar i reads the
     * series' bar i - lag) or through an index map (bar map[i] - lag); NaN when there is no such
     * value or it is NaN, which for a series always means missing. The series is the slice
     * {@code values[offset .. offset + length - 1]} ({@link SeriesColumn}).
     */
    static final class Column {
        final double[] values;
        final int offset;
        final int length;
        final int[] map;
        final int lag;
        /**
         * The index in {@code values} from which the series holds no NaN ({@link SeriesColumn#nanFreeFrom}):
         * a word read in place from there on has no missing bar, so it needs no NaN test.
         */
        final int nanFreeFrom;

        Column(double[] values, int offset, int length, int[] map, int lag, int nanFreeFrom) {
            this.values = values;
            this.offset = offset;
            this.length = length;
            this.map = map;
            this.lag = lag;
            this.nanFreeFrom = nanFreeFrom;
        }

        double read(int bar) {
            int i;
            if (map == null) {
                i = bar - lag;
            } else {
                if (bar < 0 || bar >= map.length) return Double.NaN;
                // an entry of -1 (nothing completed yet) minus a lag >= 0 stays negative
                i = map[bar] - lag;
            }
            return i >= 0 && i < length ? values[offset + i] : Double.NaN;
        }

        /**
         * Where {@link #read} at bars {@code first .. first + count - 1} is {@code values[at + k]},
         * every one of them inside the series: {@code at}; else -1 (a map, or bars before the lag
         * or past the end, which read NaN). A block then reads the column in place, not a copy.
         */
        int inPlace(int first, int count) {
            if (map != null) return -1;
            long from = (long) first - lag;
            return from >= 0 && from + count <= length ? (int) (offset + from) : -1;
        }

        /**
         * Bit k set where the word read at bars {@code first + k} is missing: {@code x[from + k]}
         * is NaN, {@code x} being the column read in place at {@code at} (-1: a copy).
         */
        long missing(double[] x, int at, int from, int count) {
            return at >= nanFreeFrom ? 0L : nanBits(x, from, count);
        }

        /** {@link #read} at bars {@code first .. first + count - 1}; a copy of the column's run where it has one. */
        void fill(int first, int count, double[] out) {
            if (map != null) {
                for (int k = 0; k < count; k++) out[k] = read(first + k);
                return;
            }
            // bar first + k reads the series' bar from + k: present for -from <= k < length - from
            long from = (long) first - lag;
            int lo = (int) Math.max(0, Math.min(count, -from));
            int hi = (int) Math.max(lo, Math.min(count, length - from));
            Arrays.fill(out, 0, lo, Double.NaN);
            if (hi > lo) System.arraycopy(values, (int) (offset + from + lo), out, lo, hi - lo);
            Arrays.fill(out, hi, count, Double.NaN);
        }
    }

    /** {@code series op constant}, the constant not NaN: a NaN read is missing, nothing else can be. */
    static final class SeriesVsConstant extends Term {
        final Operand series;
        final int relations;
        final double constant;

        SeriesVsConstant(Operand series, int relations, double constant, Builder b) {
            super(SERIES_VS_CONSTANT, true, b);
            this.series = series;
            this.relations = relations;
            this.constant = constant;
        }

        int eval(EvalContext c) {
            double a = series.column.read(c.bar);
            if (a != a) return MISSING;
            return holds(relations, a, constant);
        }

        @Override
        void word(int first, int count, Block b, long[] trues, long[] notFalse, int w) {
            Column column = series.column;
            int at = column.inPlace(first, count);
            double[] x = at >= 0 ? column.values : series.fill(first, count, b);
            int from = Math.max(at, 0);
            long t = compare(relations, x, from, constant, count);
            trues[w] = t;
            notFalse[w] = t | column.missing(x, at, from, count);
        }
    }

    /** {@code series op series}: either read NaN is missing. */
    static final class SeriesVsSeries extends Term {
        final Operand left;
        final Operand right;
        final int relations;

        SeriesVsSeries(Operand left, Operand right, int relations, Builder b) {
            super(SERIES_VS_SERIES, true, b);
            this.left = left;
            this.right = right;
            this.relations = relations;
        }

        int eval(EvalContext c) {
            double a = left.column.read(c.bar);
            double b = right.column.read(c.bar);
            if (a != a || b != b) return MISSING;
            return holds(relations, a, b);
        }

        @Override
        void word(int first, int count, Block blk, long[] trues, long[] notFalse, int w) {
            int atX = left.column.inPlace(first, count);
            int atY = right.column.inPlace(first, count);
            double[] x = atX >= 0 ? left.column.values : left.fill(first, count, blk);
            double[] y = atY >= 0 ? right.column.values : right.fill(first, count, blk);
            int fromX = Math.max(atX, 0);
            int fromY = Math.max(atY, 0);
            long t = compare(relations, x, fromX, y, fromY, count);
            trues[w] = t;
            notFalse[w] = t | left.column.missing(x, atX, fromX, count) | right.column.missing(y, atY, fromY, count);
        }
    }

    /** {@code series between low and high}, both bounds constants, not NaN. */
    static final class SeriesInRange extends Term {
        final Operand series;
        final double low;
        final double high;

        SeriesInRange(Operand series, double low, double high, Builder b) {
            super(SERIES_IN_RANGE, true, b);
            this.series = series;
            this.low = low;
            this.high = high;
        }

        int eval(EvalContext c) {
            double x = series.column.read(c.bar);
            if (x != x) return MISSING;
            return low <= x && x <= high ? TRUE : FALSE;
        }

        @Override
        void word(int first, int count, Block b, long[] trues, long[] notFalse, int w) {
            Column column = series.column;
            int at = column.inPlace(first, count);
            double[] v = at >= 0 ? column.values : series.fill(first, count, b);
            int from = Math.max(at, 0);
            long t = 0;
            for (int k = 0; k < count; k++) {
                double x = v[from + k];
                t |= ((low <= x ? 1L : 0L) & (x <= high ? 1L : 0L)) << k;
            }
            trues[w] = t;
            notFalse[w] = t | column.missing(v, at, from, count);
        }
    }

    /**
     * Kleene and: FALSE if any operand is FALSE, else MISSING if any is MISSING, else TRUE; Kleene
     * or: TRUE if any is TRUE, else MISSING if any is MISSING, else FALSE.
     */
    static final class Logical extends Term {
        final Term[] operands;

        Logical(boolean isAnd, Term[] operands, Builder b) {
            super(isAnd ? AND : OR, allPure(operands), b);
            this.operands = operands;
        }

        int eval(EvalContext c) {
            // and stops at FALSE, or at TRUE; either otherwise remembers a MISSING
            int stop = kind == AND ? FALSE : TRUE;
            int result = stop ^ 1;
            for (Term t : operands) {
                int r = FusedRule.eval(t, c);
                if (r == stop) return stop;
                if (r == MISSING) result = MISSING;
            }
            return result;
        }

        @Override
        void word(int first, int count, Block b, long[] trues, long[] notFalse, int w) {
            // the first operand's results are the start of the and/or's own: written in place directly
            operands[0].word(first, count, b, trues, notFalse, w);
            long[] nextTrues = b.terms[TRUES];
            long[] nextNotFalse = b.terms[NOT_FALSE];
            if (kind == AND) {
                for (int i = 1; i < operands.length; i++) {
                    // all FALSE already: the rest cannot change that, so it is not computed
                    if (notFalse[w] == 0) return;
                    int s = operands[i].slot;
                    operands[i].word(first, count, b, nextTrues, nextNotFalse, s);
                    trues[w] &= nextTrues[s];
                    notFalse[w] &= nextNotFalse[s];
                }
            } else {
                long all = bars(count);
                for (int i = 1; i < operands.length; i++) {
                    // all TRUE already: likewise
                    if (trues[w] == all) return;
                    int s = operands[i].slot;
                    operands[i].word(first, count, b, nextTrues, nextNotFalse, s);
                    trues[w] |= nextTrues[s];
                    notFalse[w] |= nextNotFalse[s];
                }
            }
        }
    }

    /** A comparison of general operands: MISSING if an operand is missing, FALSE if one is none. */
    static final class Compare extends Term {
        final Operand left;
        final Operand right;
        final int relations;

        Compare(Operand left, Operand right, int relations, Builder b) {
            super(COMPARE, left.pure && right.pure, b);
            this.left = left;
            this.right = right;
            this.relations = relations;
        }

        int eval(EvalContext c) {
            double a = left.value(c);
            double b = right.value(c);
            if (a != a || b != b) return left.missing(c) || right.missing(c) ? MISSING : FALSE;
            return holds(relations, a, b);
        }

        @Override
        void word(int first, int count, Block blk, long[] trues, long[] notFalse, int w) {
            double[] x = left.fill(first, count, blk);
            double[] y = right.fill(first, count, blk);
            long t = 0;
            long nf = 0;
            for (int k = 0; k < count; k++) {
                double a = x[k];
                double b = y[k];
                if (a != a || b != b) {
                    blk.context.bar = first + k;
                    nf |= (left.missing(blk.context) || right.missing(blk.context) ? 1L : 0L) << k;
                } else {
                    long h = holds(relations, a, b);
                    t |= h << k;
                    nf |= h << k;
                }
            }
            trues[w] = t;
            notFalse[w] = nf;
        }
    }

    /** {@code x between lo and hi} of general operands: one missing operand makes it MISSING. */
    static final class Between extends Term {
        final Operand value;
        final Operand low;
        final Operand high;

        Between(Operand value, Operand low, Operand high, Builder b) {
            super(BETWEEN, value.pure && low.pure && high.pure, b);
            this.value = value;
            this.low = low;
            this.high = high;
        }

        int eval(EvalContext c) {
            return between(value.value(c), low.value(c), high.value(c), c);
        }

        private int between(double x, double lo, double hi, EvalContext c) {
            if (x != x || lo != lo || hi != hi) {
                return value.missing(c) || low.missing(c) || high.missing(c) ? MISSING : FALSE;
            }
            return lo <= x && x <= hi ? TRUE : FALSE;
        }

        @Override
        void word(int first, int count, Block b, long[] trues, long[] notFalse, int w) {
            double[] x = value.fill(first, count, b);
            double[] lo = low.fill(first, count, b);
            double[] hi = high.fill(first, count, b);
            long t = 0;
            long nf = 0;
            for (int k = 0; k < count; k++) {
                b.context.bar = first + k;
                int r = between(x[k], lo[k], hi[k], b.context);
                t |= (r == TRUE ? 1L : 0L) << k;
                nf |= (r != FALSE ? 1L : 0L) << k;
            }
            trues[w] = t;
            notFalse[w] = nf;
        }
    }

    static final class Not extends Term {
        final Term operand;

        Not(Term operand, Builder b) {
            super(NOT, operand.pure, b);
            this.operand = operand;
        }

        int eval(EvalContext c) {
            int r = FusedRule.eval(operand, c);
            return r == MISSING ? MISSING : r ^ 1;
        }

        @Override
        void word(int first, int count, Block b, long[] trues, long[] notFalse, int w) {
            operand.word(first, count, b, trues, notFalse, w);
            // TRUE where the operand is FALSE, not FALSE where it is not TRUE
            long t = trues[w];
            trues[w] = ~notFalse[w] & bars(count);
            notFalse[w] = ~t & bars(count);
        }
    }

    /** The position's sign is (or, negated, is not) {@code sign}. */
    static final class Position extends Term {
        final int sign;
        final boolean negate;

        Position(int sign, boolean negate, Builder b) {
            super(POSITION, false, b);
            this.sign = sign;
            this.negate = negate;
        }

        int eval(EvalContext c) {
            return (Integer.signum(c.positionSign) == sign) != negate ? TRUE : FALSE;
        }
    }

    static final class Constant extends Term {
        final int value;

        Constant(int value, Builder b) {
            super(CONSTANT, true, b);
            this.value = value;
        }
    }

    static final class ConditionEquals extends Term {
        final Term left;
        final Term right;
        final boolean negate;

        ConditionEquals(Term left, Term right, boolean negate, Builder b) {
            super(CONDITION_EQUALS, left.pure && right.pure, b);
            this.left = left;
            this.right = right;
            this.negate = negate;
        }

        int eval(EvalContext c) {
            int a = FusedRule.eval(left, c);
            int b = FusedRule.eval(right, c);
            if (a == MISSING || b == MISSING) return MISSING;
            return (a == b) != negate ? TRUE : FALSE;
        }
    }

    static final class ConditionVersusNone extends Term {
        final Term operand;

        ConditionVersusNone(Term operand, Builder b) {
            super(CONDITION_VERSUS_NONE, operand.pure, b);
            this.operand = operand;
        }

        int eval(EvalContext c) {
            return FusedRule.eval(operand, c) == MISSING ? MISSING : FALSE;
        }
    }

    private static boolean allPure(Term[] terms) {
        for (Term t : terms) {
            if (!t.pure) return false;
        }
        return true;
    }

    /** A numeric operand; as {@link NumNode}, NaN when there is no value. */
    static final class Operand {
        static final int CONSTANT = 0, SERIES = 1, BARS_IN_POSITION = 2, UNREALIZED_PNL_PCT = 3, NEGATE = 4,
                CHAIN = 5;

        final int kind;
        final boolean pure;
        /** Its block of values in {@link Block#operands}. */
        final int slot;
        final double constant;
        final Column column;
        /** NEGATE: the one operand; CHAIN: x0, x1, ... applied left to right by {@link #ops}. */
        final Operand[] operands;
        final int[] ops;

        Operand(int kind, double constant, Column column, Operand[] operands, int[] ops, Builder b) {
            this.kind = kind;
            this.constant = constant;
            this.column = column;
            this.operands = operands;
            this.ops = ops;
            this.slot = b.operands++;
            boolean p = kind != BARS_IN_POSITION && kind != UNREALIZED_PNL_PCT;
            if (operands != null) {
                for (Operand o : operands) p &= o.pure;
            }
            this.pure = p;
        }

        double value(EvalContext c) {
            switch (kind) {
                case CONSTANT: return constant;
                case SERIES: return column.read(c.bar);
                case BARS_IN_POSITION: return c.barsInPosition;
                case UNREALIZED_PNL_PCT: return c.unrealizedPnlPct;
                case NEGATE: return -operands[0].value(c);
                default: {
                    double acc = operands[0].value(c);
                    for (int i = 0; i < ops.length; i++) acc = NumNode.apply(ops[i], acc, operands[i + 1].value(c));
                    return acc;
                }
            }
        }

        /** Some series it reads is missing (asked only when the value is NaN). */
        boolean missing(EvalContext c) {
            switch (kind) {
                case SERIES: return Double.isNaN(column.read(c.bar));
                case NEGATE: case CHAIN: {
                    for (Operand o : operands) {
                        if (o.missing(c)) return true;
                    }
                    return false;
                }
                default: return false;
            }
        }

        /** Its values at bars {@code first, first + 1, ...} into its own buffer, returned; pure operands only. */
        double[] fill(int first, int count, Block b) {
            double[] out = b.operands[slot];
            // the common case stays small enough to inline into the comparison's loop; the rest is a call
            if (kind == SERIES) {
                column.fill(first, count, out);
            } else {
                fillComputed(first, count, b, out);
            }
            return out;
        }

        private void fillComputed(int first, int count, Block b, double[] out) {
            switch (kind) {
                case CONSTANT:
                    Arrays.fill(out, 0, count, constant);
                    break;
                case NEGATE: {
                    double[] in = operands[0].fill(first, count, b);
                    for (int k = 0; k < count; k++) out[k] = -in[k];
                    break;
                }
                case CHAIN: {
                    System.arraycopy(operands[0].fill(first, count, b), 0, out, 0, count);
                    for (int i = 0; i < ops.length; i++) {
                        Operand next = operands[i + 1];
                        int op = ops[i];
                        if (next.kind == CONSTANT) {
                            // close[1] * 0.97: the literal as it is, not a block of copies of it
                            double y = next.constant;
                            for (int k = 0; k < count; k++) out[k] = NumNode.apply(op, out[k], y);
                        } else {
                            double[] in = next.fill(first, count, b);
                            for (int k = 0; k < count; k++) out[k] = NumNode.apply(op, out[k], in[k]);
                        }
                    }
                    break;
                }
                default: throw new IllegalStateException("position state has no value ahead of its bar");
            }
        }
    }

    // ---------------------------------------------------------------- fusing the tree

    /** Turns the tree into terms, numbering their buffers as it goes. */
    static final class Builder {
        int terms;
        int operands;

        Term term(CondNode n) {
            if (n instanceof CondNode.Compare) return compare((CondNode.Compare) n);
            if (n instanceof CondNode.And) return logical(true, ((CondNode.And) n).operands);
            if (n instanceof CondNode.Or) return logical(false, ((CondNode.Or) n).operands);
            if (n instanceof CondNode.Between) return between((CondNode.Between) n);
            if (n instanceof CondNode.Not) return not(term(((CondNode.Not) n).operand));
            if (n instanceof CondNode.PositionIs) {
                CondNode.PositionIs p = (CondNode.PositionIs) n;
                return new Position(p.sign, p.negate, this);
            }
            if (n instanceof CondNode.Constant) return new Constant(((CondNode.Constant) n).value, this);
            if (n instanceof CondNode.ConditionEquals) {
                CondNode.ConditionEquals e = (CondNode.ConditionEquals) n;
                return new ConditionEquals(term(e.left), term(e.right), e.negate, this);
            }
            if (n instanceof CondNode.ConditionVersusNone) {
                return new ConditionVersusNone(term(((CondNode.ConditionVersusNone) n).operand), this);
            }
            throw new IllegalStateException("no fused form for " + n.getClass().getSimpleName());
        }

        /** Nested and-in-and (or-in-or) is spliced: Kleene and/or are associative, so the result is the same. */
        private Term logical(boolean isAnd, CondNode[] operands) {
            List<Term> flat = new ArrayList<>();
            int kind = isAnd ? Term.AND : Term.OR;
            for (CondNode o : operands) {
                Term t = term(o);
                if (t.kind == kind) {
                    flat.addAll(Arrays.asList(((Logical) t).operands));
                } else {
                    flat.add(t);
                }
            }
            return new Logical(isAnd, flat.toArray(new Term[0]), this);
        }

        /**
         * {@code not} of a series comparison flips the operator: both sides are series or non-NaN
         * constants, so the only non-answer is MISSING, which {@code not} keeps. (Not so for a general
         * comparison, where none makes FALSE and {@code not} makes that TRUE.)
         */
        private Term not(Term operand) {
            switch (operand.kind) {
                case Term.SERIES_VS_CONSTANT: {
                    SeriesVsConstant t = (SeriesVsConstant) operand;
                    return new SeriesVsConstant(t.series, ALL ^ t.relations, t.constant, this);
                }
                case Term.SERIES_VS_SERIES: {
                    SeriesVsSeries t = (SeriesVsSeries) operand;
                    return new SeriesVsSeries(t.left, t.right, ALL ^ t.relations, this);
                }
                case Term.POSITION: {
                    Position p = (Position) operand;
                    return new Position(p.sign, !p.negate, this);
                }
                default: return new Not(operand, this);
            }
        }

        private Term compare(CondNode.Compare n) {
            Operand a = operand(n.left);
            Operand b = operand(n.right);
            int relations = relations(n.op);
            if (a.kind == Operand.SERIES && isNumber(b)) return new SeriesVsConstant(a, relations, b.constant, this);
            if (isNumber(a) && b.kind == Operand.SERIES) return new SeriesVsConstant(b, mirrored(relations), a.constant, this);
            if (a.kind == Operand.SERIES && b.kind == Operand.SERIES) return new SeriesVsSeries(a, b, relations, this);
            return new Compare(a, b, relations, this);
        }

        private Term between(CondNode.Between n) {
            Operand x = operand(n.value);
            Operand lo = operand(n.low);
            Operand hi = operand(n.high);
            if (x.kind == Operand.SERIES && isNumber(lo) && isNumber(hi)) {
                return new SeriesInRange(x, lo.constant, hi.constant, this);
            }
            return new Between(x, lo, hi, this);
        }

        /** A constant that is a number, not none. */
        private static boolean isNumber(Operand o) {
            return o.kind == Operand.CONSTANT && !Double.isNaN(o.constant);
        }

        private Operand operand(NumNode n) {
            if (readsNothing(n)) return new Operand(Operand.CONSTANT, n.value(new EvalContext()), null, null, null, this);
            if (n instanceof NumNode.Series) {
                NumNode.Series s = (NumNode.Series) n;
                int[] map = s instanceof NumNode.MappedSeries ? ((NumNode.MappedSeries) s).indexMap : null;
                return new Operand(Operand.SERIES, Double.NaN, new Column(s.values, s.offset, s.length, map, s.lag, s.nanFreeFrom), null, null, this);
            }
            if (n instanceof NumNode.BarsInPosition) return position(Operand.BARS_IN_POSITION);
            if (n instanceof NumNode.UnrealizedPnlPct) return position(Operand.UNREALIZED_PNL_PCT);
            if (n instanceof NumNode.Negate) {
                Operand[] one = {operand(((NumNode.Negate) n).operand)};
                return new Operand(Operand.NEGATE, Double.NaN, null, one, null, this);
            }
            if (n instanceof NumNode.Binary) {
                NumNode.Binary b = (NumNode.Binary) n;
                Operand[] two = {operand(b.left), operand(b.right)};
                return new Operand(Operand.CHAIN, Double.NaN, null, two, new int[] {b.op}, this);
            }
            NumNode.Chain ch = (NumNode.Chain) n;
            Operand[] operands = new Operand[ch.operands.length];
            for (int i = 0; i < operands.length; i++) operands[i] = operand(ch.operands[i]);
            return new Operand(Operand.CHAIN, Double.NaN, null, operands, ch.ops.clone(), this);
        }

        private Operand position(int kind) {
            return new Operand(kind, Double.NaN, null, null, null, this);
        }

        /** Made of literals only, so its value is the same at every bar (and never missing). */
        private static boolean readsNothing(NumNode n) {
            if (n instanceof NumNode.Constant) return true;
            if (n instanceof NumNode.Negate) return readsNothing(((NumNode.Negate) n).operand);
            if (n instanceof NumNode.Binary) {
                NumNode.Binary b = (NumNode.Binary) n;
                return readsNothing(b.left) && readsNothing(b.right);
            }
            if (n instanceof NumNode.Chain) {
                for (NumNode o : ((NumNode.Chain) n).operands) {
                    if (!readsNothing(o)) return false;
                }
                return true;
            }
            return false;
        }
    }

    // ---------------------------------------------------------------- shape, for tests

    private static String shape(Term t) {
        switch (t.kind) {
            case Term.SERIES_VS_CONSTANT: return "series" + symbol(((SeriesVsConstant) t).relations) + "constant";
            case Term.SERIES_VS_SERIES: return "series" + symbol(((SeriesVsSeries) t).relations) + "series";
            case Term.SERIES_IN_RANGE: return "series in range";
            case Term.AND: return "and(" + shapes(((Logical) t).operands) + ")";
            case Term.OR: return "or(" + shapes(((Logical) t).operands) + ")";
            case Term.COMPARE: {
                Compare c = (Compare) t;
                return "compare(" + shape(c.left) + symbol(c.relations) + shape(c.right) + ")";
            }
            case Term.BETWEEN: {
                Between b = (Between) t;
                return "between(" + shape(b.value) + ", " + shape(b.low) + ", " + shape(b.high) + ")";
            }
            case Term.NOT: return "not(" + shape(((Not) t).operand) + ")";
            case Term.POSITION: {
                Position p = (Position) t;
                return "position" + (p.negate ? "!=" : "==") + p.sign;
            }
            case Term.CONSTANT: return RuleResult.name(((Constant) t).value);
            case Term.CONDITION_EQUALS: {
                ConditionEquals e = (ConditionEquals) t;
                return "(" + shape(e.left) + (e.negate ? ")!=(" : ")==(") + shape(e.right) + ")";
            }
            default: return "(" + shape(((ConditionVersusNone) t).operand) + ")==none";
        }
    }

    private static String shapes(Term[] terms) {
        StringBuilder sb = new StringBuilder();
        for (Term t : terms) sb.append(sb.length() == 0 ? "" : ", ").append(shape(t));
        return sb.toString();
    }

    private static String shape(Operand o) {
        switch (o.kind) {
            case Operand.CONSTANT: return Double.isNaN(o.constant) ? "none" : Double.toString(o.constant);
            case Operand.SERIES: return "series";
            case Operand.BARS_IN_POSITION: return "bars_in_position";
            case Operand.UNREALIZED_PNL_PCT: return "unrealized_pnl_pct";
            case Operand.NEGATE: return "-" + shape(o.operands[0]);
            default: {
                StringBuilder sb = new StringBuilder("(").append(shape(o.operands[0]));
                for (int i = 0; i < o.ops.length; i++) sb.append("+-*/".charAt(o.ops[i])).append(shape(o.operands[i + 1]));
                return sb.append(')').toString();
            }
        }
    }

    private static String symbol(int relations) {
        switch (relations) {
            case 1 << LESS: return "<";
            case 1 << LESS | 1 << EQUAL: return "<=";
            case 1 << GREATER: return ">";
            case 1 << GREATER | 1 << EQUAL: return ">=";
            case 1 << EQUAL: return "==";
            default: return "!=";
        }
    }
}
