package com.ladderbench.model;

import java.util.Optional;

/** Strategist confidence of a trigger; A is highest. An absent grade ranks below C. */
public enum ConfidenceGrade {
    A, B, C;

    /** Higher is more confident: A=3, B=2, C=1; null (absent) = 0. */
    public static int rank(ConfidenceGrade g) {
        return g == null ? 0 : 3 - g.ordinal();
    }

    /** True when {@code grade} is at or above {@code threshold}; a null threshold means never. */
    public static boolean meets(ConfidenceGrade grade, ConfidenceGrade threshold) {
        return threshold != null && rank(grade) >= rank(threshold);
    }

    public static Optional<ConfidenceGrade> fromWire(String s) {
        switch (s) {
            case "A": return Optional.of(A);
            case "B": return Optional.of(B);
            case "C": return Optional.of(C);
            default: return Optional.empty();
        }
    }
}
