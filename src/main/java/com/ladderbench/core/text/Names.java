package com.ladderbench.core.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The characters trigger ids and symbols may use (SPEC §2.1): printable ASCII without spaces;
 * ids {@code [A-Za-z0-9_.-]}, symbols {@code [A-Za-z0-9_.:/-]}. Untrusted text stays inert this
 * way: no bidi override can reorder a report line, and no zero-width character can make
 * {@code t4_entry} and {@code t4_entry\u200b} two different triggers that look the same.
 */
public final class Names {
    private Names() {
    }

    /** @return why {@code id} is not a valid trigger id, or empty when it is */
    public static Optional<String> checkTriggerId(String id) {
        return check(id, "", "letters, digits, '_', '.' and '-'");
    }

    /** @return why {@code symbol} is not a valid symbol, or empty when it is */
    public static Optional<String> checkSymbol(String symbol) {
        return check(symbol, ":/", "letters, digits, '_', '.', '-', ':' and '/'");
    }

    private static Optional<String> check(String s, String extra, String allowed) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')
                    || cp == '_' || cp == '.' || cp == '-' || (cp < 128 && extra.indexOf(cp) >= 0);
            if (!ok) {
                return Optional.of("contains " + describe(cp) + " at position " + (i + 1) + "; use only " + allowed);
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    /** {@code 'x'} for a visible ASCII character, {@code U+200B (zero-width)} for anything else. */
    static String describe(int cp) {
        if (cp == ' ') return "a space";
        if (cp > ' ' && cp < 127) return "'" + (char) cp + "'";
        String name = Character.getName(cp);
        String code = String.format(Locale.ROOT, "U+%04X", cp);
        return name == null ? code : code + " (" + name.toLowerCase(Locale.ROOT) + ")";
    }
}
