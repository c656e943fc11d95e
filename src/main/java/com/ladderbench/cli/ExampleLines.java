package com.ladderbench.cli;

import java.util.ArrayList;
import java.util.List;

/** Breaks a long example command into shell continuation lines, only before an option, so it can be pasted. */
final class ExampleLines {
    private static final String CONTINUATION_INDENT = "      ";

    private ExampleLines() {
    }

    static List<String> wrap(String line, int width) {
        if (line.length() <= width) return List.of(line);
        // units: the command words, then each option with its values; a break only falls between units
        List<String> units = new ArrayList<>();
        for (String token : words(line)) {
            if (token.startsWith("--") || units.isEmpty()) {
                units.add(token);
            } else {
                units.set(units.size() - 1, units.get(units.size() - 1) + " " + token);
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder(line.substring(0, line.indexOf(line.strip()))).append(units.get(0));
        for (String unit : units.subList(1, units.size())) {
            if (current.length() + 1 + unit.length() + 2 > width) {
                out.add(current.append(" \\").toString());
                current = new StringBuilder(CONTINUATION_INDENT).append(unit);
            } else {
                current.append(' ').append(unit);
            }
        }
        out.add(current.toString());
        return out;
    }

    /** The words between runs of spaces; by hand rather than split(" +"), whose regex costs every command's start-up. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && line.charAt(i) == ' ') i++;
            int start = i;
            while (i < line.length() && line.charAt(i) != ' ') i++;
            if (i > start) words.add(line.substring(start, i));
        }
        return words;
    }
}
