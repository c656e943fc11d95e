package com.ladderbench.core.engine;

import com.ladderbench.core.ledger.LotSize;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;

/**
 * Target position sizes for entries (SPEC §4 step 4): the symbol's sizing rule, then the
 * exposure caps. All percentages are of current (marked) equity.
 *
 * <p>Symbols without a sizing rule use fixed_fraction at {@value #DEFAULT_RISK_PCT} %.
 */
final class Sizing {
    static final double DEFAULT_RISK_PCT = com.ladderbench.model.SizingRule.DEFAULT_TARGET_RISK_PCT;
    static final int CAP_NONE = 0;
    static final int CAP_SYMBOL = 1;
    static final int CAP_PORTFOLIO = 2;
    static final int CAP_RISK = 3;
    /** Returned by {@link #targetLots} when vol_target sizing has no volatility yet. */
    static final long MISSING_VOL = -1;
    /** Returned by {@link #settledTargetLots} when the target is not the same over the whole interval. */
    static final long UNSETTLED = -2;
    /**
     * The largest position the engine takes, in lots: a quarter of the 64-bit range, so a reversal
     * (position + target) and the ledger's sums can never overflow.
     */
    static final long MAX_POSITION_LOTS = Long.MAX_VALUE / 4;

    private final SizingRule[] rules;
    private final double[][] annualVol;
    private final RiskConstraints caps;
    private final LotSize lotSize;
    /** The cap that bound the last target, CAP_NONE if none did. Read right after targetLots. */
    private int lastCap;
    /**
     * Every percentage and volatility target is at least zero: each step from equity to a quantity
     * (times or over a non-negative number, minus a constant, the least of such) then keeps the order of
     * equities, as rounding keeps it, and so does flooring to lots. A plan loaded from a file always is.
     */
    private final boolean growsWithEquity;

    /**
     * @param rules per symbol index, null for the default
     * @param annualVol per symbol index, the annualised realized volatility of the base series for
     *     vol_target rules (null otherwise)
     */
    Sizing(SizingRule[] rules, double[][] annualVol, RiskConstraints caps, LotSize lotSize) {
        this.rules = rules;
        this.annualVol = annualVol;
        this.caps = caps;
        this.lotSize = lotSize;
        boolean grows = notNegative(caps.maxSymbolExposurePct()) && notNegative(caps.maxPortfolioExposurePct())
                && notNegative(caps.maxPositionRiskPct());
        for (SizingRule r : rules) {
            if (r != null) grows &= notNegative(r.targetRiskPct()) && notNegative(r.volTargetAnnual());
        }
        this.growsWithEquity = grows;
    }

    private static boolean notNegative(Double v) {
        return v == null || v >= 0;
    }

    int lastCap() { return lastCap; }

    /** Whether {@link #targetLots} reads its otherExposure argument (only a portfolio cap does). */
    boolean readsOtherExposure() { return caps.maxPortfolioExposurePct() != null; }

    /**
     * Target absolute position in lots for an entry on {@code symbol} at base bar {@code bar}.
     *
     * @param stopLossPct the trigger's stop in percent, NaN without one
     * @param otherExposure absolute notional of every other symbol's position
     */
    long targetLots(int symbol, int bar, double price, double equity, double stopLossPct, double otherExposure) {
        double qty = cappedQty(symbol, bar, price, equity, stopLossPct, otherExposure);
        // NaN only from a volatility still warming up: a cap never replaces a NaN
        if (Double.isNaN(qty)) return MISSING_VOL;
        if (qty / lotSize.lotSize() > MAX_POSITION_LOTS) throw new TooManyLotsException(qty, price, lotSize);
        return lotSize.toLotsFloor(qty);
    }

