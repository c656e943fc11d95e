package com.ladderbench.core.rules;

/** Static type of a sub-expression. ERROR marks a sub-expression already reported, to avoid cascades. */
enum RuleType {
    NUMBER("a number"),
    CONDITION("a condition"),
    /** The {@code position} identifier: only comparable with 'flat' | 'long' | 'short'. */
    POSITION("'position' (compare it: position == 'long')"),
    TEXT("text"),
    NONE("none"),
    ERROR("an error");

    private final String description;

    RuleType(String description) {
        this.description = description;
    }

    String description() { return description; }

    boolean isNumeric() { return this == NUMBER || this == NONE; }
}
