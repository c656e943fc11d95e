package com.ladderbench.cli;

import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line. Exit status 0 = ok, 2 = bad input, 1 = internal error. */
@Command(name = "ladderbench", mixinStandardHelpOptions = true, version = "ladderbench 0.1.0",
        description = "Tests graduated de-risk ladders in rule-based trading plans. "
                + "Without a command, opens the workbench.",
        subcommands = {ValidateCommand.class, BacktestCommand.class, CompareCommand.class, SweepCommand.class,
                ReportCommand.class, TradesetsCommand.class, GenerateDataCommand.class, BenchCommand.class,
                BarsCommand.class})
public final class LadderbenchCommand implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs a command line and returns its exit status; never throws. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(out, err, List.of(), args);
    }

    /**
     * @param outerCommands commands from outer rings (the workbench's {@code screenshot}), which
     *     this ring may not reference itself; each must carry picocli's {@code @Command} annotation
     */
    public static int execute(PrintWriter out, PrintWriter err, List<Object> outerCommands, String... args) {
        CommandLine cl = new CommandLine(new LadderbenchCommand());
        for (Object c : outerCommands) cl.addSubcommand(c);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InvalidInputException bad) {
                for (Problem p : bad.problems()) err.println("error: " + p.render());
                err.flush();
                return BAD_INPUT;
            }
            err.println("internal error: " + ex);
            err.println("Please report this with the command you ran.");
            err.flush();
            return INTERNAL_ERROR;
        });
        // picocli consults this mapper for unknown/missing/malformed options too: those are bad input
        cl.setExitCodeExceptionMapper(ex -> ex instanceof InvalidInputException
                || ex instanceof CommandLine.ParameterException ? BAD_INPUT : INTERNAL_ERROR);
        return cl.execute(args);
    }
}
