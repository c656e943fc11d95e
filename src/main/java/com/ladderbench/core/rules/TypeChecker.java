package com.ladderbench.core.rules;

import com.ladderbench.core.rules.Expr.ArithmeticStep;
import com.ladderbench.core.rules.Expr.CompareOp;
import com.ladderbench.core.rules.Expr.CompareStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves identifiers and assigns static types, collecting every problem with its column.
 * The compiler reuses the resolved identifiers and types, so both always agree on what is valid.
 */
final class TypeChecker {
    static final Set<String> POSITION_VALUES = Set.of("flat", "long", "short");

    private final List<RuleError> errors = new ArrayList<>();
    private final Map<Expr, RuleType> types = new IdentityHashMap<>();
    private final Map<Expr.Name, Identifier> identifiers = new IdentityHashMap<>();

    private TypeChecker() {}

    /** Checks a parsed rule; the result lists errors in column order. */
    static TypeChecker check(Expr root) {
        TypeChecker checker = new TypeChecker();
        RuleType top = checker.type(root);
        if (top != RuleType.CONDITION && top != RuleType.ERROR) {
            checker.error(root.column(), "a rule must be a condition (true/false), found " + describe(root, top));
        }
        checker.errors.sort(Comparator.comparingInt(RuleError::column));
        return checker;
    }

    List<RuleError> errors() { return errors; }

    RuleType typeOf(Expr e) { return types.get(e); }

    Identifier identifierOf(Expr.Name name) { return identifiers.get(name); }

    /** Whether some identifier names position state rather than a series. */
    boolean readsPosition() {
        for (Identifier id : identifiers.values()) {
            if (id instanceof PositionRef) return true;
        }
        return false;
    }

    private RuleType type(Expr e) {
        RuleType t = compute(e);
        types.put(e, t);
        return t;
    }

    private RuleType compute(Expr e) {
        if (e instanceof Expr.NumberLiteral) return RuleType.NUMBER;
        if (e instanceof Expr.BoolLiteral) return RuleType.CONDITION;
        if (e instanceof Expr.NoneLiteral) return RuleType.NONE;
        if (e instanceof Expr.TextLiteral) return RuleType.TEXT;
        if (e instanceof Expr.Name) return name((Expr.Name) e);
        if (e instanceof Expr.Lag) return lag((Expr.Lag) e);
        if (e instanceof Expr.Negate) {
            Expr operand = ((Expr.Negate) e).operand();
            requireNumber(operand, type(operand), "'-' needs a number");
            return RuleType.NUMBER;
        }
        if (e instanceof Expr.Not) {
            Expr operand = ((Expr.Not) e).operand();
            requireCondition(operand, type(operand), "'not' needs a condition");
            return RuleType.CONDITION;
        }
        if (e instanceof Expr.Arithmetic) {
            Expr.Arithmetic a = (Expr.Arithmetic) e;
            String what = "'" + a.steps().get(0).op().symbol() + "' needs numbers on both sides";
            requireNumber(a.first(), type(a.first()), what);
            for (ArithmeticStep s : a.steps()) {
                requireNumber(s.operand(), type(s.operand()), "'" + s.op().symbol() + "' needs numbers on both sides");
            }
            return RuleType.NUMBER;
        }
        if (e instanceof Expr.Logical) {
            Expr.Logical l = (Expr.Logical) e;
            for (Expr operand : l.operands()) {
                requireCondition(operand, type(operand), "'" + l.op().word() + "' needs conditions on both sides");
            }
            return RuleType.CONDITION;
        }
        if (e instanceof Expr.Between) {
            Expr.Between b = (Expr.Between) e;
            requireNumber(b.value(), type(b.value()), "'between' needs numbers");
            requireNumber(b.low(), type(b.low()), "'between' needs numbers");
            requireNumber(b.high(), type(b.high()), "'between' needs numbers");
            return RuleType.CONDITION;
        }
        Expr.Comparison c = (Expr.Comparison) e;
        Expr left = c.first();
        RuleType leftType = type(left);
        for (CompareStep s : c.steps()) {
            RuleType rightType = type(s.operand());
            link(s.op(), s.column(), left, leftType, s.operand(), rightType);
            left = s.operand();
            leftType = rightType;
        }
        return RuleType.CONDITION;
    }

