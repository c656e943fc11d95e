package com.ladderbench.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.Regime;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RiskOffSettings;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Trigger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads and validates a strategy plan (SPEC §2.1). Every problem in the document is reported at
 * once, in document order, each at its JSON path; rule expressions are checked by the injected
 * {@link ExpressionChecker}. An {@code entry_rule} on an exit-only trigger is not checked, since
 * it is ignored.
 */
public final class PlanLoader {
    static final List<String> FIELDS = List.of("plan_id", "regime", "triggers", "risk_constraints", "sizing_rules",
            "risk_off", "generated_at", "valid_until", "global_view");
    static final List<String> RISK_CONSTRAINT_FIELDS = List.of("max_position_risk_pct", "max_symbol_exposure_pct",
            "max_portfolio_exposure_pct", "max_daily_loss_pct");
    static final List<String> RISK_OFF_FIELDS = List.of("regime_rule", "latch_bars");

    private static final List<String> REGIMES = Arrays.stream(Regime.values()).map(Regime::wire).toList();

    private final ExpressionChecker checker;

    public PlanLoader(ExpressionChecker checker) {
        this.checker = java.util.Objects.requireNonNull(checker, "checker");
    }

    /** Loads a plan file; problems name the file as given. */
    public LoadedPlan load(Path file) throws InvalidInputException {
        return parse(JsonDocument.readText(file), file.toString());
    }

    /**
     * Validates plan text, e.g. pasted into the workbench.
     *
     * @param sourceName what problems name as their file; null for none
     * @throws InvalidInputException carrying every error (warnings are only returned with a valid plan)
     */
    public LoadedPlan parse(String json, String sourceName) throws InvalidInputException {
        ObjectNode root = JsonDocument.parseObject(json, sourceName, "a plan");
        Findings findings = new Findings();
        Plan plan = readPlan(root, findings);
        if (findings.hasErrors() || plan == null) {
            throw new InvalidInputException(findings.errors(sourceName, root));
        }
        return new LoadedPlan(plan, findings.warnings(sourceName, root));
    }

    private Plan readPlan(ObjectNode root, Findings findings) {
        ObjectFields f = ObjectFields.of(root, JsonPath.ROOT, findings, true, FIELDS);
        RuleFields rules = new RuleFields(checker, findings);
        String planId = f.string("plan_id", true);
        Regime regime = f.choice("regime", false, Regime::fromWire, REGIMES);
        List<Trigger> triggers = readTriggers(f, findings, rules);
        RiskConstraints constraints = readRiskConstraints(f, findings);
        List<SizingRule> sizing = List.of();
        ArrayNode sizingArray = f.array("sizing_rules", false);
        if (sizingArray != null) {
            sizing = new SizingRulesReader(findings).read(sizingArray, f.at("sizing_rules"), tradedSymbols(f));
        }
        RiskOffSettings riskOff = readRiskOff(f, findings, rules);
        if (triggers != null) warnUnsizedSymbols(triggers, sizing, f, findings);
        String generatedAt = f.string("generated_at", false);
        String validUntil = f.string("valid_until", false);
        String globalView = f.string("global_view", false);
        if (findings.hasErrors() || planId == null || triggers == null) return null;
        return new Plan(planId, regime, triggers, constraints, sizing, riskOff, generatedAt, validUntil, globalView);
    }

    /** The triggers in plan order (the order breaks confidence ties), or null when the array is unusable. */
    private static List<Trigger> readTriggers(ObjectFields f, Findings findings, RuleFields rules) {
        ArrayNode array = f.array("triggers", true);
        if (array == null) return null;
        if (array.isEmpty()) {
            findings.error(f.at("triggers"), "must contain at least one trigger");
            return null;
        }
        TriggerReader reader = new TriggerReader(findings, rules);
        List<Trigger> triggers = new ArrayList<>();
        Map<String, JsonPath> firstById = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            JsonPath at = f.at("triggers").index(i);
            if (!element.isObject()) {
                findings.error(at, "must be an object, got " + ObjectFields.typeName(element));
                continue;
            }
            Trigger t = reader.read((ObjectNode) element, at);
            // ids are compared even when a trigger has other problems, so a duplicate is never hidden
            JsonNode id = element.get("id");
            if (id != null && id.isTextual() && !id.asText().isBlank()) {
                JsonPath first = firstById.putIfAbsent(id.asText(), at.field("id"));
                if (first != null) {
                    findings.error(at.field("id"), "duplicate trigger id '" + id.asText() + "', also used at "
                            + first.render() + ": ids must be unique");
                }
            }
            if (t != null) triggers.add(t);
        }
        return triggers;
    }

    /** A symbol entered with no sizing rule is sized by the default; say so, once, at its first entry trigger. */
    private static void warnUnsizedSymbols(List<Trigger> triggers, List<SizingRule> sizing, ObjectFields f,
            Findings findings) {
        Set<String> sized = new java.util.HashSet<>();
        for (SizingRule r : sizing) sized.add(r.symbol());
        Set<String> warned = new java.util.HashSet<>();
        // warnings count only for a plan without errors, and then trigger i is triggers[i]
        for (int i = 0; i < triggers.size(); i++) {
            Trigger t = triggers.get(i);
            boolean entersPositions = t.entryRule() != null; // null for exit triggers and exit-only categories
            if (!entersPositions || sized.contains(t.symbol()) || !warned.add(t.symbol())) continue;
            findings.warning(f.at("triggers").index(i).field("symbol"), "no sizing rule for '" + t.symbol()
                    + "': its entries use the default, fixed_fraction with target_risk_pct "
                    + Numbers.format(SizingRule.DEFAULT_TARGET_RISK_PCT) + "; add a sizing_rules entry to choose");
        }
    }

    /** Symbols named by the triggers, read leniently: only to tell whether a sizing rule is used. */
    private static Set<String> tradedSymbols(ObjectFields f) {
        Set<String> symbols = new LinkedHashSet<>();
        JsonNode triggers = f.get("triggers");
        if (triggers != null && triggers.isArray()) {
            for (JsonNode t : triggers) {
                JsonNode s = t.get("symbol");
                if (s != null && s.isTextual()) symbols.add(s.asText());
            }
        }
        return symbols;
    }

    private static RiskConstraints readRiskConstraints(ObjectFields parent, Findings findings) {
        ObjectNode node = parent.object("risk_constraints");
        if (node == null) return RiskConstraints.NONE;
        ObjectFields f = ObjectFields.of(node, parent.at("risk_constraints"), findings, true, RISK_CONSTRAINT_FIELDS);
        return new RiskConstraints(
                f.number("max_position_risk_pct", NumberRange.NON_NEGATIVE),
                f.number("max_symbol_exposure_pct", NumberRange.NON_NEGATIVE),
                f.number("max_portfolio_exposure_pct", NumberRange.NON_NEGATIVE),
                f.number("max_daily_loss_pct", NumberRange.NON_NEGATIVE));
    }

    private static RiskOffSettings readRiskOff(ObjectFields parent, Findings findings, RuleFields rules) {
        ObjectNode node = parent.object("risk_off");
        if (node == null) return RiskOffSettings.NONE;
        ObjectFields f = ObjectFields.of(node, parent.at("risk_off"), findings, true, RISK_OFF_FIELDS);
        String regimeRule = rules.read(f, "regime_rule");
        Integer latch = f.integer("latch_bars", 0);
        return new RiskOffSettings(regimeRule, latch == null ? 0 : latch);
    }
}
