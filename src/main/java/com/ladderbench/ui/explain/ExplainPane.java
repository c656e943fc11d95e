package com.ladderbench.ui.explain;

import com.ladderbench.core.explain.BarTrace;
import com.ladderbench.core.explain.TraceText;
import com.ladderbench.core.io.Timestamps;
import com.ladderbench.core.rules.RuleExplanation;
import com.ladderbench.core.rules.RuleResult;
import com.ladderbench.model.BlockEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * A decision trace readable at a glance: each rule as written with every identifier's value
 * beside it and the parts that made it false highlighted, each candidate's guards as a row of
 * ticks and crosses, then the resolution, the order and the position after. Same facts as
 * {@code explain} prints.
 */
public final class ExplainPane extends ScrollPane {
    private static final String TRUE_COLOUR = "#1a7f37";
    private static final String FALSE_COLOUR = "#cf222e";
    private static final String QUIET = "#59636e";
    private final VBox content = new VBox(6);
    private BarTrace trace;

    public ExplainPane() {
        setId("explainPane");
        content.setPadding(new Insets(10));
        setContent(content);
        setFitToWidth(true);
    }

    /** The trace shown, null when a message is. */
    public BarTrace trace() { return trace; }

    public void showMessage(String message) {
        trace = null;
        Label l = new Label(message);
        l.setId("explainMessage");
        l.setWrapText(true);
        content.getChildren().setAll(l);
    }

    public void show(BarTrace t) {
        trace = t;
        content.getChildren().clear();
        Label head = new Label(t.side() + " · " + t.symbol() + " · " + Timestamps.format(t.barTime()) + " · close "
                + TraceText.reading(new RuleExplanation.Reading("close", t.close(), false, null)));
        head.setId("explainHeading");
        head.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        content.getChildren().addAll(head, fact("Before", TraceText.position(t.before())));
        if (t.triggers().isEmpty()) content.getChildren().add(quiet("No trigger of " + t.symbol() + " closes at this bar."));
        for (BarTrace.TriggerTrace tr : t.triggers()) {
            Label name = new Label(tr.triggerId() + "  (" + tr.category().wire() + ", " + tr.timeframe().label() + ")");
            name.setStyle("-fx-font-weight: bold; -fx-padding: 8 0 0 0;");
            content.getChildren().add(name);
            if (tr.rules().isEmpty()) content.getChildren().add(indent(quiet("no rule applies at this position")));
            for (BarTrace.RuleTrace r : tr.rules()) content.getChildren().add(indent(rule(r.role() + "_rule", r.explanation())));
            for (BarTrace.CandidateTrace c : tr.candidates()) content.getChildren().add(indent(candidate(c)));
        }
        if (t.regime() != null) content.getChildren().add(rule("risk_off.regime_rule", t.regime()));
        Label resolution = fact("Resolution", TraceText.resolution(t.resolution()));
        resolution.setId("explainResolution");
        content.getChildren().add(resolution);
        for (BarTrace.Loser l : t.resolution().losers()) {
            content.getChildren().add(indent(quiet("lost: " + l.triggerId() + " — " + l.reason() + " (" + l.detail() + ")")));
        }
        Label order = fact("Order", TraceText.order(t.order()));
        order.setId("explainOrder");
        content.getChildren().addAll(order, fact("After", TraceText.position(t.after())));
        if (!t.events().isEmpty()) {
            content.getChildren().add(fact("Events", ""));
            for (BlockEvent e : t.events()) {
                content.getChildren().add(indent(quiet(e.triggerId() + " " + e.reason().wire() + ": " + e.detail())));
            }
        }
    }

    /** The rule as written, identifiers with their values, the deciding part highlighted. */
    private static Node rule(String label, RuleExplanation x) {
        FlowPane flow = new FlowPane();
        flow.getStyleClass().add("explain-rule");
        Label badge = new Label(label + " " + RuleResult.name(x.result()));
        String colour = x.result() == RuleResult.TRUE ? TRUE_COLOUR : x.result() == RuleResult.FALSE ? FALSE_COLOUR : QUIET;
        badge.setStyle("-fx-text-fill: white; -fx-background-color: " + colour
                + "; -fx-background-radius: 3; -fx-padding: 0 4 0 4; -fx-font-weight: bold;");
        badge.getStyleClass().add("explain-result-" + RuleResult.name(x.result()));
        flow.getChildren().add(badge);
        flow.getChildren().add(new Label("  "));
        for (RuleExplanation.Segment s : x.rendered()) {
            Label piece = new Label(s.text());
            piece.setStyle("-fx-font-family: monospace;" + (s.deciding()
                    ? "-fx-background-color: #ffd8d3; -fx-text-fill: " + FALSE_COLOUR + "; -fx-font-weight: bold;" : ""));
            if (s.deciding()) piece.getStyleClass().add("explain-deciding");
            flow.getChildren().add(piece);
            if (s.reading() != null) {
                Label value = new Label("⟨" + TraceText.reading(s.reading()) + "⟩");
                value.getStyleClass().add("explain-value");
                value.setStyle("-fx-font-size: 11px; -fx-text-fill: #0969da; -fx-padding: 0 2 0 1;"
                        + (s.deciding() ? "-fx-background-color: #ffd8d3;" : ""));
                flow.getChildren().add(value);
            }
        }
        return flow;
    }

    /** The candidate, then its guardrail matrix row: ✓ passed, ✗ failed, · not reached, – not applicable. */
    private static Node candidate(BarTrace.CandidateTrace c) {
        String what = "candidate " + c.kind() + " (" + c.tier() + ")" + (c.lots() > 0 ? " " + c.qty().toPlainString() : "")
                + (c.dustSweep() ? ", dust sweep" : "")
                + (c.blockedBy() == null ? " → resolution" : " → blocked by " + c.blockedBy());
        Label head = new Label(what);
        FlowPane guards = new FlowPane(10, 2);
        for (BarTrace.GuardCheck g : c.guards()) {
            Label l = new Label(mark(g.status()) + " " + g.guard()
                    + (g.status() == BarTrace.GuardStatus.FAILED && !Double.isNaN(g.value())
                    ? " " + TraceText.guard(g).substring("FAIL ".length()) : ""));
            l.getStyleClass().add("guard-" + g.status().wire());
            l.setStyle("-fx-text-fill: " + switch (g.status()) {
                case PASSED -> TRUE_COLOUR;
                case FAILED -> FALSE_COLOUR + "; -fx-font-weight: bold";
                case NOT_CHECKED -> QUIET;
                case NOT_APPLICABLE -> "#afb8c1";
            } + ";");
            guards.getChildren().add(l);
        }
        VBox box = new VBox(2, head, guards);
        box.getStyleClass().add("explain-candidate");
        return box;
    }

    private static String mark(BarTrace.GuardStatus s) {
        return switch (s) {
            case PASSED -> "✓";
            case FAILED -> "✗";
            case NOT_CHECKED -> "·";
            case NOT_APPLICABLE -> "–";
        };
    }

    private static Label fact(String name, String text) {
        Label l = new Label(name + ": " + text);
        l.setWrapText(true);
        l.setStyle("-fx-padding: 6 0 0 0;");
        return l;
    }

    private static Label quiet(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setStyle("-fx-text-fill: " + QUIET + ";");
        return l;
    }

    private static Node indent(Node n) {
        VBox box = new VBox(n);
        box.setPadding(new Insets(0, 0, 0, 16));
        return box;
    }
}
