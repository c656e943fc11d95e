package com.ladderbench.core.rules;

import com.ladderbench.core.indicators.IndicatorSpec;
import com.ladderbench.model.Timeframe;
import java.util.List;
import java.util.Optional;

/** Maps identifier names of SPEC §3 to what they refer to, and explains names that refer to nothing. */
public final class Identifiers {
    private static final String TF_PREFIX = "tf_";

    /** Named series of SPEC §3, in the order the spec lists them (also the did-you-mean candidates). */
    static final List<String> SERIES_NAMES = List.of(
            "open", "high", "low", "close", "volume",
            "sma_short", "sma_medium", "sma_long", "ema_short", "ema_medium", "ema_fast", "ema_very_fast",
            "rsi_14", "atr_14", "macd", "macd_signal", "macd_hist", "roc_short", "roc_medium",
            "realized_vol_short", "realized_vol_medium", "donchian_upper_short", "donchian_lower_short",
            "bollinger_upper", "bollinger_middle", "bollinger_lower", "volume_multiple", "vwap",
            "cycle_high_200", "cycle_low_200");

    /** Prefixes that take any period: {@code sma_N} etc. */
    static final List<String> PERIODIC_PREFIXES = List.of("sma", "ema", "rsi", "atr", "roc", "realized_vol");

    private Identifiers() {}

    /**
     * Every identifier a rule may use, as a user would look it up: the named series, the
     * any-period forms written {@code sma_N}, and the position state. {@code tf_<timeframe>_<name>}
     * wraps any of the series.
     */
    public static List<String> catalogue() {
        List<String> names = new java.util.ArrayList<>(SERIES_NAMES);
        for (String prefix : PERIODIC_PREFIXES) names.add(prefix + "_N");
        for (PositionField f : PositionField.values()) names.add(f.ruleName());
        return List.copyOf(names);
    }

    public static Optional<Identifier> resolve(String name) {
        if (name == null) return Optional.empty();
        Optional<PositionField> field = positionField(name);
        if (field.isPresent()) return Optional.of(new PositionRef(field.get()));
        if (name.startsWith(TF_PREFIX)) {
            int split = name.indexOf('_', TF_PREFIX.length());
            if (split < 0) return Optional.empty();
            Optional<Timeframe> tf = Timeframe.fromLabel(name.substring(TF_PREFIX.length(), split));
            String inner = name.substring(split + 1);
            if (tf.isEmpty() || inner.startsWith(TF_PREFIX)) return Optional.empty();
            return IndicatorSpec.parse(inner).map(spec -> new SeriesRef(tf.get(), spec));
        }
        return IndicatorSpec.parse(name).map(spec -> new SeriesRef(null, spec));
    }

    static Optional<PositionField> positionField(String name) {
        for (PositionField f : PositionField.values()) {
            if (f.ruleName().equals(name)) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** Why {@code name} (which does not resolve) is not an identifier, with a suggestion when one is close. */
    static String explainUnknown(String name) {
        String shown = Lexer.clip(name);
        if (name.startsWith(TF_PREFIX)) {
            int split = name.indexOf('_', TF_PREFIX.length());
            if (split < 0) {
                return "unknown identifier '" + shown + "' (higher timeframes are written tf_<timeframe>_<name>, e.g. tf_4h_atr_14)";
            }
            String label = name.substring(TF_PREFIX.length(), split);
            String inner = name.substring(split + 1);
            if (Timeframe.fromLabel(label).isEmpty()) {
                return "unknown timeframe '" + Lexer.clip(label) + "' in '" + shown + "' (timeframes: " + Timeframe.labels() + ")";
            }
            if (inner.startsWith(TF_PREFIX)) return "a tf_ name cannot wrap another tf_ name: '" + shown + "'";
            if (positionField(inner).isPresent()) {
                return "position state has no timeframe: write '" + inner + "', not '" + shown + "'";
            }
            String badPeriod = periodProblem(inner);
            if (badPeriod != null) return badPeriod;
            String suggestion = Suggestions.closest(inner);
            return "unknown identifier '" + shown + "'"
                    + (suggestion == null ? "" : " (did you mean '" + TF_PREFIX + label + "_" + suggestion + "'?)");
        }
        String badPeriod = periodProblem(name);
        if (badPeriod != null) return badPeriod;
        String suggestion = Suggestions.closest(name);
        return "unknown identifier '" + shown + "'" + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)");
    }

    /** A message for {@code sma_0}-like names whose only fault is the period, else null. */
    private static String periodProblem(String name) {
        for (String prefix : PERIODIC_PREFIXES) {
            if (name.length() > prefix.length() + 1 && name.startsWith(prefix + "_")) {
                String digits = name.substring(prefix.length() + 1);
                if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) continue;
                int min = prefix.equals("realized_vol") ? 2 : 1;
                return "period of '" + Lexer.clip(name) + "' must be between " + min + " and " + IndicatorSpec.MAX_PERIOD;
            }
        }
        return null;
    }
}
