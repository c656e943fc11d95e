package com.ladderbench.core.rules;

import java.util.Objects;

/** A reference to position state ({@code is_long}, {@code bars_in_position}, ...). */
public record PositionRef(PositionField field) implements Identifier {
    public PositionRef {
        Objects.requireNonNull(field, "field");
    }
}
