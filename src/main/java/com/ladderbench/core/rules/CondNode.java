package com.ladderbench.core.rules;

/** A compiled condition: evaluates to {@link RuleResult#FALSE}, {@link RuleResult#TRUE} or {@link RuleResult#MISSING}. */
abstract class CondNode {
    static final int FALSE = RuleResult.FALSE, TRUE = RuleResult.TRUE, MISSING = RuleResult.MISSING;

    abstract int eval(EvalContext c);

    static int of(boolean b) {
        return b ? TRUE : FALSE;
    }

    static final class Constant extends CondNode {
        final int value;

        Constant(boolean value) { this.value = of(value); }

        @Override int eval(EvalContext c) { return value; }
    }

    /** is_flat / is_long / is_short and position == 'flat' etc.: the position's sign is (or is not) {@code sign}. */
    static final class PositionIs extends CondNode {
        final int sign;
        final boolean negate;

        PositionIs(int sign, boolean negate) {
            this.sign = sign;
            this.negate = negate;
        }

        @Override int eval(EvalContext c) { return of((Integer.signum(c.positionSign) == sign) != negate); }
    }

    /** A numeric comparison: MISSING if an operand is missing, FALSE if one is none (even for !=). */
    static final class Compare extends CondNode {
        static final int LT = 0, LE = 1, GT = 2, GE = 3, EQ = 4, NE = 5;

        final int op;
        final NumNode left;
        final NumNode right;

        Compare(int op, NumNode left, NumNode right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override int eval(EvalContext c) {
            double a = left.value(c);
            double b = right.value(c);
            if (a != a || b != b) return left.missing(c) || right.missing(c) ? MISSING : FALSE;
            switch (op) {
                case LT: return of(a < b);
                case LE: return of(a <= b);
                case GT: return of(a > b);
                case GE: return of(a >= b);
                case EQ: return of(a == b);
                default: return of(a != b);
            }
        }
    }

    /**
     * {@code x between lo and hi}: one comparison of three operands, so a missing operand makes it
     * MISSING even when another is none (unlike {@code lo <= x and x <= hi}, where FALSE would win).
     */
    static final class Between extends CondNode {
        final NumNode value;
        final NumNode low;
        final NumNode high;

        Between(NumNode value, NumNode low, NumNode high) {
            this.value = value;
            this.low = low;
            this.high = high;
        }

        @Override int eval(EvalContext c) {
            double x = value.value(c);
            double lo = low.value(c);
            double hi = high.value(c);
            if (x != x || lo != lo || hi != hi) {
                return value.missing(c) || low.missing(c) || high.missing(c) ? MISSING : FALSE;
            }
            return of(lo <= x && x <= hi);
        }
    }

    /** {@code cond == cond} / {@code !=}. */
    static final class ConditionEquals extends CondNode {
        final CondNode left;
        final CondNode right;
        final boolean negate;

        ConditionEquals(CondNode left, CondNode right, boolean negate) {
            this.left = left;
            this.right = right;
            this.negate = negate;
        }

        @Override int eval(EvalContext c) {
            int a = left.eval(c);
            int b = right.eval(c);
            if (a == MISSING || b == MISSING) return MISSING;
            return of((a == b) != negate);
        }
    }

    /** {@code cond == none} (either operator): false, unless the condition is missing. */
    static final class ConditionVersusNone extends CondNode {
        final CondNode operand;

        ConditionVersusNone(CondNode operand) { this.operand = operand; }

        @Override int eval(EvalContext c) { return operand.eval(c) == MISSING ? MISSING : FALSE; }
    }

    static final class Not extends CondNode {
        final CondNode operand;

        Not(CondNode operand) { this.operand = operand; }

        @Override int eval(EvalContext c) {
            int r = operand.eval(c);
            return r == MISSING ? MISSING : r ^ 1;
        }
    }

    /** Kleene and: FALSE if any operand is FALSE, else MISSING if any is MISSING, else TRUE. */
    static final class And extends CondNode {
        final CondNode[] operands;

        And(CondNode[] operands) { this.operands = operands; }

        @Override int eval(EvalContext c) {
            int result = TRUE;
            for (CondNode n : operands) {
                int r = n.eval(c);
                if (r == FALSE) return FALSE;
                if (r == MISSING) result = MISSING;
            }
            return result;
        }
    }

    /** Kleene or: TRUE if any operand is TRUE, else MISSING if any is MISSING, else FALSE. */
    static final class Or extends CondNode {
        final CondNode[] operands;

        Or(CondNode[] operands) { this.operands = operands; }

        @Override int eval(EvalContext c) {
            int result = FALSE;
            for (CondNode n : operands) {
                int r = n.eval(c);
                if (r == TRUE) return TRUE;
                if (r == MISSING) result = MISSING;
            }
            return result;
        }
    }
}
