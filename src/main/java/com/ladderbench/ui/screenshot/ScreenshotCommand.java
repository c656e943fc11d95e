package com.ladderbench.ui.screenshot;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.io.OutputTarget;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.ui.Selection;
import com.ladderbench.ui.ViewCatalog;
import com.ladderbench.ui.WorkbenchActions;
import com.ladderbench.ui.RunJobs;
import com.ladderbench.ui.WorkbenchResult;
import com.ladderbench.ui.WorkbenchView;
import com.ladderbench.ui.setup.RunSetup;
import com.ladderbench.ui.tradesets.TradeSetsView;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code screenshot}: renders one real workbench view of a run or comparison directory to a PNG,
 * headless, for documentation and reports. Any view of the {@link ViewCatalog} can be chosen by id;
 * the TradeSets view is shown with its first TradeSet expanded.
 */
@Command(name = "screenshot", description = "Render a workbench view of a run directory to a PNG, headless.",
        footerHeading = "%nExample:%n",
        footer = "  java -jar target/ladderbench.jar screenshot --run out/trend --view overview --out docs/overview.png")
public final class ScreenshotCommand implements Callable<Integer> {
    @Option(names = "--run", required = true, paramLabel = "DIR",
            description = "a run directory (result.json) or comparison directory (comparison.json)")
    Path run;

    @Option(names = "--view", required = true, paramLabel = "ID",
            description = "the view to render, by id: overview, tradesets, price, telemetry, compare, plan, setup")
    String view;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "the PNG file to write")
    Path out;

    @Option(names = "--plan", paramLabel = "FILE",
            description = "show this plan instead of the one recorded in the run directory")
    Path plan;

    @Option(names = "--width", defaultValue = "1400", paramLabel = "PX",
            description = "image width in pixels, 200 to 8000 (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "900", paramLabel = "PX",
            description = "image height in pixels, 200 to 8000 (default ${DEFAULT-VALUE})")
    int height;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (width < 200 || height < 200 || width > 8000 || height > 8000) {
            throw InvalidInputException.of(null, "--width/--height", "must be between 200 and 8000 pixels");
        }
        OutputTarget target = OutputTarget.file(out).protecting(plan == null ? List.of(run) : List.of(run, plan));
        target.check();
        WorkbenchResult saved = RunJobs.saved(run);
        WorkbenchResult result = plan == null ? saved : new WorkbenchResult(saved.sides(),
                RunInputs.planLoader().load(plan).plan(), saved.data(), saved.source());
        boolean started = HeadlessFx.start();
        try {
            BufferedImage image = HeadlessFx.onFxThread(() -> render(result));
            ViewSnapshot.writePng(image, target);
        } finally {
            if (started) Platform.exit();
        }
        spec.commandLine().getOut().println("written to " + out);
        return 0;
    }

    private BufferedImage render(WorkbenchResult result) throws InvalidInputException {
        RunSetup setup = new RunSetup();
        // the setup view shows what the run was made of: its recorded inputs, or the plan given
        setup.showRecorded(result.primary(), run.toString());
        if (plan != null) setup.openPlan(plan);
        Selection selection = new Selection();
        List<WorkbenchView> views = ViewCatalog.create(selection, WorkbenchActions.inert(setup));
        WorkbenchView chosen = views.stream().filter(v -> v.id().equals(view)).findFirst()
                .orElseThrow(() -> InvalidInputException.of(null, "--view", "unknown view '" + view + "'; one of "
                        + String.join(", ", ViewCatalog.ids(views))));
        chosen.show(result);
        if (chosen instanceof TradeSetsView t) t.expand(0);
        // the price view follows the selection: show the first TradeSet, as the TradeSets view expands it
        if (!result.primary().tradeSets().isEmpty()) selection.tradeSetProperty().set(result.primary().tradeSets().get(0));
        return ViewSnapshot.render(chosen, width, height);
    }
}
