package com.ladderbench.core.rules;

import com.ladderbench.core.rules.Expr.ArithmeticStep;
import com.ladderbench.core.rules.Expr.CompareOp;
import com.ladderbench.core.rules.Expr.CompareStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a checked rule into a tree of {@link CondNode}/{@link NumNode} bound to series arrays. */
public final class RuleCompiler {
    private final TypeChecker types;
    private final SeriesBinder binder;
    private final Map<SeriesRef, SeriesColumn> columns = new LinkedHashMap<>();
    private final List<NumNode.Series> seriesNodes = new ArrayList<>();
    /** Compiled node of every sub-expression (and comparison link), for {@link RuleExplainer}; never read per bar. */
    private final Map<Object, Object> nodes = new java.util.IdentityHashMap<>();

    private RuleCompiler(TypeChecker types, SeriesBinder binder) {
        this.types = types;
        this.binder = binder;
    }

    /** The distinct series the rule reads, in order of first appearance; the engine computes only these. */
    public static List<SeriesRef> references(String source) throws RuleSyntaxException {
        List<SeriesRef> out = new ArrayList<>();
        for (SeriesRef ref : namedReferences(source).values()) {
            if (!out.contains(ref)) out.add(ref);
        }
        return List.copyOf(out);
    }

    /**
     * The series the rule reads by the names it reads them ({@code tf_1d_sma_long}, {@code sma_200}),
     * in order of first appearance; for messages that quote the rule's own words.
     */
    public static java.util.Map<String, SeriesRef> namedReferences(String source) throws RuleSyntaxException {
        Expr root = RuleParser.parse(source);
        java.util.Map<String, SeriesRef> out = new java.util.LinkedHashMap<>();
        collect(root, checked(root), out);
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Compiles a rule. Each distinct series is bound once. A semantic error is thrown as a
     * {@link RuleSyntaxException} (the first one, by column); {@link RuleChecker} lists them all.
     */
    public static CompiledRule compile(String source, SeriesBinder binder) throws RuleSyntaxException {
        if (binder == null) throw new IllegalArgumentException("binder is required");
        return compile(check(source), binder);
    }

    /**
     * A rule text parsed and type-checked, to be compiled against several binders (each symbol's
     * series) without parsing and checking it again for each. Never changes once made, so
     * threads may share it.
     */
    public static final class CheckedRule {
        private final String source;
        private final Expr root;
        private final TypeChecker types;

        private CheckedRule(String source, Expr root, TypeChecker types) {
            this.source = source;
            this.root = root;
            this.types = types;
        }

        public String source() {
            return source;
        }
    }

    /** Parses and checks a rule, throwing what {@link #compile(String, SeriesBinder)} would throw for its text. */
    public static CheckedRule check(String source) throws RuleSyntaxException {
        Expr root = RuleParser.parse(source);
        return new CheckedRule(source, root, checked(root));
    }

    /** Compiles a checked rule, as {@link #compile(String, SeriesBinder)} compiles its text. */
    public static CompiledRule compile(CheckedRule rule, SeriesBinder binder) {
        if (binder == null) throw new IllegalArgumentException("binder is required");
        RuleCompiler compiler = new RuleCompiler(rule.types, binder);
        CondNode node = compiler.condition(rule.root);
        return new CompiledRule(rule.source, node, new ArrayList<>(compiler.columns.keySet()), compiler.seriesNodes,
                new RuleExplainer(rule.root, compiler.types, compiler.nodes));
    }

    private static TypeChecker checked(Expr root) throws RuleSyntaxException {
        TypeChecker checked = TypeChecker.check(root);
        if (!checked.errors().isEmpty()) {
            RuleError first = checked.errors().get(0);
            throw new RuleSyntaxException(first.column(), first.message());
        }
        return checked;
    }

    /** Source-order walk of series references (same order as compilation binds them). */
    private static void collect(Expr e, TypeChecker checked, java.util.Map<String, SeriesRef> out) {
        if (e instanceof Expr.Name) {
            Identifier id = checked.identifierOf((Expr.Name) e);
            if (id instanceof SeriesRef) out.putIfAbsent(((Expr.Name) e).name(), (SeriesRef) id);
        } else if (e instanceof Expr.Lag) {
            collect(((Expr.Lag) e).target(), checked, out);
        } else if (e instanceof Expr.Negate) {
            collect(((Expr.Negate) e).operand(), checked, out);
        } else if (e instanceof Expr.Not) {
            collect(((Expr.Not) e).operand(), checked, out);
        } else if (e instanceof Expr.Arithmetic) {
            collect(((Expr.Arithmetic) e).first(), checked, out);
            for (ArithmeticStep s : ((Expr.Arithmetic) e).steps()) collect(s.operand(), checked, out);
        } else if (e instanceof Expr.Logical) {
            for (Expr operand : ((Expr.Logical) e).operands()) collect(operand, checked, out);
        } else if (e instanceof Expr.Comparison) {
            collect(((Expr.Comparison) e).first(), checked, out);
            for (CompareStep s : ((Expr.Comparison) e).steps()) collect(s.operand(), checked, out);
        } else if (e instanceof Expr.Between) {
            Expr.Between b = (Expr.Between) e;
            collect(b.value(), checked, out);
            collect(b.low(), checked, out);
            collect(b.high(), checked, out);
        }
    }

    private CondNode condition(Expr e) {
        CondNode n = conditionOf(e);
        nodes.put(e, n);
        return n;
    }

    private CondNode conditionOf(Expr e) {
        if (e instanceof Expr.BoolLiteral) return new CondNode.Constant(((Expr.BoolLiteral) e).value());
        if (e instanceof Expr.Name) return positionCondition(((PositionRef) types.identifierOf((Expr.Name) e)).field());
        if (e instanceof Expr.Not) return new CondNode.Not(condition(((Expr.Not) e).operand()));
        if (e instanceof Expr.Logical) {
            Expr.Logical l = (Expr.Logical) e;
            CondNode[] operands = new CondNode[l.operands().size()];
            for (int i = 0; i < operands.length; i++) operands[i] = condition(l.operands().get(i));
            return l.op() == Expr.LogicalOp.AND ? new CondNode.And(operands) : new CondNode.Or(operands);
        }
        if (e instanceof Expr.Between) {
            Expr.Between b = (Expr.Between) e;
            return new CondNode.Between(number(b.value()), number(b.low()), number(b.high()));
        }
        if (e instanceof Expr.Comparison) return comparison((Expr.Comparison) e);
        throw new IllegalStateException("not a condition after checking: " + e);
    }

    private static CondNode positionCondition(PositionField field) {
        switch (field) {
            case IS_FLAT: return new CondNode.PositionIs(0, false);
            case IS_LONG: return new CondNode.PositionIs(1, false);
            case IS_SHORT: return new CondNode.PositionIs(-1, false);
            default: throw new IllegalStateException("not a condition: " + field);
        }
    }

    /** A chain {@code a < b < c} becomes {@code a < b and b < c}; the shared operand is compiled once. */
    private CondNode comparison(Expr.Comparison c) {
        CondNode[] links = new CondNode[c.steps().size()];
        Expr left = c.first();
        Object leftNode = operand(left);
        for (int i = 0; i < links.length; i++) {
            CompareStep s = c.steps().get(i);
            Object rightNode = operand(s.operand());
            links[i] = link(s.op(), left, leftNode, s.operand(), rightNode);
            nodes.put(s, links[i]);
            left = s.operand();
            leftNode = rightNode;
        }
        return links.length == 1 ? links[0] : new CondNode.And(links);
    }

    /** A comparison operand compiled by its type: NumNode, CondNode, or the expression itself for position/text. */
    private Object operand(Expr e) {
        RuleType t = types.typeOf(e);
        if (t.isNumeric()) return number(e);
        if (t == RuleType.CONDITION) return condition(e);
        return e;
    }

    private CondNode link(CompareOp op, Expr left, Object l, Expr right, Object r) {
        RuleType lt = types.typeOf(left);
        RuleType rt = types.typeOf(right);
        boolean negate = op == CompareOp.NE;
        if (lt == RuleType.POSITION || rt == RuleType.POSITION) {
            Expr.TextLiteral text = (Expr.TextLiteral) (lt == RuleType.POSITION ? right : left);
            int sign = text.value().equals("long") ? 1 : text.value().equals("short") ? -1 : 0;
            return new CondNode.PositionIs(sign, negate);
        }
        if (lt == RuleType.CONDITION && rt == RuleType.CONDITION) {
            return new CondNode.ConditionEquals((CondNode) l, (CondNode) r, negate);
        }
        if (lt == RuleType.CONDITION) return new CondNode.ConditionVersusNone((CondNode) l);
        if (rt == RuleType.CONDITION) return new CondNode.ConditionVersusNone((CondNode) r);
        return new CondNode.Compare(compareCode(op), (NumNode) l, (NumNode) r);
    }

    private static int compareCode(CompareOp op) {
        switch (op) {
            case LT: return CondNode.Compare.LT;
            case LE: return CondNode.Compare.LE;
            case GT: return CondNode.Compare.GT;
            case GE: return CondNode.Compare.GE;
            case EQ: return CondNode.Compare.EQ;
            default: return CondNode.Compare.NE;
        }
    }

    private NumNode number(Expr e) {
        NumNode n = numberOf(e);
        nodes.put(e, n);
        return n;
    }

    private NumNode numberOf(Expr e) {
        if (e instanceof Expr.NumberLiteral) return new NumNode.Constant(((Expr.NumberLiteral) e).value());
        if (e instanceof Expr.NoneLiteral) return new NumNode.Constant(Double.NaN);
        if (e instanceof Expr.Name) return name((Expr.Name) e, 0, ((Expr.Name) e).name());
        if (e instanceof Expr.Lag) {
            Expr.Lag lag = (Expr.Lag) e;
            return name(lag.target(), lag.bars(), lag.target().name() + "[" + lag.bars() + "]");
        }
        if (e instanceof Expr.Negate) return new NumNode.Negate(number(((Expr.Negate) e).operand()));
        if (e instanceof Expr.Arithmetic) {
            Expr.Arithmetic a = (Expr.Arithmetic) e;
            int n = a.steps().size();
            NumNode[] operands = new NumNode[n + 1];
            int[] ops = new int[n];
            operands[0] = number(a.first());
            for (int i = 0; i < n; i++) {
                ArithmeticStep s = a.steps().get(i);
                ops[i] = s.op().ordinal(); // ArithmeticOp order matches NumNode.ADD..DIVIDE
                operands[i + 1] = number(s.operand());
            }
            return n == 1 ? new NumNode.Binary(ops[0], operands[0], operands[1]) : new NumNode.Chain(operands, ops);
        }
        throw new IllegalStateException("not a number after checking: " + e);
    }

    private NumNode name(Expr.Name n, int lag, String label) {
        Identifier id = types.identifierOf(n);
        if (id instanceof PositionRef) {
            PositionField f = ((PositionRef) id).field();
            if (f == PositionField.BARS_IN_POSITION) return new NumNode.BarsInPosition();
            if (f == PositionField.UNREALIZED_PNL_PCT) return new NumNode.UnrealizedPnlPct();
            throw new IllegalStateException("not a number: " + f);
        }
        SeriesRef ref = (SeriesRef) id;
        SeriesColumn column = columns.get(ref);
        if (column == null) {
            column = binder.bind(ref);
            if (column == null) throw new IllegalStateException("the series binder returned nothing for " + ref);
            columns.put(ref, column);
        }
        NumNode.Series node = column.indexMap() == null
                ? new NumNode.DirectSeries(column, lag, label)
                : new NumNode.MappedSeries(column, lag, label);
        seriesNodes.add(node);
        return node;
    }
}
