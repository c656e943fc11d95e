package com.ladderbench.cli;

import com.ladderbench.core.io.OutputTarget;
import com.ladderbench.core.prompts.StrategistPrompts;
import com.ladderbench.model.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code prompt}: the strategist prompt with the plan schema and one strategy's guidance filled in,
 * the same text the workbench's "Copy prompt" button copies (both call {@link StrategistPrompts}).
 */
@Command(name = "prompt", description = "Print the strategist prompt (plan schema and strategy guidance filled in)"
        + " to paste into an LLM.",
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/ladderbench.jar prompt --list",
                "  java -jar target/ladderbench.jar prompt --strategy mean_reversion --out prompt.txt"})
public final class PromptCommand implements Callable<Integer> {
    /** The workbench's Plan view opens on this strategy too. */
    static final String DEFAULT_STRATEGY = "trend_following";

    @Option(names = "--strategy", paramLabel = "NAME", defaultValue = DEFAULT_STRATEGY,
            description = "the strategy whose guidance is filled in; see --list (default ${DEFAULT-VALUE})")
    String strategy;

    @Option(names = "--out", paramLabel = "FILE",
            description = "write the prompt to this file (replaced atomically) instead of standard output")
    Path out;

    @Option(names = "--list", description = "print the strategy names, one per line, and nothing else")
    boolean list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InvalidInputException, IOException {
        List<String> names = StrategistPrompts.strategies();
        if (list) {
            names.forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return LadderbenchCommand.OK;
        }
        if (!names.contains(strategy)) {
            throw InvalidInputException.of(null, "--strategy",
                    "unknown strategy '" + strategy + "'; one of " + String.join(", ", names));
        }
        String prompt = StrategistPrompts.assemble(strategy);
        if (out == null) {
            spec.commandLine().getOut().print(prompt);
            spec.commandLine().getOut().flush();
            return LadderbenchCommand.OK;
        }
        OutputTarget.file(out).writeString(prompt);
        spec.commandLine().getOut().println("prompt (" + strategy + ") -> " + out);
        spec.commandLine().getOut().flush();
        return LadderbenchCommand.OK;
    }
}
