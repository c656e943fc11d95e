package com.ladderbench.cli;

import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.io.OutputTarget;
import com.ladderbench.core.report.HtmlReport;
import com.ladderbench.core.report.RunReader;
import com.ladderbench.model.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: one self-contained HTML file for a run or comparison directory. */
@Command(name = "report", description = "Write a self-contained HTML report of a run or comparison directory.")
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--run", required = true, paramLabel = "DIR", description = "written by backtest or compare")
    Path run;

    @Option(names = "--out", required = true, paramLabel = "FILE.html")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".html")) {
            throw InvalidInputException.of(null, "--out", "the report is HTML; name the file *.html, got " + out);
        }
        OutputTarget target = OutputTarget.file(out).protecting(List.of(run));
        target.check();
        List<ComparisonResult.Side> sides = RunReader.read(run);
        HtmlReport.write(sides, target);
        spec.commandLine().getOut().println("report of " + sides.size() + (sides.size() == 1 ? " run" : " runs")
                + " -> " + out);
        return LadderbenchCommand.OK;
    }
}
