package com.ladderbench.ui;

import com.ladderbench.core.compare.BaselineMode;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.data.TradesCsvReader;
import com.ladderbench.core.io.OutputTarget;
import com.ladderbench.core.plan.LoadedPlan;
import com.ladderbench.core.report.ComparisonWriter;
import com.ladderbench.core.report.HtmlReport;
import com.ladderbench.core.report.PlanJson;
import com.ladderbench.core.report.RunWriter;
import com.ladderbench.core.report.TradeSetCsv;
import com.ladderbench.core.samples.Samples;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.TradeSet;
import com.ladderbench.ui.Workspace.Kind;
import com.ladderbench.ui.Workspace.RecentFile;
import com.ladderbench.ui.help.HelpMenu;
import com.ladderbench.ui.plan.PlanEditor;
import com.ladderbench.ui.plan.PlanView;
import com.ladderbench.ui.setup.RunSetup;
import com.ladderbench.ui.setup.RunSetupView;
import com.ladderbench.ui.setup.TradesImport;
import com.ladderbench.ui.tradesets.TradeSetsView;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The main window: menu, toolbar (Run, Compare with baseline, Cancel), one tab per view and a
 * status bar with the run's progress. Runs go through a {@link RunController}; the views only
 * show its results. Used on the FX thread.
 */
public final class Workbench {
    private final Stage stage;
    private final WorkspaceStore store;
    private final Selection selection = new Selection();
    private final com.ladderbench.ui.explain.ExplainWindow explainWindow;
    private final RunSetup setup = new RunSetup();
    private final RunController runs;
    private final List<WorkbenchView> views;
    private final TabPane tabs = new TabPane();
    private final StatusBar statusBar = new StatusBar();
    private final Menu recentMenu = new Menu("Open recent");
    private final BorderPane root = new BorderPane();
    private Workspace workspace;
    private BaselineMode pendingMode = BaselineMode.EMERGENCY;
    private BaselineMode shownMode = BaselineMode.EMERGENCY;
    private File lastDirectory;
    /** The files a started job reads: remembered as recent once it succeeds. */
    private List<RecentFile> pendingRecent = List.of();

