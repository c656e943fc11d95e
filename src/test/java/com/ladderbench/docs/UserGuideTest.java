package com.ladderbench.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.cli.LadderbenchCommand;
import com.ladderbench.core.analysis.MetricField;
import com.ladderbench.core.compare.BaselineMode;
import com.ladderbench.core.plan.RunConfigLoader;
import com.ladderbench.core.rules.Identifiers;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.Timeframe;
import com.ladderbench.ui.screenshot.ScreenshotCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The user guide in docs/guide cannot go stale: every name a user can meet (config field, event,
 * rule identifier, metric, command and option) is read from the code and must appear in it.
 */
class UserGuideTest {
    private static final Path GUIDE = Path.of("docs", "guide");
    private static String page(String name) throws IOException {
        return Files.readString(GUIDE.resolve(name));
    }

    private static String all;

    @BeforeAll
    static void readTheGuide() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> pages = Files.list(GUIDE)) {
            for (Path p : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                sb.append(Files.readString(p)).append('\n');
            }
        }
        all = sb.toString();
    }

    private static void assertAllIn(String where, String text, List<String> names, String kind) {
        List<String> missing = names.stream().filter(n -> !text.contains("`" + n + "`")).toList();
        assertTrue(missing.isEmpty(), kind + " not described in " + where + " (as `name`): " + missing);
    }

    @Test
    void everyConfigFieldIsInTheConfigurationPage() throws IOException {
        assertAllIn("configuration.md", page("configuration.md"), RunConfigLoader.fields(), "config fields");
    }

    @Test
    void everyEventNameIsExplainedInTheOutputsPage() throws IOException {
        List<String> names = Stream.of(BlockReason.values()).map(BlockReason::wire).toList();
        assertAllIn("outputs.md", page("outputs.md"), names, "event names");
    }

    @Test
    void everyRuleIdentifierIsInTheRulesPage() throws IOException {
        assertAllIn("rules.md", page("rules.md"), Identifiers.catalogue(), "rule identifiers");
    }

    @Test
    void everyMetricIsInTheOutputsPage() throws IOException {
        assertAllIn("outputs.md", page("outputs.md"), Stream.of(MetricField.values()).map(MetricField::wire).toList(),
                "metrics");
    }

    @Test
    void everyCategoryTimeframeAndBaselineModeIsNamed() {
        List<String> names = new ArrayList<>();
        Stream.of(Category.values()).map(Category::wire).forEach(names::add);
        Stream.of(BaselineMode.values()).map(BaselineMode::wire).forEach(names::add);
        assertAllIn("the guide", all, names, "categories and baseline modes");
        for (Timeframe tf : Timeframe.values()) {
            assertTrue(all.contains(" " + tf.label() + " ") || all.contains(" " + tf.label() + "`")
                    || all.contains("`" + tf.label() + " "), "timeframe " + tf.label());
        }
    }

    @Test
    void everyCommandHasASectionListingEachOfItsOptions() throws IOException {
        String cli = page("command-line.md");
        CommandLine tree = LadderbenchCommand.commandLine(List.of(new ScreenshotCommand()));
        List<String> missing = new ArrayList<>();
        for (var e : tree.getSubcommands().entrySet()) {
            if (e.getValue().getCommandSpec().helpCommand()) continue;
            if (!cli.contains("\n## " + e.getKey() + "\n")) {
                missing.add("section ## " + e.getKey());
                continue;
            }
            for (OptionSpec o : e.getValue().getCommandSpec().options()) {
                if (o.usageHelp() || o.versionHelp()) continue;
                if (!cli.contains("`" + o.longestName())) missing.add(e.getKey() + " " + o.longestName());
            }
        }
        assertTrue(missing.isEmpty(), "not in command-line.md: " + missing);
    }

    @Test
    void theIndexLinksEveryPageIncludingTheRealDataPage() throws IOException {
        String index = page("index.md");
        try (Stream<Path> pages = Files.list(GUIDE)) {
            for (Path p : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                String name = p.getFileName().toString();
                if (!name.equals("index.md")) assertTrue(index.contains("(" + name + ")"), "index links " + name);
            }
        }
        assertTrue(index.contains("(real-data.md)"), "index links real-data.md");
    }

    @Test
    void theReadmeLinksTheGuideAndNamesGtk3() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("docs/guide/index.md"), "README links the guide");
        assertTrue(readme.contains("GTK 3"), "README says the workbench needs GTK 3 on Linux");
    }
}
