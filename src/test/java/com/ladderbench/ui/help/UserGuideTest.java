package com.ladderbench.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UserGuideTest {
    @Test
    void theGuideIsReadFromTheClasspathWhereTheBuildCopiesDocsGuide() throws Exception {
        ClassLoader loader = UserGuideTest.class.getClassLoader();
        assertEquals("# Test guide\n\nHello.\n", UserGuide.text(loader, "guide-fixture/index.md"));
        Path docs = Path.of("docs/guide/index.md");
        // the build maps docs/guide/ to guide/ on the classpath: whatever the tree holds is what Help shows
        assertEquals(Files.exists(docs), loader.getResource(UserGuide.RESOURCE) != null);
        if (Files.exists(docs)) assertEquals(Files.readString(docs), UserGuide.text());
    }

    @Test
    void aBuildWithoutTheGuideSaysWhereToFindIt() {
        String text = UserGuide.text(UserGuideTest.class.getClassLoader(), "no-such/index.md");
        assertTrue(text.contains("docs/guide/index.md"), text);
        assertTrue(text.contains("not in this build"), text);
    }

    @Test
    void aboutNamesTheBuildVersionJavaAndJavaFx() {
        AboutInfo about = new AboutInfo("1.2.3", "17.0.9 (Eclipse Adoptium)", "21.0.5");
        assertEquals("Ladderbench 1.2.3\nJava 17.0.9 (Eclipse Adoptium)\nJavaFX 21.0.5", about.render());
        AboutInfo current = AboutInfo.current();
        assertTrue(current.version().matches("\\d+\\.\\d+\\.\\d+.*"), current.version());
        assertTrue(current.java().startsWith(System.getProperty("java.version")), current.java());
    }
}