    private RuleType name(Expr.Name n) {
        Optional<Identifier> id = Identifiers.resolve(n.name());
        if (id.isEmpty()) {
            error(n.column(), Identifiers.explainUnknown(n.name()));
            return RuleType.ERROR;
        }
        identifiers.put(n, id.get());
        if (id.get() instanceof SeriesRef) return RuleType.NUMBER;
        switch (((PositionRef) id.get()).field()) {
            case POSITION: return RuleType.POSITION;
            case IS_FLAT: case IS_LONG: case IS_SHORT: return RuleType.CONDITION;
            default: return RuleType.NUMBER;
        }
    }

    private RuleType lag(Expr.Lag lag) {
        RuleType t = type(lag.target());
        Identifier id = identifiers.get(lag.target());
        if (id instanceof PositionRef) {
            error(lag.bracketColumn(), "lag is not available for position state '" + lag.target().name() + "'");
            return RuleType.ERROR;
        }
        return t;
    }

    /** One link {@code left op right} of a comparison chain. */
    private void link(CompareOp op, int column, Expr left, RuleType lt, Expr right, RuleType rt) {
        if (lt == RuleType.ERROR || rt == RuleType.ERROR) return;
        if (lt == RuleType.POSITION || rt == RuleType.POSITION) {
            positionLink(op, column, lt == RuleType.POSITION ? right : left, lt == RuleType.POSITION ? rt : lt);
            return;
        }
        if (lt == RuleType.TEXT || rt == RuleType.TEXT) {
            Expr text = lt == RuleType.TEXT ? left : right;
            error(text.column(), "text is only allowed in position == 'flat' | 'long' | 'short'");
            return;
        }
        if (!op.isEquality()) {
            requireNumber(left, lt, "'" + op.symbol() + "' needs numbers on both sides");
            requireNumber(right, rt, "'" + op.symbol() + "' needs numbers on both sides");
            return;
        }
        boolean ok = (lt.isNumeric() && rt.isNumeric())
                || (lt == RuleType.CONDITION && (rt == RuleType.CONDITION || rt == RuleType.NONE))
                || (rt == RuleType.CONDITION && lt == RuleType.NONE);
        if (!ok) error(column, "cannot compare " + lt.description() + " with " + rt.description());
    }

    private void positionLink(CompareOp op, int column, Expr other, RuleType otherType) {
        if (!op.isEquality()) {
            error(column, "'position' can only be compared with == or != ('flat', 'long' or 'short')");
            return;
        }
        if (otherType == RuleType.ERROR) return;
        if (otherType != RuleType.TEXT) {
            error(other.column(), "'position' can only be compared with 'flat', 'long' or 'short', found "
                    + describe(other, otherType));
            return;
        }
        String value = ((Expr.TextLiteral) other).value();
        if (!POSITION_VALUES.contains(value)) {
            error(other.column(), "position is 'flat', 'long' or 'short', not '" + Lexer.clip(value) + "'");
        }
    }

    private void requireNumber(Expr e, RuleType t, String what) {
        if (t == RuleType.ERROR || t.isNumeric()) return;
        error(e.column(), what + ", found " + describe(e, t));
    }

    private void requireCondition(Expr e, RuleType t, String what) {
        if (t == RuleType.ERROR || t == RuleType.CONDITION) return;
        error(e.column(), what + ", found " + describe(e, t));
    }

    private static String describe(Expr e, RuleType t) {
        if (t == RuleType.TEXT && e instanceof Expr.TextLiteral) {
            return "text '" + Lexer.clip(((Expr.TextLiteral) e).value()) + "'";
        }
        return t.description();
    }

    private void error(int column, String message) {
        errors.add(new RuleError(column, message));
    }
}
