package com.ladderbench.core.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.core.text.Names;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.Arrays;
import java.util.List;

/** Validates one element of a plan's {@code triggers} array (SPEC §2.1). */
final class TriggerReader {
    static final List<String> FIELDS = List.of("id", "symbol", "timeframe", "direction", "category",
            "confidence_grade", "entry_rule", "exit_rule", "hold_rule", "stop_loss_pct", "exit_fraction");

    private static final List<String> TIMEFRAMES = Arrays.stream(Timeframe.values()).map(Timeframe::label).toList();
    private static final List<String> DIRECTIONS = List.of("long", "short", "exit", "flat", "flat_exit");
    private static final List<String> CATEGORIES = Arrays.stream(Category.values()).map(Category::wire).toList();
    private static final List<String> GRADES = List.of("A", "B", "C");

    private final Findings findings;
    private final RuleFields rules;

    TriggerReader(Findings findings, RuleFields rules) {
        this.findings = findings;
        this.rules = rules;
    }

    /** {@code value} when its characters are allowed; otherwise null and the reason is reported at the field. */
    private String allowed(ObjectFields f, String field, String value,
            java.util.function.Function<String, java.util.Optional<String>> check) {
        if (value == null) return null;
        java.util.Optional<String> problem = check.apply(value);
        if (problem.isPresent()) {
            findings.error(f.at(field), problem.get());
            return null;
        }
        return value;
    }

    /** The trigger, or null when a field it cannot do without is missing or invalid. */
    Trigger read(ObjectNode node, JsonPath path) {
        ObjectFields f = ObjectFields.of(node, path, findings, true, FIELDS);
        String id = allowed(f, "id", f.string("id", true), Names::checkTriggerId);
        String symbol = allowed(f, "symbol", f.string("symbol", true), Names::checkSymbol);
        Timeframe timeframe = f.choice("timeframe", true, Timeframe::fromLabel, TIMEFRAMES);
        Direction direction = f.choice("direction", true, Direction::fromWire, DIRECTIONS);
        boolean categoryGiven = f.isPresent("category");
        Category category = categoryGiven ? f.choice("category", false, Category::fromWire, CATEGORIES)
                : Category.OTHER;
        ConfidenceGrade grade = f.choice("confidence_grade", false, ConfidenceGrade::fromWire, GRADES);
        Double stopLoss = f.number("stop_loss_pct", NumberRange.NON_NEGATIVE);
        Double exitFraction = f.number("exit_fraction", NumberRange.FRACTION);

        // Whether entry_rule is used depends on direction and category; without both known,
        // further checks would only echo the problem already reported.
        boolean shapeKnown = direction != null && category != null;
        boolean opensPositions = shapeKnown && direction != Direction.EXIT && !category.isExitOnly();
        boolean exitOnly = shapeKnown && !opensPositions;

        String entryRule = null;
        if (f.isPresent("entry_rule") && exitOnly) {
            if (f.string("entry_rule", false) != null) {
                findings.warning(f.at("entry_rule"), category.isExitOnly()
                        ? "ignored: " + category.wire() + " triggers are exit-only and never open positions"
                        : "ignored: exit triggers never open positions");
            }
        } else {
            entryRule = rules.read(f, "entry_rule");
            if (opensPositions && !f.isPresent("entry_rule")) {
                findings.error(f.at("entry_rule"), "required field is missing: " + direction.wire()
                        + " triggers need an entry_rule");
            }
        }

        String exitRule = rules.read(f, "exit_rule");
        if (exitOnly && !f.isPresent("exit_rule")) {
            String who = category.isExitOnly() ? category.wire() : "exit";
            findings.error(f.at("exit_rule"), "required field is missing: " + who + " triggers need an exit_rule");
        }

        String holdRule = rules.read(f, "hold_rule");
        if (holdRule != null && category == Category.EMERGENCY_EXIT) {
            findings.warning(f.at("hold_rule"), "has no effect: emergency_exit triggers bypass hold_rule");
        }

        // plans that load but would quietly do something other than their author meant (SPEC §2.1)
        if (direction == Direction.EXIT && !categoryGiven) {
            findings.warning(f.at("category"), "absent: this exit trigger runs as a normal exit (category other);"
                    + " if it is a de-risk step, name it risk_reduce, risk_off or emergency_exit");
        }
        if (category == Category.RISK_REDUCE && !f.isPresent("exit_fraction")) {
            findings.warning(f.at("exit_fraction"), "absent: this risk_reduce closes the whole position;"
                    + " give an exit_fraction (0.25 to 0.5 is typical) to trim it");
        }

        if (f.isPresent("exit_fraction") && category != null) {
            if (category.alwaysFlattens()) {
                findings.error(f.at("exit_fraction"), "not allowed on " + category.wire()
                        + " triggers: they always close the whole position");
            } else if (!f.isPresent("exit_rule")) {
                findings.warning(f.at("exit_fraction"),
                        "has no effect: this trigger has no exit_rule (exit_fraction only applies to exits)");
            }
        }

        if (id == null || symbol == null || timeframe == null || direction == null || category == null) return null;
        return new Trigger(id, symbol, timeframe, direction, category, grade, entryRule, exitRule, holdRule,
                stopLoss, exitFraction);
    }
}
