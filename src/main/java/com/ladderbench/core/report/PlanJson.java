package com.ladderbench.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Trigger;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Plans and run configurations written back in their input format (SPEC §2.1, §2.3): for the
 * record in result.json, for variants, and for checksums. Absent optional fields are left out,
 * so a written plan loads again unchanged.
 */
public final class PlanJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Compact output with Jackson's defaults, as a default ObjectMapper writes. */
    private static final JsonFactory COMPACT = new JsonFactory();

    private PlanJson() {
    }

    public static ObjectNode toJson(Plan plan) {
        ObjectNode o = F.objectNode();
        o.put("plan_id", plan.planId());
        if (plan.regime() != null) o.put("regime", plan.regime().wire());
        ArrayNode triggers = o.putArray("triggers");
        for (Trigger t : plan.triggers()) triggers.add(toJson(t));
        RiskConstraints rc = plan.riskConstraints();
        if (!rc.equals(RiskConstraints.NONE)) {
            ObjectNode r = o.putObject("risk_constraints");
            putIf(r, "max_position_risk_pct", rc.maxPositionRiskPct());
            putIf(r, "max_symbol_exposure_pct", rc.maxSymbolExposurePct());
            putIf(r, "max_portfolio_exposure_pct", rc.maxPortfolioExposurePct());
            putIf(r, "max_daily_loss_pct", rc.maxDailyLossPct());
        }
        if (!plan.sizingRules().isEmpty()) {
            ArrayNode rules = o.putArray("sizing_rules");
            for (SizingRule s : plan.sizingRules()) {
                ObjectNode r = rules.addObject();
                r.put("symbol", s.symbol());
                r.put("sizing_mode", s.sizingMode().wire());
                putIf(r, "target_risk_pct", s.targetRiskPct());
                putIf(r, "notional", s.notional());
                putIf(r, "vol_target_annual", s.volTargetAnnual());
            }
        }
        if (plan.riskOff().regimeRule() != null || plan.riskOff().latchBars() != 0) {
            ObjectNode r = o.putObject("risk_off");
            if (plan.riskOff().regimeRule() != null) r.put("regime_rule", plan.riskOff().regimeRule());
            r.put("latch_bars", plan.riskOff().latchBars());
        }
        if (plan.generatedAt() != null) o.put("generated_at", plan.generatedAt());
        if (plan.validUntil() != null) o.put("valid_until", plan.validUntil());
        if (plan.globalView() != null) o.put("global_view", plan.globalView());
        return o;
    }

    public static ObjectNode toJson(Trigger t) {
        ObjectNode o = F.objectNode();
        o.put("id", t.id());
        o.put("symbol", t.symbol());
        o.put("timeframe", t.timeframe().label());
        o.put("direction", t.direction().wire());
        o.put("category", t.category().wire());
        if (t.confidenceGrade() != null) o.put("confidence_grade", t.confidenceGrade().name());
        if (t.entryRule() != null) o.put("entry_rule", t.entryRule());
        if (t.exitRule() != null) o.put("exit_rule", t.exitRule());
        if (t.holdRule() != null) o.put("hold_rule", t.holdRule());
        putIf(o, "stop_loss_pct", t.stopLossPct());
        putIf(o, "exit_fraction", t.exitFraction());
        return o;
    }

    public static ObjectNode toJson(RunConfig c) {
        ObjectNode o = F.objectNode();
        o.put("initial_cash", c.initialCash());
        o.put("fee_bps", c.feeBps());
        o.put("slippage_bps", c.slippageBps());
        o.put("fill_model", c.fillModel().wire());
        o.put("min_hold_bars", c.minHoldBars());
        o.put("trade_cooldown_bars", c.tradeCooldownBars());
        if (c.confidenceOverrideThreshold() == null) {
            o.putNull("confidence_override_threshold");
        } else {
            o.put("confidence_override_threshold", c.confidenceOverrideThreshold().name());
        }
        putOrNull(o, "max_spread_bps", c.maxSpreadBps());
        putOrNull(o, "max_participation", c.maxParticipation());
        o.put("min_trade_qty", c.minTradeQty());
        o.put("min_trade_notional", c.minTradeNotional());
        o.put("lot_size", c.lotSize());
        o.put("stale_gap_bars", c.staleGapBars());
        o.put("allow_scale_in", c.allowScaleIn());
        o.put("allow_short", c.allowShort());
        o.put("whipsaw_window_bars", c.whipsawWindowBars());
        return o;
    }

    /** One compact, key-ordered rendering, the input of the plan checksum. */
    public static String canonical(Plan plan) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = COMPACT.createGenerator(text)) {
            JsonTrees.writeSorted(g, toJson(plan));
        } catch (IOException e) {
            throw new IllegalStateException("a plan tree always serialises", e);
        }
        return text.toString();
    }

    private static void putIf(ObjectNode o, String name, Double v) {
        if (v != null) o.put(name, v);
    }

    private static void putOrNull(ObjectNode o, String name, Double v) {
        if (v == null) {
            o.putNull(name);
        } else {
            o.put(name, v);
        }
    }
}
