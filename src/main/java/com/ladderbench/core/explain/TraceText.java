package com.ladderbench.core.explain;

import com.ladderbench.core.io.Timestamps;
import com.ladderbench.core.rules.RuleExplanation;
import com.ladderbench.core.rules.RuleResult;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.Fill;
import java.util.ArrayList;
import java.util.List;

/** A decision trace as plain text, one fact a line, in the order the engine decided (the explain command). */
public final class TraceText {
    private TraceText() {
    }

    public static String render(BarTrace t) {
        StringBuilder b = new StringBuilder();
        b.append("explain ").append(t.side()).append(' ').append(t.symbol()).append(" at ")
                .append(Timestamps.format(t.barTime())).append(" (close ").append(TraceNumbers.text(t.close()))
                .append(")\n");
        b.append("before: ").append(position(t.before())).append('\n');
        if (t.triggers().isEmpty()) b.append("\nno trigger of ").append(t.symbol()).append(" closes at this bar\n");
        for (BarTrace.TriggerTrace tr : t.triggers()) {
            b.append("\ntrigger ").append(tr.triggerId()).append(" (").append(tr.category().wire()).append(", ")
                    .append(tr.timeframe().label()).append(")\n");
            if (tr.rules().isEmpty()) b.append("  no rule applies at this position\n");
            for (BarTrace.RuleTrace r : tr.rules()) rule(b, r.role() + "_rule", r.explanation());
            for (BarTrace.CandidateTrace c : tr.candidates()) candidate(b, c);
        }
        if (t.regime() != null) {
            b.append('\n');
            rule(b, "risk_off.regime_rule", t.regime());
        }
        b.append("\nresolution: ").append(resolution(t.resolution())).append('\n');
        for (BarTrace.Loser l : t.resolution().losers()) {
            b.append("  lost ").append(l.triggerId()).append(": ").append(l.reason()).append(" by ")
                    .append(l.preemptedBy()).append(" (").append(l.detail()).append(")\n");
        }
        b.append("order: ").append(order(t.order())).append('\n');
        b.append("after: ").append(position(t.after())).append('\n');
        if (!t.events().isEmpty()) {
            b.append("\nevents:\n");
            for (BlockEvent e : t.events()) {
                b.append("  ").append(e.triggerId()).append(' ').append(e.reason().wire());
                if (e.preemptedBy() != null) b.append(" (preempted_by ").append(e.preemptedBy()).append(')');
                b.append(": ").append(e.detail()).append('\n');
            }
        }
        return b.toString();
    }

    private static void rule(StringBuilder b, String label, RuleExplanation x) {
        b.append("  ").append(label).append(" is ").append(RuleResult.name(x.result())).append(": ")
                .append(x.source()).append('\n');
        if (!x.readings().isEmpty()) {
            List<String> values = new ArrayList<>();
            for (RuleExplanation.Reading r : x.readings()) values.add(r.name() + " = " + reading(r));
            b.append("    ").append(String.join(", ", values)).append('\n');
        }
        if (!x.deciding().isEmpty()) {
            b.append("    ").append(x.result() == RuleResult.MISSING ? "missing in: " : "false because: ")
                    .append(String.join("; ", x.deciding())).append('\n');
        }
    }

    /** An identifier's value as a trace shows it: a number, none, missing, or a word (long, true). */
    public static String reading(RuleExplanation.Reading r) {
        if (r.missing()) return "missing";
        if (r.text() != null) return r.text();
        return TraceNumbers.text(r.value());
    }

    private static void candidate(StringBuilder b, BarTrace.CandidateTrace c) {
        b.append("  candidate ").append(c.kind()).append(" (").append(c.tier()).append(")");
        if (c.lots() > 0) b.append(' ').append(c.lots()).append(" lots = ").append(c.qty().toPlainString());
        if (c.dustSweep()) b.append(", dust_sweep: closes the whole position");
        b.append(c.blockedBy() == null ? " -> to resolution" : " -> blocked by " + c.blockedBy()).append('\n');
        List<String> row = new ArrayList<>();
        for (BarTrace.GuardCheck g : c.guards()) row.add(g.guard() + " " + guard(g));
        b.append("    guards: ").append(String.join(" | ", row)).append('\n');
    }

    /** ok, FAIL (value of limit), skipped (not reached), n/a (not in the matrix for this tier). */
    public static String guard(BarTrace.GuardCheck g) {
        switch (g.status()) {
            case PASSED: return "ok";
            case FAILED:
                return Double.isNaN(g.value()) ? "FAIL"
                        : "FAIL (" + TraceNumbers.text(g.value()) + " vs " + TraceNumbers.text(g.limit()) + ")";
            case NOT_CHECKED: return "not reached";
            default: return "n/a";
        }
    }

    /** The winner in a phrase: "risk_trim (partial_exit, sells 12 lots)" or "none". */
    public static String resolution(BarTrace.Resolution r) {
        if (r.winner() == null) return "no candidate reached it";
        String what = r.orderLots() == 0 ? "no order"
                : (r.orderLots() > 0 ? "buys " : "sells ") + Math.abs(r.orderLots()) + " lots";
        return "winner " + r.winner() + " (" + r.winnerKind() + ", " + what + ")";
    }

    public static String order(Fill f) {
        if (f == null) return "none";
        return f.side().name().toLowerCase(java.util.Locale.ROOT) + " " + f.lots() + " lots = "
                + f.qty().toPlainString() + " @ " + TraceNumbers.text(f.price()) + ", fees "
                + TraceNumbers.text(f.fee()) + " at " + Timestamps.format(f.timestamp()) + " (" + f.fillId() + ", "
                + f.triggerId() + ", " + f.reason() + ")";
    }

    public static String position(BarTrace.Position p) {
        if (p.flat()) return "flat";
        String s = (p.lots() > 0 ? "long " : "short ") + p.qty().abs().toPlainString() + " (" + Math.abs(p.lots())
                + " lots) at WAC " + TraceNumbers.text(p.wac());
        return p.barsHeld() == null ? s : s + ", held " + p.barsHeld() + " bars";
    }
}
