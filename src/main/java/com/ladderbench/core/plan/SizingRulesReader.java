package com.ladderbench.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates a plan's {@code sizing_rules}: one rule per symbol, each with its mode's own parameter. */
final class SizingRulesReader {
    static final List<String> FIELDS = List.of("symbol", "sizing_mode", "target_risk_pct", "notional",
            "vol_target_annual");

    private static final List<String> MODES = Arrays.stream(SizingMode.values()).map(SizingMode::wire).toList();

    private final Findings findings;

    SizingRulesReader(Findings findings) {
        this.findings = findings;
    }

    /**
     * @param tradedSymbols symbols the plan's triggers name; a rule for any other symbol is unused
     */
    List<SizingRule> read(ArrayNode array, JsonPath path, Set<String> tradedSymbols) {
        List<SizingRule> rules = new ArrayList<>();
        Map<String, JsonPath> firstBySymbol = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            JsonPath at = path.index(i);
            if (!element.isObject()) {
                findings.error(at, "must be an object, got " + ObjectFields.typeName(element));
                continue;
            }
            SizingRule rule = readOne((ObjectNode) element, at);
            if (rule == null) continue;
            JsonPath symbolAt = at.field("symbol");
            JsonPath first = firstBySymbol.putIfAbsent(rule.symbol(), symbolAt);
            if (first != null) {
                findings.error(symbolAt, "a second sizing rule for '" + rule.symbol() + "' (the first is at "
                        + first.render() + "): one rule per symbol");
                continue;
            }
            if (!tradedSymbols.contains(rule.symbol())) {
                findings.warning(symbolAt, "unused: no trigger trades '" + rule.symbol() + "'");
            }
            rules.add(rule);
        }
        return rules;
    }

    private SizingRule readOne(ObjectNode node, JsonPath path) {
        ObjectFields f = ObjectFields.of(node, path, findings, true, FIELDS);
        String symbol = f.string("symbol", true);
        if (symbol != null) {
            java.util.Optional<String> bad = com.ladderbench.core.text.Names.checkSymbol(symbol);
            if (bad.isPresent()) {
                findings.error(f.at("symbol"), bad.get());
                symbol = null;
            }
        }
        SizingMode mode = f.choice("sizing_mode", true, SizingMode::fromWire, MODES);
        Double targetRisk = f.number("target_risk_pct", NumberRange.POSITIVE);
        Double notional = f.number("notional", NumberRange.POSITIVE);
        Double volTarget = f.number("vol_target_annual", NumberRange.POSITIVE);
        if (mode == null) return null;

        String own = ownField(mode);
        if (!f.isPresent(own)) {
            findings.error(f.at(own), "required field is missing: sizing_mode " + mode.wire() + " needs " + own);
        }
        for (String other : List.of("target_risk_pct", "notional", "vol_target_annual")) {
            if (!other.equals(own) && f.isPresent(other)) {
                findings.warning(f.at(other), "ignored: sizing_mode " + mode.wire() + " uses " + own);
            }
        }
        if (symbol == null) return null;
        return new SizingRule(symbol, mode, targetRisk, notional, volTarget);
    }

    private static String ownField(SizingMode mode) {
        switch (mode) {
            case FIXED_FRACTION: return "target_risk_pct";
            case NOTIONAL: return "notional";
            default: return "vol_target_annual";
        }
    }
}