    public Workbench(Stage stage, WorkspaceStore store) {
        this.stage = stage;
        this.store = store;
        List<String> notices = new ArrayList<>();
        this.workspace = store.load(notices::add);
        this.runs = new RunController(this::badInput, ex -> Dialogs.internalError(stage, "The run", ex));
        this.views = ViewCatalog.create(selection, new Actions());
        this.explainWindow = new com.ladderbench.ui.explain.ExplainWindow(stage);
        for (WorkbenchView v : views) {
            Tab tab = new Tab(v.title(), v.node());
            tab.setId(v.id() + "Tab");
            tab.setClosable(false);
            tab.setUserData(v.id());
            tabs.getTabs().add(tab);
        }
        // a double-clicked problem is shown in the plan text, on the Plan tab
        setup.revealProperty().addListener((obs, old, r) -> {
            if (r != null) selectTab(com.ladderbench.ui.plan.PlanView.ID);
        });
        runs.resultProperty().addListener((obs, old, result) -> {
            if (result != null) showResult(result);
        });
        // a double-clicked bar, leg or event opens its decision trace
        selection.explainProperty().addListener((obs, old, target) -> {
            if (target == null) return;
            explainWindow.open(shown(), target);
            selection.explainProperty().set(null);
        });

        statusBar.setId("statusBar");
        statusBar.textProperty().bind(runs.statusProperty());
        statusBar.progressProperty().bind(runs.progressProperty());
        // stays beside the run status (which changes with every run) until the window closes
        for (String notice : notices) {
            javafx.scene.control.Label label = new javafx.scene.control.Label(notice);
            label.setId("workspaceNotice");
            label.setTooltip(new javafx.scene.control.Tooltip(notice));
            statusBar.getRightItems().add(label);
        }

        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(tabs);
        root.setBottom(statusBar);
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            e.consume();
        });
        root.setOnDragDropped(e -> {
            for (File f : e.getDragboard().getFiles()) dropped(f.toPath());
            e.setDropCompleted(true);
            e.consume();
        });
        rebuildRecentMenu();
        // closing the window with unsaved plan edits asks first, like Quit
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscardPlanEdits("closing the window")) e.consume();
        });
    }

    public Parent root() { return root; }

    public RunController runs() { return runs; }

    public RunSetup setup() { return setup; }

    public Selection selection() { return selection; }

    public com.ladderbench.ui.explain.ExplainWindow explainWindow() { return explainWindow; }

    public TabPane tabs() { return tabs; }

    public WorkbenchView view(String id) {
        return views.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    public void selectTab(String id) {
        for (Tab t : tabs.getTabs()) {
            if (id.equals(t.getUserData())) tabs.getSelectionModel().select(t);
        }
    }

    /** Opens the last workspace when its files are still there, else the default sample; runs it as a comparison. */
    public void open() {
        if (workspace.plan() != null && Files.isRegularFile(Path.of(workspace.plan()))
                && workspace.data().stream().allMatch(d -> Files.isRegularFile(dataPath(d)))) {
            openInputs(Path.of(workspace.plan()), workspace.data(),
                    workspace.config() == null ? null : Path.of(workspace.config()));
            BaselineMode.fromWire(String.valueOf(workspace.baseline())).ifPresent(setup.baselineModeProperty()::set);
        } else {
            try {
                openSample(Samples.defaultSample());
            } catch (IOException e) {
                runs.statusProperty().set("The default sample could not be opened: " + e.getMessage());
                return;
            }
        }
        run(true);
    }

    /** Loads a sample's inputs into the setup (without running). */
    public void openSample(Samples.Sample sample) {
        openInputs(sample.plan(), sample.dataSpecs(), sample.config());
    }

    private void openInputs(Path plan, List<String> data, Path config) {
        setup.dataSpecs().clear();
        if (config != null) {
            setup.openConfig(config);
        } else {
            setup.useDefaultConfig();
        }
        for (String d : data) setup.addData(d);
        setup.openPlan(plan);
    }

    private static Path dataPath(String spec) {
        int eq = spec.indexOf('=');
        return Path.of(eq >= 0 && spec.lastIndexOf(':', eq) >= 0 ? spec.substring(eq + 1) : spec);
    }

    /** Runs the setup's plan: ladder against baseline, or the plan alone. */
    public void run(boolean compare) {
        Path plan = setup.planFileProperty().get();
        if (plan == null) {
            runs.statusProperty().set("Open a plan first (File > Open plan, or drop one on the window)");
            selectTab(RunSetupView.ID);
            return;
        }
        RunJobs.PlanSource source = RunJobs.PlanSource.file(plan);
        startRun(compare, source);
    }

    private void startRun(boolean compare, RunJobs.PlanSource source) {
        BaselineMode mode = setup.baselineModeProperty().get();
        List<String> data = List.copyOf(setup.dataSpecs());
        String what = (compare ? "Compare " : "Run ") + source.name();
        List<RecentFile> inputs = new ArrayList<>();
        Path config = setup.configFileProperty().get();
        if (config != null) inputs.add(new RecentFile(Kind.CONFIG, config.toAbsolutePath().toString()));
        for (String d : data) inputs.add(new RecentFile(Kind.DATA, dataPath(d).toAbsolutePath().toString()));
        if (source.file() != null) inputs.add(new RecentFile(Kind.PLAN, source.file().toAbsolutePath().toString()));
        boolean started = runs.start(what, compare
                ? RunJobs.compare(source, data, setup.configProperty().get(), mode)
                : RunJobs.single(source, data, setup.configProperty().get()));
        if (started) {
            pendingMode = mode;
            pendingRecent = inputs;
        }
    }

    private void showResult(WorkbenchResult result) {
        shownMode = pendingMode;
        selection.clear();
        for (WorkbenchView v : views) v.show(result);
        setup.findings().removeIf(f -> !f.isWarning()); // a run went through: its inputs are fine now
        if (result.plan() != null && result.data() != null) {
            // warnings only the data can tell (an indicator longer than the data), listed with the plan's own
            java.nio.file.Path planFile = setup.planFileProperty().get();
            for (com.ladderbench.model.Problem w : com.ladderbench.core.backtest.WarmUpCheck.warnings(result.plan(),
                    planFile == null ? null : planFile.toString(), result.data())) {
                if (!setup.findings().contains(w)) setup.findings().add(w);
            }
        }
        stage.setTitle("Ladderbench — " + result.source());
        // what a job read becomes recent once it worked, plan first (added last)
        for (RecentFile r : pendingRecent) workspace = workspace.withRecent(r);
        pendingRecent = List.of();
        rebuildRecentMenu();
        if (result.plan() != null) {
            saveWorkspace();
        } else {
            persist();
        }
    }

    private void badInput(InvalidInputException e) {
        setup.list(e.problems(), List.of());
        selectTab(RunSetupView.ID);
    }

    private void saveWorkspace() {
        Path plan = setup.planFileProperty().get();
        Path config = setup.configFileProperty().get();
        workspace = workspace.withInputs(plan == null ? null : plan.toAbsolutePath().toString(),
                setup.dataSpecs().stream().map(Workbench::absoluteSpec).toList(),
                config == null ? null : config.toAbsolutePath().toString(),
                setup.baselineModeProperty().get().wire());
        persist();
    }

    /** Remembered specs survive a change of working directory. */
    private static String absoluteSpec(String spec) {
        int eq = spec.indexOf('=');
        if (eq >= 0 && spec.lastIndexOf(':', eq) >= 0) {
            return spec.substring(0, eq + 1) + Path.of(spec.substring(eq + 1)).toAbsolutePath();
        }
        return Path.of(spec).toAbsolutePath().toString();
    }

    private void remember(Kind kind, Path file) {
        workspace = workspace.withRecent(new RecentFile(kind, file.toAbsolutePath().toString()));
        lastDirectory = file.toAbsolutePath().getParent() == null ? null : file.toAbsolutePath().getParent().toFile();
        rebuildRecentMenu();
        persist();
    }

    private void persist() {
        try {
            store.save(workspace);
        } catch (IOException e) {
            runs.statusProperty().set("Could not remember the workspace in " + store.file() + ": " + e.getMessage());
        }
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        for (RecentFile r : workspace.recent()) {
            MenuItem item = new MenuItem(r.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + r.path());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> openRecent(r));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void openRecent(RecentFile r) {
        Path p = Path.of(r.path());
        switch (r.kind()) {
            case PLAN -> openPlan(p);
            case DATA -> addData(p);
            case CONFIG -> openConfig(p);
            case FILLS -> openFills(p);
            case RUN -> openRunDirectory(p);
            default -> throw new IllegalStateException(r.kind().toString());
        }
    }

    private void dropped(Path p) {
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".csv")) {
            addData(p);
        } else if (name.contains("config")) {
            openConfig(p);
        } else {
            openPlan(p);
        }
    }

    void openPlan(Path file) {
        if (!confirmDiscardPlanEdits("opening another plan")) return;
        Path f = file != null ? file : choose("Open plan", "Plans", "*.json");
        if (f == null) return;
        remember(Kind.PLAN, f);
        if (setup.openPlan(f)) {
            runs.statusProperty().set("Plan " + f + " is valid: press Run or Compare");
        } else {
            runs.statusProperty().set("Plan " + f + " has problems: see Run setup");
            selectTab(RunSetupView.ID);
        }
    }

    void addData(Path file) {
        Path f = file != null ? file : choose("Add market data", "Bars (CSV)", "*.csv");
        if (f == null) return;
        if (TradesCsvReader.isTradesFile(f)) {
            importTrades(f);
            return;
        }
        remember(Kind.DATA, f);
        if (!setup.addData(f.toString())) selectTab(RunSetupView.ID);
    }

    /** A trades file: ask which bars to build and where to keep them, build them off the FX thread, add them as data. */
    private void importTrades(Path trades) {
        TradesImport.Request request = TradesImport.ask(stage, trades).orElse(null);
        if (request == null) return;
        FileChooser c = new FileChooser();
        c.setTitle("Save the bars as");
        c.setInitialFileName(request.fileName());
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Bars (CSV)", "*.csv"));
        Path dir = trades.toAbsolutePath().getParent();
        if (dir != null && Files.isDirectory(dir)) c.setInitialDirectory(dir.toFile());
        File chosen = c.showSaveDialog(stage);
        if (chosen == null) return;
        Path out = chosen.toPath();
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws Exception {
                return TradesImport.importBars(trades, request, out);
            }
        };
        runs.statusProperty().set("Building " + request.timeframe() + " bars from " + trades + "…");
        task.setOnSucceeded(e -> {
            remember(Kind.DATA, out);
            if (setup.addData(task.getValue())) {
                runs.statusProperty().set("Bars from " + trades + " written to " + out + " and added as data");
            } else {
                selectTab(RunSetupView.ID);
            }
        });
        task.setOnFailed(e -> {
            Throwable ex = task.getException();
            if (ex instanceof InvalidInputException bad) {
                runs.statusProperty().set("The trades in " + trades + " could not be read: see Run setup");
                badInput(bad);
            } else if (ex instanceof IOException io) {
                Dialogs.error(stage, "The bars could not be written to " + out, Dialogs.shortMessage(io));
            } else {
                Dialogs.internalError(stage, "Importing trades", ex);
            }
        });
        Thread t = new Thread(task, "ladderbench-trades-import");
        t.setDaemon(true);
        t.start();
    }

    void openConfig(Path file) {
        Path f = file != null ? file : choose("Open run configuration", "Run configuration", "*.json");
        if (f == null) return;
        remember(Kind.CONFIG, f);
        if (!setup.openConfig(f)) selectTab(RunSetupView.ID);
    }

    void openFills(Path file) {
        Path f = file != null ? file : choose("Open fills", "Fills (CSV)", "*.csv");
        if (f == null) return;
        remember(Kind.FILLS, f);
        if (runs.start("Import fills " + f, RunJobs.fills(f, setup.configProperty().get()))) {
            selectTab(TradeSetsView.ID);
        }
    }

    void openRunDirectory(Path dir) {
        Path d = dir;
        if (d == null) {
            javafx.stage.DirectoryChooser c = new javafx.stage.DirectoryChooser();
            c.setTitle("Open a run or comparison directory");
            if (lastDirectory != null && lastDirectory.isDirectory()) c.setInitialDirectory(lastDirectory);
            File f = c.showDialog(stage);
            if (f == null) return;
            d = f.toPath();
        }
        lastDirectory = d.toAbsolutePath().toFile();
        if (runs.start("Open " + d, RunJobs.openRun(d))) {
            pendingRecent = List.of(new RecentFile(Kind.RUN, d.toAbsolutePath().toString()));
        }
    }

    // ---- the plan editor's file: save, save as, and asking before edits are lost

    private PlanEditor planEditor() {
        return ((PlanView) view(PlanView.ID)).editor();
    }

    /** Saves the editor's text to its file, or asks for one; false when nothing was saved. */
    boolean savePlan(boolean as) {
        PlanEditor editor = planEditor();
        Path target = editor.fileProperty().get();
        if (as || target == null) {
            String name = target == null ? "plan.json" : target.getFileName().toString();
            target = save("plan", name, "*.json");
            if (target == null) return false;
        }
        return savePlanTo(target);
    }

    /**
     * Writes the editor's text to {@code target} (atomically) and makes that file the plan the next
     * run reads; the editor then holds it as saved. Invalid plans are saved too: drafts are kept.
     */
    boolean savePlanTo(Path target) {
        PlanEditor editor = planEditor();
        String text = editor.textArea().getText();
        try {
            OutputTarget.file(target).labelled("Save to").writeString(text);
        } catch (IOException e) {
            Dialogs.error(stage, "The plan could not be saved to " + target, Dialogs.shortMessage(e));
            return false;
        }
        remember(Kind.PLAN, target);
        boolean valid = setup.openPlan(target);
        editor.setChecked(text, target, setup.planProperty().get(), List.copyOf(setup.findings()));
        runs.statusProperty().set("Plan saved to " + target + (valid ? "" : " (it has problems: see the editor)"));
        return true;
    }

    /**
     * Asks what to do with unsaved plan edits before {@code what} would lose them: Save, Discard or
     * Cancel. True when it is fine to go on.
     */
    boolean confirmDiscardPlanEdits(String what) {
        PlanEditor editor = planEditor();
        if (!editor.isDirty()) return true;
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard changes", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", saveButton, discard, ButtonType.CANCEL);
        a.setTitle("Ladderbench");
        a.setHeaderText("The plan editor has unsaved changes");
        a.setContentText("Save them before " + what + "?");
        a.getDialogPane().setId("unsavedPlanDialog");
        a.getDialogPane().lookupButton(saveButton).setId("unsavedSave");
        a.getDialogPane().lookupButton(discard).setId("unsavedDiscard");
        a.getDialogPane().lookupButton(ButtonType.CANCEL).setId("unsavedCancel");
        if (stage.getOwner() != null || stage.isShowing()) a.initOwner(stage);
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == saveButton) return savePlan(false);
        return answer == discard;
    }

    /** Ctrl+Q: closes the window unless the analyst keeps unsaved plan edits. */
    void quit() {
        if (confirmDiscardPlanEdits("quitting")) stage.close();
    }

    private Path choose(String title, String what, String pattern) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(what, pattern),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (lastDirectory != null && lastDirectory.isDirectory()) c.setInitialDirectory(lastDirectory);
        File f = c.showOpenDialog(stage);
        return f == null ? null : f.toPath();
    }

    private MenuBar menuBar() {
        MenuItem openPlan = item("Open plan…", "Shortcut+O", () -> openPlan(null));
        MenuItem addData = item("Add market data…", "Shortcut+D", () -> addData(null));
        MenuItem openConfig = item("Open run configuration…", null, () -> openConfig(null));
        MenuItem openFills = item("Open fills…", null, () -> openFills(null));
        MenuItem openRun = item("Open run directory…", null, () -> openRunDirectory(null));
        Menu sample = samplesMenu();
        Menu export = new Menu("Export");
        export.getItems().addAll(
                item("HTML report…", null, this::exportReport),
                item("Run directory (JSON and CSVs)…", null, this::exportRunDirectory),
                item("TradeSets CSV of the shown run…", null, () -> exportTradeSets(false)),
                item("Legs CSV of the shown run…", null, () -> exportTradeSets(true)),
                item("Plan of the shown run (JSON)…", null, this::exportPlan));
        export.disableProperty().bind(runs.resultProperty().isNull());
        MenuItem quit = item("Quit", "Shortcut+Q", this::quit);
        MenuItem savePlan = item("Save plan", "Shortcut+S", () -> savePlan(false));
        MenuItem savePlanAs = item("Save plan as…", "Shortcut+Shift+S", () -> savePlan(true));
        Menu file = new Menu("File");
        file.getItems().addAll(openPlan, savePlan, savePlanAs, addData, openConfig, openFills, openRun, recentMenu,
                sample, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);
        Menu run = new Menu("Run");
        MenuItem runItem = item("Run", "F5", () -> run(false));
        MenuItem compareItem = item("Compare with baseline", "F6", () -> run(true));
        MenuItem cancelItem = item("Cancel", "Shortcut+Period", runs::cancel);
        runItem.disableProperty().bind(runs.runningProperty());
        compareItem.disableProperty().bind(runs.runningProperty());
        cancelItem.disableProperty().bind(runs.runningProperty().not());
        run.getItems().addAll(runItem, compareItem, cancelItem);
        MenuBar bar = new MenuBar(file, run);
        bar.getMenus().add(HelpMenu.create(stage, bar));
        return bar;
    }

    /** File > Open sample: every bundled sample, each opened and run as a comparison. */
    private Menu samplesMenu() {
        Menu menu = new Menu("Open sample");
        menu.setId("samplesMenu");
        for (String name : Samples.ALL) {
            MenuItem item = item(name.equals(Samples.DEFAULT) ? name + " (default)" : name, null, () -> {
                if (!confirmDiscardPlanEdits("opening the sample " + name)) return;
                try {
                    openSample(Samples.sample(name));
                    run(true);
                } catch (IOException e) {
                    Dialogs.error(stage, "The sample " + name + " could not be opened", e.getMessage());
                }
            });
            item.setMnemonicParsing(false);
            menu.getItems().add(item);
        }
        return menu;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> action.run());
        return m;
    }

    private ToolBar toolBar() {
        Button run = new Button("Run");
        run.setId("runButton");
        run.setOnAction(e -> run(false));
        Button compare = new Button("Compare with baseline");
        compare.setId("compareButton");
        compare.setOnAction(e -> run(true));
        Button cancel = new Button("Cancel");
        cancel.setId("cancelButton");
        cancel.setOnAction(e -> runs.cancel());
        run.disableProperty().bind(runs.runningProperty());
        compare.disableProperty().bind(runs.runningProperty());
        cancel.disableProperty().bind(runs.runningProperty().not());
        return new ToolBar(run, compare, cancel);
    }

    // ---- export: the core writes (atomically); this only asks where

    private void exportReport() {
        Path out = save("HTML report", "report.html", "*.html");
        if (out != null) export("HTML report", out, () -> HtmlReport.write(shown().sides(), fileTarget(out)));
    }

    /** Exports go through the same checks as the CLI's --out: the open inputs are never replaced. */
    private OutputTarget fileTarget(Path out) {
        return OutputTarget.file(out).labelled(EXPORT_LABEL).protecting(inputFiles());
    }

    private OutputTarget directoryTarget(Path out, OutputTarget.Kind kind) {
        return OutputTarget.directory(out, kind).labelled(EXPORT_LABEL).protecting(inputFiles());
    }

    private static final String EXPORT_LABEL = "Export to";

    private List<Path> inputFiles() {
        List<Path> files = new ArrayList<>();
        if (setup.planFileProperty().get() != null) files.add(setup.planFileProperty().get());
        if (setup.configFileProperty().get() != null) files.add(setup.configFileProperty().get());
        for (String d : setup.dataSpecs()) files.add(dataPath(d));
        return files;
    }

    private void exportRunDirectory() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("Export run directory (choose or create an empty folder)");
        if (lastDirectory != null && lastDirectory.isDirectory()) c.setInitialDirectory(lastDirectory);
        File dir = c.showDialog(stage);
        if (dir != null) exportRunDirectory(dir.toPath());
    }

    /** Writes the shown result as a run or comparison directory; a refused target is an error dialog. */
    void exportRunDirectory(Path dir) {
        WorkbenchResult r = shown();
        BaselineMode mode = shownMode;
        export("Run directory", dir, () -> {
            if (r.baselineOrNull() != null) {
                ComparisonWriter.write(new ComparisonResult(mode, r.sides()),
                        directoryTarget(dir, OutputTarget.Kind.COMPARISON));
            } else {
                RunWriter.write(r.primary(), directoryTarget(dir, OutputTarget.Kind.RUN));
            }
        });
    }

    /** The plan the shown run ran, as the core writes it into run directories. */
    private void exportPlan() {
        com.ladderbench.model.Plan plan = shown().plan();
        if (plan == null) {
            Dialogs.error(stage, "No plan to export", "The shown result has no plan (an imported fills file).");
            return;
        }
        Path out = save("Plan (JSON)", plan.planId() + ".json", "*.json");
        if (out == null) return;
        export("Plan", out, () -> fileTarget(out).writeString(PlanJson.toJson(plan).toPrettyString() + "\n"));
    }

    private void exportTradeSets(boolean legs) {
        Path out = save(legs ? "Legs CSV" : "TradeSets CSV", legs ? "legs.csv" : "tradesets.csv", "*.csv");
        if (out == null) return;
        List<TradeSet> sets = shownSideSets();
        export(legs ? "Legs CSV" : "TradeSets CSV", out, () -> fileTarget(out).writeFile(o -> {
            if (legs) {
                TradeSetCsv.writeLegs(sets, o);
            } else {
                TradeSetCsv.writeTradeSets(sets, o);
            }
        }));
    }

    /** The TradeSets of the side chosen in the TradeSets view (the ladder unless the analyst chose another). */
    private List<TradeSet> shownSideSets() {
        String side = ((TradeSetsView) view(TradeSetsView.ID)).sideChooser().getValue();
        for (ComparisonResult.Side s : shown().sides()) {
            if (s.name().equals(side)) return s.result().tradeSets();
        }
        return shown().primary().tradeSets();
    }

    private WorkbenchResult shown() {
        return runs.resultProperty().get();
    }

    private Path save(String what, String name, String pattern) {
        FileChooser c = new FileChooser();
        c.setTitle("Export " + what);
        c.setInitialFileName(name);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        if (lastDirectory != null && lastDirectory.isDirectory()) c.setInitialDirectory(lastDirectory);
        File f = c.showSaveDialog(stage);
        return f == null ? null : f.toPath();
    }

    /** Something that writes an export. */
    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private void export(String what, Path target, Write write) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                write.run();
                return null;
            }
        };
        task.setOnSucceeded(e -> runs.statusProperty().set(what + " written to " + target));
        task.setOnFailed(e -> {
            Throwable ex = task.getException();
            if (ex instanceof IOException io) {
                Dialogs.error(stage, what + " could not be written to " + target, Dialogs.shortMessage(io));
            } else {
                Dialogs.internalError(stage, "Export of " + what, ex);
            }
        });
        Thread t = new Thread(task, "ladderbench-export");
        t.setDaemon(false); // let a started export finish even if the window closes
        t.start();
    }

    /** The views' door to the workbench. */
    private final class Actions implements WorkbenchActions {
        @Override
        public RunSetup setup() { return setup; }

        @Override
        public void openPlan(Path file) { Workbench.this.openPlan(file); }

        @Override
        public void addData(Path file) { Workbench.this.addData(file); }

        @Override
        public void openConfig(Path file) { Workbench.this.openConfig(file); }

        @Override
        public void openFills(Path file) { Workbench.this.openFills(file); }

        @Override
        public void run(boolean compare) { Workbench.this.run(compare); }

        @Override
        public void runPlan(LoadedPlan plan, String sourceName) {
            startRun(true, RunJobs.PlanSource.loaded(plan, sourceName));
        }

        @Override
        public void savePlan(boolean as) { Workbench.this.savePlan(as); }
    }

    /** The "Open recent" menu, for tests. */
    Menu recentMenu() {
        return recentMenu;
    }

    /** Lists for tests: what the workbench would remember now. */
    List<RecentFile> recentFiles() {
        return new ArrayList<>(workspace.recent());
    }
}
