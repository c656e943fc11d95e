package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.ui.screenshot.ScreenshotCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every command answers --help with a description of every option and an example; the model is walked. */
class HelpTest {
    /** The whole tree as the jar's launcher builds it, the workbench's screenshot command included. */
    static CommandLine tree() {
        return LadderbenchCommand.commandLine(List.of(new ScreenshotCommand()));
    }

    static Stream<String> commands() {
        return tree().getSubcommands().keySet().stream().filter(n -> !n.equals("help"));
    }

    private static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = LadderbenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                List.of(new ScreenshotCommand()), args);
        return new CliRun(status, out.toString(), err.toString());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpExitsZeroDespiteRequiredOptionsAndShowsAnExample(String command) {
        CliRun r = run(command, "--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Usage: ladderbench " + command), r.out());
        assertTrue(r.out().contains("Example"), r.out());
        assertTrue(r.out().contains("java -jar target/ladderbench.jar " + command + " "), r.out());
        assertEquals("", r.err());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpCommandPrintsTheSameUsageAsTheOption(String command) {
        CliRun viaCommand = run("help", command);
        assertEquals(0, viaCommand.status(), viaCommand.err());
        assertEquals(run(command, "--help").out(), viaCommand.out());
    }

    @Test
    void everyOptionAndPositionalOfEveryCommandHasADescription() {
        List<String> missing = new ArrayList<>();
        List<CommandSpec> specs = new ArrayList<>();
        collect(tree(), specs);
        for (CommandSpec spec : specs) {
            if (spec.usageMessage().description().length == 0) missing.add(spec.qualifiedName() + " (command)");
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec a : args) {
                String[] d = a.description();
                if (d.length == 0 || String.join("", d).isBlank()) {
                    missing.add(spec.qualifiedName() + " " + (a.isOption()
                            ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel()));
                }
            }
        }
        assertTrue(missing.isEmpty(), "no description: " + missing);
        assertTrue(specs.size() >= 11, "walked " + specs.size() + " commands");
    }

    @Test
    void everyCommandHasAnExampleFooter() {
        List<CommandSpec> specs = new ArrayList<>();
        collect(tree(), specs);
        for (CommandSpec spec : specs) {
            if (spec.helpCommand()) continue;
            assertTrue(String.join("\n", spec.usageMessage().footer()).contains("java -jar target/ladderbench.jar"),
                    spec.qualifiedName() + " has no example");
        }
    }

    private static void collect(CommandLine cl, List<CommandSpec> into) {
        into.add(cl.getCommandSpec());
        for (CommandLine sub : cl.getSubcommands().values()) collect(sub, into);
    }

    @Test
    void anUnknownOptionIsStillBadInputNotHelp() {
        CliRun r = run("bench", "--frobnicate");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Unknown option"), r.err());
    }

    @Test
    void missingRequiredOptionsWithoutHelpAreStillBadInput() {
        CliRun r = run("backtest");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Missing required options"), r.err());
        assertFalse(r.out().contains("Example"), r.out());
    }
}
