package com.ladderbench.core.compare;

import com.ladderbench.model.InvalidInputException;

/**
 * One what-if change addressed by path (SPEC §6): {@code config.min_hold_bars=8},
 * {@code triggers.btc_trim.exit_fraction=0.25}, {@code plan.risk_off.latch_bars=6}.
 * Serializable: a distributed sweep ships each point's overrides to the task that applies them.
 *
 * @param path as written, e.g. {@code triggers.btc_trim.exit_fraction}
 * @param value the raw text after '=': a JSON literal (8, 0.25, true, null, "text") or plain text
 */
public record ParameterOverride(String path, String value) implements java.io.Serializable {

    /** Parses {@code PATH=VALUE}; {@code where} names the option for messages. */
    public static ParameterOverride parse(String text, String where) throws InvalidInputException {
        int eq = text.indexOf('=');
        if (eq <= 0 || text.substring(0, eq).isBlank()) {
            throw InvalidInputException.of(null, where,
                    "'" + text + "' must look like PATH=VALUE, e.g. config.min_hold_bars=8");
        }
        return new ParameterOverride(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
    }

    public String render() { return path + "=" + value; }
}