    /**
     * The {@link #targetLots} for every equity from {@code low} to {@code high}, when it is the same
     * positive number of lots at both ends (then it is at every equity between: the target never falls
     * as equity rises); {@link #UNSETTLED} otherwise, and whenever an end is at or below zero, an end has
     * too many lots, or the plan has a negative percentage. {@link #lastCap} is not to be read after it.
     */
    long settledTargetLots(int symbol, int bar, double price, double low, double high, double stopLossPct,
            double otherExposure) {
        if (!growsWithEquity || !(low > 0)) return UNSETTLED;
        double highQty = cappedQty(symbol, bar, price, high, stopLossPct, otherExposure);
        // NaN fails this too (a volatility warming up)
        if (!(highQty / lotSize.lotSize() <= MAX_POSITION_LOTS)) return UNSETTLED;
        long target = lotSize.toLotsFloor(highQty);
        if (target <= 0 || lotSize.toLotsFloor(cappedQty(symbol, bar, price, low, stopLossPct, otherExposure)) != target) {
            return UNSETTLED;
        }
        return target;
    }

    /** The target quantity after the caps (0 at no equity or price; NaN while the volatility warms up). */
    private double cappedQty(int symbol, int bar, double price, double equity, double stopLossPct,
            double otherExposure) {
        lastCap = CAP_NONE;
        if (equity <= 0 || price <= 0) return 0;
        double qty = uncappedQty(symbol, bar, price, equity, stopLossPct);
        if (caps.maxSymbolExposurePct() != null) {
            qty = cap(qty, caps.maxSymbolExposurePct() / 100.0 * equity / price, CAP_SYMBOL);
        }
        if (caps.maxPortfolioExposurePct() != null) {
            double room = caps.maxPortfolioExposurePct() / 100.0 * equity - otherExposure;
            qty = cap(qty, Math.max(0, room) / price, CAP_PORTFOLIO);
        }
        if (caps.maxPositionRiskPct() != null && stopLossPct > 0) {
            qty = cap(qty, caps.maxPositionRiskPct() / 100.0 * equity / (price * stopLossPct / 100.0), CAP_RISK);
        }
        return qty;
    }

    /** A target position the lot grid cannot count: the lot size is far too fine for the price. */
    static final class TooManyLotsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyLotsException(double qty, double price, LotSize lotSize) {
            super("a position of " + EventLog.num(qty) + " units at price " + EventLog.num(price) + " is more than "
                    + MAX_POSITION_LOTS + " lots of " + EventLog.num(lotSize.lotSize())
                    + "; set a lot_size of at least " + EventLog.num(suggested(qty)));
        }

        /** A power of ten that counts the position in at most about 1e15 lots. */
        private static double suggested(double qty) {
            return Math.pow(10, Math.ceil(Math.log10(qty / 1e15)));
        }
    }

    private double uncappedQty(int symbol, int bar, double price, double equity, double stopLossPct) {
        SizingRule rule = rules[symbol];
        SizingMode mode = rule == null ? SizingMode.FIXED_FRACTION : rule.sizingMode();
        switch (mode) {
            case NOTIONAL:
                return rule.notional() / price;
            case VOL_TARGET: {
                double vol = annualVol[symbol][bar];
                if (Double.isNaN(vol)) return Double.NaN;
                if (vol <= 0) return 0;
                return rule.volTargetAnnual() / vol * equity / price;
            }
            default: {
                double pct = rule == null || rule.targetRiskPct() == null ? DEFAULT_RISK_PCT : rule.targetRiskPct();
                double riskBudget = pct / 100.0 * equity;
                if (stopLossPct > 0) return riskBudget / (price * stopLossPct / 100.0);
                return riskBudget / price;
            }
        }
    }

    private double cap(double qty, double limit, int which) {
        if (qty > limit) {
            lastCap = which;
            return limit;
        }
        return qty;
    }

    static String capName(int cap) {
        switch (cap) {
            case CAP_SYMBOL: return "max_symbol_exposure_pct";
            case CAP_PORTFOLIO: return "max_portfolio_exposure_pct";
            case CAP_RISK: return "max_position_risk_pct";
            default: return "exposure";
        }
    }
}
