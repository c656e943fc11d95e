package com.ladderbench.core.rules;

/** What a name in a rule refers to: a series value or a piece of position state. */
public sealed interface Identifier permits SeriesRef, PositionRef {}
