package com.ladderbench.core.compare;

import com.ladderbench.model.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A named what-if: the plan/config with overrides (SPEC §6), written
 * {@code NAME:PATH=VALUE[,PATH=VALUE]...}.
 */
public record Variant(String name, List<ParameterOverride> overrides) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public Variant {
        overrides = List.copyOf(overrides);
    }

    public static Variant parse(String text) throws InvalidInputException {
        String where = "--variant " + text;
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw InvalidInputException.of(null, where,
                    "a variant looks like NAME:PATH=VALUE[,PATH=VALUE], e.g. trim25:triggers.btc_trim.exit_fraction=0.25");
        }
        String name = text.substring(0, colon).trim();
        checkName(name, where);
        List<ParameterOverride> list = new ArrayList<>();
        java.util.Set<String> paths = new java.util.HashSet<>();
        for (String part : text.substring(colon + 1).split(",")) {
            ParameterOverride o = ParameterOverride.parse(part.trim(), where);
            if (!paths.add(o.path())) {
                throw InvalidInputException.of(null, where, "the path " + o.path() + " is set twice; set it once");
            }
            list.add(o);
        }
        return new Variant(name, list);
    }

    /** Names become directory names, so they are plain and never a side's reserved name. */
    static void checkName(String name, String where) throws InvalidInputException {
        if (!NAME.matcher(name).matches()) {
            throw InvalidInputException.of(null, where,
                    "variant name '" + name + "' must be letters, digits, '_', '-' or '.' (it names a directory)");
        }
        if (name.equals(Comparison.LADDER) || name.equals(Comparison.BASELINE)) {
            throw InvalidInputException.of(null, where, "'" + name + "' is reserved; choose another variant name");
        }
    }
}
