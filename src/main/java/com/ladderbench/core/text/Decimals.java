package com.ladderbench.core.text;

/**
 * What a number in an input file may look like: a plain decimal, {@code [+-]digits[.digits][e[+-]digits]}.
 * Java's and Jackson's parsers also take {@code 0x1p3}, {@code NaN}, {@code Infinity} or {@code 1d};
 * no spreadsheet or exchange writes those, so a cell holding one is a mistake to report, not a value.
 * Hand-written (no regex, no allocation): a data file has millions of cells.
 */
public final class Decimals {
    private Decimals() {
    }

    public static boolean isPlain(CharSequence s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        int intDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) return false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) return false;
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
