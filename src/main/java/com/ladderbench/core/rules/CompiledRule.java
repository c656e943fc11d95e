package com.ladderbench.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule compiled against bound series. {@link #evaluate} neither parses nor allocates, and the
 * rule holds no mutable state, so one instance may be evaluated from several threads with
 * separate contexts.
 */
public final class CompiledRule {
    private final String source;
    private final CondNode root;
    /** The tree specialised for per-bar evaluation; the tree itself serves explanations. */
    private final FusedRule fused;
    private final List<SeriesRef> references;
    private final NumNode.Series[] series;
    private final RuleExplainer explainer;
    /** The series' names for {@link #missingMask}; null when the rule reads more than a mask holds. */
    private final MissingSeries missingSeries;

    CompiledRule(String source, CondNode root, List<SeriesRef> references, List<NumNode.Series> series,
            RuleExplainer explainer) {
        this.explainer = explainer;
        this.source = source;
        this.root = root;
        this.fused = FusedRule.of(root);
        this.references = List.copyOf(references);
        this.series = series.toArray(new NumNode.Series[0]);
        String[] labels = new String[this.series.length];
        for (int j = 0; j < labels.length; j++) labels[j] = this.series[j].label;
        this.missingSeries = labels.length <= MissingSeries.MAX_SERIES ? new MissingSeries(labels) : null;
    }

    /** {@link RuleResult#FALSE}, {@link RuleResult#TRUE} or {@link RuleResult#MISSING}. */
    public int evaluate(EvalContext ctx) {
        return fused.evaluate(ctx);
    }

    /**
     * A cursor for one run: the same results, with the part that reads no position state computed a
     * block of bars at a time. One per rule per run (it is mutable); the engine's hot path.
     */
    public RuleCursor cursor() {
        return new RuleCursor(fused, new RuleCursor.Scratch());
    }

    /**
     * As {@link #cursor()}, computing its blocks in {@code scratch}, which the other cursors of the
     * same run (one thread) may share: a run over many symbols then computes every block in the
     * same buffers, in cache, instead of in buffers of each rule's own.
     */
    public RuleCursor cursor(RuleCursor.Scratch scratch) {
        return new RuleCursor(fused, scratch);
    }

    /** The same result from the tree interpreter, the reference the fused form is tested against. */
    int evaluateByTree(EvalContext ctx) {
        return root.eval(ctx);
    }

    /** The fused form's shape, e.g. {@code and(series>series, series in range)}; for tests. */
    String fusedShape() {
        return fused.shape();
    }

    public String source() { return source; }

    /**
     * Why the rule is true, false or missing at this bar: every identifier's value and, when false,
     * the smallest sub-expressions that made it so. Allocates; for decision traces, never per bar.
     */
    public RuleExplanation explain(EvalContext ctx) {
        return explainer.explain(source, evaluateByTree(ctx), ctx);
    }

    /** Distinct series the rule reads, in the order they first appear. */
    public List<SeriesRef> references() { return references; }

    /**
     * Which series are missing at this bar, e.g. {@code "sma_long is warming up"}. Allocates; meant
     * for the MISSING case only.
     */
    public String describeMissing(EvalContext ctx) {
        if (missingSeries != null) return missingSeries.describe(missingMask(ctx));
        Set<String> seen = new LinkedHashSet<>();
        List<String> parts = new ArrayList<>();
        for (NumNode.Series s : series) {
            if (!s.missing(ctx) || !seen.add(s.label)) continue;
            parts.add(s.index(ctx) < 0 ? s.label + " is not available yet" : s.label + " is warming up");
        }
        return parts.isEmpty() ? "no value is missing" : String.join(", ", parts);
    }

    /**
     * The names that describe a {@link #missingMask} of this rule, or null for a rule reading more
     * than {@value MissingSeries#MAX_SERIES} series (its text is made at once by {@link #describeMissing}).
     */
    public MissingSeries missingSeries() {
        return missingSeries;
    }

    /**
     * Which series are missing at this bar, as {@link MissingSeries#describe} reads it: the text of
     * {@link #describeMissing} kept as one long, made into words only when shown. Does not allocate.
     *
     * @throws IllegalStateException for a rule whose {@link #missingSeries} is null
     */
    public long missingMask(EvalContext ctx) {
        if (missingSeries == null) throw new IllegalStateException("more series than a mask holds: " + source);
        long mask = 0;
        for (int j = 0; j < series.length; j++) {
            NumNode.Series s = series[j];
            if (!s.missing(ctx)) continue;
            mask |= MissingSeries.missingBit(j);
            if (s.index(ctx) < 0) mask |= MissingSeries.unavailableBit(j);
        }
        return mask;
    }

    @Override
    public String toString() { return source; }
}
