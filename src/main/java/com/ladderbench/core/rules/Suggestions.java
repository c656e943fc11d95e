package com.ladderbench.core.rules;

import com.ladderbench.core.text.EditDistance;
import java.util.ArrayList;
import java.util.List;

/** "Did you mean" for unknown identifiers: the nearest known name by edit distance, if close enough. */
final class Suggestions {
    private static final int MAX_NAME = 64;

    private Suggestions() {}

    /** The closest known name, or null when nothing is close. */
    static String closest(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME) return null;
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        int limit = name.length() <= 4 ? 1 : name.length() <= 8 ? 2 : 3;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates(lower)) {
            // case differences count as nothing: 'Close' -> 'close'
            int d = distance(lower, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /** Fixed names, position state, and periodic names built from the digits in the unknown name ('rsi14' -> 'rsi_14'). */
    private static List<String> candidates(String name) {
        List<String> out = new ArrayList<>(Identifiers.SERIES_NAMES);
        for (PositionField f : PositionField.values()) out.add(f.ruleName());
        String digits = trailingDigits(name);
        if (!digits.isEmpty() && digits.length() <= 6) {
            for (String prefix : Identifiers.PERIODIC_PREFIXES) out.add(prefix + "_" + digits);
        }
        return out;
    }

    private static String trailingDigits(String name) {
        int i = name.length();
        while (i > 0 && Character.isDigit(name.charAt(i - 1))) i--;
        String digits = name.substring(i);
        // strip leading zeros so 'sma007' suggests 'sma_7'
        int z = 0;
        while (z < digits.length() - 1 && digits.charAt(z) == '0') z++;
        return digits.substring(z);
    }

    static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }
}
