package com.ladderbench.model;

/**
 * One problem with an input, located precisely enough to fix: a file plus either a JSON path
 * ({@code triggers[3].exit_rule}) or a line number.
 *
 * @param file the input's name as the user gave it, or null for pasted text
 * @param location a JSON path, {@code line N}, or null
 * @param message what is wrong, e.g. {@code col 14: unknown identifier 'rsi14'}
 */
public record Problem(String file, String location, String message) {

    /** {@code plan.json: triggers[3].exit_rule: col 14: unknown identifier 'rsi14'}. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append(file).append(": ");
        if (location != null && !location.isEmpty()) sb.append(location).append(": ");
        sb.append(message);
        return sb.toString();
    }

    @Override
    public String toString() { return render(); }
}
