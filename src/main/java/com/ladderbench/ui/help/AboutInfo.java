package com.ladderbench.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What Help ▸ About says: the Ladderbench version (filled in by the build), and the Java and
 * JavaFX runtimes it runs on, which is what a bug report needs first.
 */
public record AboutInfo(String version, String java, String javafx) {

    public static AboutInfo current() {
        return new AboutInfo(buildVersion(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                String.valueOf(System.getProperty("javafx.runtime.version", "unknown")));
    }

    private static String buildVersion() {
        Properties p = new Properties();
        try (InputStream in = AboutInfo.class.getResourceAsStream("about.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        String v = p.getProperty("version");
        // an unfiltered placeholder means the resources were not processed by the build
        return v == null || v.startsWith("${") ? "unknown" : v;
    }

    /** The About text, one fact per line. */
    public String render() {
        return "Ladderbench " + version + "\nJava " + java + "\nJavaFX " + javafx;
    }
}
