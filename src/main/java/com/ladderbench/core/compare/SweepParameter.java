package com.ladderbench.core.compare;

import com.ladderbench.model.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** One axis of a sweep: {@code PATH=V1,V2,...}. */
public record SweepParameter(String path, List<String> values) {

    public SweepParameter {
        values = List.copyOf(values);
    }

    public static SweepParameter parse(String text) throws InvalidInputException {
        String where = "--param " + text;
        ParameterOverride o = ParameterOverride.parse(text, where);
        List<String> values = new ArrayList<>();
        for (String v : o.value().split(",")) {
            if (v.isBlank()) throw InvalidInputException.of(null, where, "empty value in the list '" + o.value() + "'");
            values.add(v.trim());
        }
        return new SweepParameter(o.path(), values);
    }
}
