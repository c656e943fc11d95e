package com.ladderbench.model;

/**
 * One problem with an input, located precisely enough to fix: a file plus either a JSON path
 * ({@code triggers[3].exit_rule}) or a line number.
 *
 * @param file the input's name as the user gave it, or null for pasted text
 * @param location a JSON path, {@code line N}, or null
 * @param message what is wrong, e.g. {@code col 14: unknown identifier 'rsi14'}
 * @param severity an error refuses the input; a warning lets it run but says it may not do what
 *     its author meant
 */
public record Problem(String file, String location, String message, Severity severity) {

    /** How serious a problem is: whether the input is refused. */
    public enum Severity {
        ERROR("error"), WARNING("warning");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        /** {@code error} or {@code warning}: the prefix of a tagged line. */
        public String label() { return label; }
    }

    public Problem {
        java.util.Objects.requireNonNull(severity, "severity");
    }

    /** An error: the input is refused. */
    public Problem(String file, String location, String message) {
        this(file, location, message, Severity.ERROR);
    }

    public static Problem warning(String file, String location, String message) {
        return new Problem(file, location, message, Severity.WARNING);
    }

    public boolean isWarning() { return severity == Severity.WARNING; }

    /** {@code plan.json: triggers[3].exit_rule: col 14: unknown identifier 'rsi14'}. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append(file).append(": ");
        if (location != null && !location.isEmpty()) sb.append(location).append(": ");
        sb.append(message);
        return sb.toString();
    }

    /** {@code warning: plan.json: triggers[2]: ...}: the form the CLI prints and the workbench lists. */
    public String renderTagged() {
        return severity.label() + ": " + render();
    }

    @Override
    public String toString() { return render(); }
}
