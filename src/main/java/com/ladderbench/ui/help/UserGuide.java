package com.ladderbench.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The user guide as shipped in the jar: the build copies {@code docs/guide/} to the classpath
 * folder {@code guide/}, so Help shows the same text from a clone and from the jar alone.
 */
public final class UserGuide {
    /** Where the build puts {@code docs/guide/index.md}. */
    public static final String RESOURCE = "guide/index.md";

    private UserGuide() {
    }

    /** The guide's Markdown text, or a sentence saying where to find it when this build lacks it. */
    public static String text() {
        return text(UserGuide.class.getClassLoader(), RESOURCE);
    }

    static String text(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in != null) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return missing(resource, e.getMessage());
        }
        return missing(resource, "not in this build");
    }

    private static String missing(String resource, String why) {
        return "The user guide (" + resource + ") could not be read: " + why + ".\n\n"
                + "It is docs/guide/index.md in the Ladderbench source tree; README.md has the essentials.";
    }
}
