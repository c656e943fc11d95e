package com.ladderbench.cli;

import com.ladderbench.core.io.OutputException;
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
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/ladderbench.jar help compare",
                "  java -jar target/ladderbench.jar validate --plan sample-backtests/trend-ladder/plan.json"})
public final class LadderbenchCommand implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    /**
     * The commands of this ring, in the order the usage lists them. Added in {@link #commandLine}
     * rather than in the annotation, so that running one command reflects over that command alone:
     * picocli's model of the whole tree costs a fast command most of its start-up.
     */
    private static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, BacktestCommand.class,
            CompareCommand.class, SweepCommand.class, ReportCommand.class, TradesetsCommand.class,
            GenerateDataCommand.class, BenchCommand.class, PromptCommand.class, BarsCommand.class,
            ExplainCommand.class, CommandLine.HelpCommand.class);

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
     * The whole command tree.
     *
     * @param outerCommands commands from outer rings, as for {@link #execute(PrintWriter, PrintWriter, List, String...)}
     */
    public static CommandLine commandLine(List<Object> outerCommands) {
        List<Object> all = new java.util.ArrayList<>(COMMANDS);
        all.addAll(outerCommands);
        return tree(all);
    }

    /**
     * The tree with only the command {@code args} name first, when they name one: its parsing, usage and
     * messages depend on that command alone. {@code help}, options and unknown names get the whole tree.
     */
    private static CommandLine commandLineFor(List<Object> outerCommands, String... args) {
        if (args.length > 0 && !args[0].equals("help")) {
            // this ring's commands first: reading an outer command's annotation loads its class, and the
            // workbench's screenshot command would cost every headless command that start-up
            for (Class<?> c : COMMANDS) {
                if (nameOf(c).equals(args[0])) return tree(List.of(c));
            }
            for (Object c : outerCommands) {
                if (nameOf(c).equals(args[0])) return tree(List.of(c));
            }
        }
        return commandLine(outerCommands);
    }

    private static String nameOf(Object command) {
        Class<?> c = command instanceof Class<?> cls ? cls : command.getClass();
        Command annotation = c.getAnnotation(Command.class);
        return annotation == null ? "" : annotation.name();
    }

    /**
     * Every command gets {@code --help} (and {@code --version}) here rather than in each annotation, so
     * a command added later cannot lack it; asking for help skips the check of required options, so
     * {@code backtest --help} prints usage instead of "Missing required options".
     */
    private static CommandLine tree(List<Object> commands) {
        CommandLine cl = new CommandLine(new LadderbenchCommand());
        for (Object c : commands) cl.addSubcommand(c);
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!sub.getCommandSpec().helpCommand()) sub.getCommandSpec().mixinStandardHelpOptions(true);
        }
        wrapExamples(cl);
        for (CommandLine sub : cl.getSubcommands().values()) wrapExamples(sub);
        return cl;
    }

    /** Example lines are written whole in each command; picocli would break them mid-path at 80 columns. */
    private static void wrapExamples(CommandLine c) {
        List<String> lines = new java.util.ArrayList<>();
        for (String line : c.getCommandSpec().usageMessage().footer()) lines.addAll(ExampleLines.wrap(line, 78));
        c.getCommandSpec().usageMessage().footer(lines.toArray(new String[0]));
    }

    /**
     * @param outerCommands commands from outer rings (the workbench's {@code screenshot}), which
     *     this ring may not reference itself; each, an instance or a class (built only when run),
     *     must carry picocli's {@code @Command} annotation
     */
    public static int execute(PrintWriter out, PrintWriter err, List<Object> outerCommands, String... args) {
        return execute(commandLineFor(outerCommands, args), out, err, args);
    }

    /**
     * One command on its own, with the same exit statuses and messages as under {@code ladderbench}:
     * the Spark job runs {@code new SweepCommand(itsExecutor)} this way.
     */
    public static int executeAlone(PrintWriter out, PrintWriter err, Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.getCommandSpec().mixinStandardHelpOptions(true);
        wrapExamples(cl);
        return execute(cl, out, err, args);
    }

    private static int execute(CommandLine cl, PrintWriter out, PrintWriter err, String... args) {
        cl.setOut(out);
        cl.setErr(err);
        Failures failures = new Failures(err);
        cl.setExecutionExceptionHandler(failures);
        cl.setExitCodeExceptionMapper(failures);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            return OutOfMemory.report(err);
        }
    }

    /**
     * What a failed command prints and returns. A named class, not lambdas: each lambda costs a short
     * command's start-up a generated class.
     */
    private static final class Failures implements CommandLine.IExecutionExceptionHandler,
            CommandLine.IExitCodeExceptionMapper {
        private final PrintWriter err;

        Failures(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            if (ex instanceof InvalidInputException bad) {
                for (Problem p : bad.problems()) err.println("error: " + p.render());
                err.flush();
                return BAD_INPUT;
            }
            if (ex instanceof OutputException refusedOrFailed) {
                err.println("error: " + refusedOrFailed.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            if (OutOfMemory.causedBy(ex)) return OutOfMemory.report(err);
            err.println("internal error: " + ex);
            err.println("Please report this with the command you ran.");
            err.flush();
            return INTERNAL_ERROR;
        }

        /** picocli consults this for unknown, missing and malformed options too: those are bad input. */
        @Override
        public int getExitCode(Throwable ex) {
            return ex instanceof InvalidInputException || ex instanceof CommandLine.ParameterException
                    ? BAD_INPUT : INTERNAL_ERROR;
        }
    }
}
