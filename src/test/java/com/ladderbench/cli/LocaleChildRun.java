package com.ladderbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of {@link LocaleIndependentOutputTest}: runs backtest, compare and report on the
 * trend-ladder sample into {@code args[0]}, keeps what they printed in {@code stdout.txt}, and
 * exits with the first non-zero status. Started with {@code -Duser.language/-Duser.country}, so
 * the JDK's default locale is the one set at start-up, as for a user's shell.
 */
public final class LocaleChildRun {
    private LocaleChildRun() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        String[][] commands = {
            {"backtest", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--config", CliRun.CONFIG,
                "--out", out.resolve("run").toString()},
            {"compare", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--config", CliRun.CONFIG,
                "--variant", "trim50:triggers.momentum_fade_trim.exit_fraction=0.5",
                "--out", out.resolve("cmp").toString()},
            {"report", "--run", out.resolve("cmp").toString(), "--out", out.resolve("report.html").toString()},
        };
        StringWriter printed = new StringWriter();
        PrintWriter o = new PrintWriter(printed, true);
        PrintWriter e = new PrintWriter(System.err, true);
        int status = 0;
        for (String[] c : commands) {
            o.println("$ " + c[0]);
            int s = LadderbenchCommand.execute(o, e, c);
            if (s != 0 && status == 0) status = s;
        }
        Files.writeString(out.resolve("stdout.txt"), printed.toString().replace(out.toString(), "OUT"),
                StandardCharsets.UTF_8);
        System.exit(status);
    }
}
