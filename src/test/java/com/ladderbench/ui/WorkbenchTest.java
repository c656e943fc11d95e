package com.ladderbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.data.BarCsvWriter;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.model.Category;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import com.ladderbench.ui.plan.PlanView;
import com.ladderbench.ui.setup.RunSetup;
import com.ladderbench.ui.setup.RunSetupView;
import com.ladderbench.ui.tradesets.TradeSetRow;
import com.ladderbench.ui.tradesets.TradeSetsView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench as an analyst meets it: opened on the default sample, already run. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchTest {
    @TempDir
    Path home;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = new Workbench(stage, new WorkspaceStore(home.resolve("workspace.json")));
        stage.setScene(WorkbenchApp.scene(workbench));
        stage.show();
        workbench.open();
    }

    private WorkbenchResult awaitResult() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> workbench.runs().resultProperty().get() != null);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !workbench.runs().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return workbench.runs().resultProperty().get();
    }

    private TradeSetsView tradeSets() {
        return (TradeSetsView) workbench.view(TradeSetsView.ID);
    }

    @Test
    void opensOnTheDefaultSampleRunAsAComparisonAndItsLegsShowTheCumulativePosition(FxRobot robot) throws Exception {
        WorkbenchResult result = awaitResult();
        assertEquals(List.of("ladder", "baseline"), result.sides().stream().map(s -> s.name()).toList());
        TradeSetsView view = tradeSets();
        assertEquals(result.primary().tradeSets().size(), view.setRows().size());

        // expand the first TradeSet with a click on its disclosure arrow, as an analyst would
        robot.interact(() -> workbench.selectTab(TradeSetsView.ID));
        robot.clickOn(robot.lookup("#tradeSetsTable .set-disclosure").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        TradeSetRow first = view.setRows().get(0);
        assertTrue(view.isExpanded(first));
        TradeSet set = first.set();
        List<TradeSetRow> legRows = view.table().getItems().subList(1, 1 + set.numLegs());
        double position = 0;
        for (TradeSetRow child : legRows) {
            TradeLeg leg = ((TradeSetRow.LegRow) child).leg();
            position += leg.side().sign() * leg.qtyAsDouble();
            assertEquals(position, leg.positionAfterAsDouble(), 1e-6, "position after " + leg.legId());
            String shown = view.cellText(child, "Position\nafter");
            assertEquals(Quantities.of(result.primary()).format(leg.positionAfter()), shown);
        }
        assertTrue(view.table().getItems().size() == 1 + set.numLegs()
                || view.table().getItems().get(1 + set.numLegs()) instanceof TradeSetRow.SetRow, "every leg under its set");
        if (set.isClosed()) assertEquals(0.0, position, 1e-9);
        assertSame(null, workbench.selection().tradeSetProperty().get());
    }

    @Test
    void aBadPlanListsEveryProblemWithItsJsonPathAndDoubleClickShowsItInThePlan(FxRobot robot) throws Exception {
        awaitResult();
        String sample = Files.readString(Path.of("sample-backtests/trend-ladder/plan.json"));
        String bad = sample.replaceFirst("\"rsi_14 < 45 and rsi_14\\[1\\] >= 45\"", "\"rsi14 < 45\"")
                .replaceFirst("\"exit_rule\": \"close < close\\[1\\] \\* 0.95\"",
                        "\"exit_rule\": \"close < close[1] * 0.95\", \"exit_fraction\": 0.5");
        Path plan = home.resolve("bad-plan.json");
        Files.writeString(plan, bad);
        robot.interact(() -> workbench.openPlan(plan));

        RunSetupView setupView = (RunSetupView) workbench.view(RunSetupView.ID);
        ListView<com.ladderbench.model.Problem> problems = setupView.problemsList();
        List<String> rendered = problems.getItems().stream().map(com.ladderbench.model.Problem::renderTagged).toList();
        assertEquals(2, rendered.size(), rendered.toString());
        assertTrue(rendered.get(0).startsWith("error: " + plan + ": triggers[1].exit_rule: col 1: "), rendered.get(0));
        assertTrue(rendered.get(1).contains("triggers[4].exit_fraction"), rendered.get(1));
        assertEquals(RunSetupView.ID, workbench.tabs().getSelectionModel().getSelectedItem().getUserData());

        // the double click as one event with a click count of 2: two robot clicks on a loaded machine can land
        // further apart than the platform's double-click interval and count as two single clicks
        robot.interact(() -> {
            problems.getSelectionModel().select(0);
            problems.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                    0, 0, 0, 0, javafx.scene.input.MouseButton.PRIMARY, 2,
                    false, false, false, false, true, false, false, true, false, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        PlanView planView = (PlanView) workbench.view(PlanView.ID);
        assertEquals(PlanView.ID, workbench.tabs().getSelectionModel().getSelectedItem().getUserData());
        // a rule's problem selects the offending token inside the rule (col 1: rsi14)
        assertEquals("rsi14", planView.editor().textArea().getSelectedText());
    }

    @Test
    void cancellingALongRunStopsItPromptlyAndKeepsThePreviousResult(FxRobot robot) throws Exception {
        WorkbenchResult before = awaitResult();
        // a long run: 200,000 bars and 300 triggers
        Path data = home.resolve("BTC-USD_1h.csv");
        BarCsvWriter.write(SyntheticMarket.generate("BTC-USD", Timeframe.H1, 200_000, 11), data);
        StringBuilder plan = new StringBuilder("{\"plan_id\": \"slow\", \"triggers\": [");
        plan.append("{\"id\": \"entry\", \"symbol\": \"BTC-USD\", \"timeframe\": \"1h\", \"direction\": \"long\","
                + " \"entry_rule\": \"close > ema_medium\", \"exit_rule\": \"close < ema_medium\"}");
        for (int i = 0; i < 300; i++) {
            plan.append(", {\"id\": \"never_").append(i).append("\", \"symbol\": \"BTC-USD\", \"timeframe\": \"1h\",")
                    .append(" \"direction\": \"exit\", \"category\": \"risk_reduce\", \"exit_fraction\": 0.5,")
                    .append(" \"exit_rule\": \"close < ema_short and rsi_14 < -").append(i + 1).append("\"}");
        }
        plan.append("]}");
        Path planFile = home.resolve("slow-plan.json");
        Files.writeString(planFile, plan);

        // Cancel is pressed as soon as the run reports progress, and the run's thread must end soon after
        CountDownLatch cancelled = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        long[] cancelledAt = new long[1];
        robot.interact(() -> {
            workbench.setup().dataSpecs().clear();
            workbench.addData(data);
            workbench.openPlan(planFile);
            javafx.scene.control.Button cancel = robot.lookup("#cancelButton").queryButton();
            workbench.runs().progressProperty().addListener((obs, old, p) -> {
                if (p.doubleValue() > 0.01 && cancelled.getCount() > 0 && workbench.runs().runningProperty().get()) {
                    cancelledAt[0] = System.nanoTime();
                    cancel.fire();
                    cancelled.countDown();
                }
            });
            workbench.runs().runningProperty().addListener((obs, old, running) -> {
                if (!running) stopped.countDown();
            });
        });
        robot.clickOn("#compareButton");
        assertTrue(cancelled.await(60, TimeUnit.SECONDS), "the run reported progress and was cancelled");
        assertTrue(stopped.await(10, TimeUnit.SECONDS), "the run stopped");
        double stopMs = (System.nanoTime() - cancelledAt[0]) / 1e6;
        System.out.printf("cancel: the run's thread stopped %.0f ms after Cancel%n", stopMs);
        WaitForAsyncUtils.waitForFxEvents();

        assertSame(before, workbench.runs().resultProperty().get());
        assertTrue(workbench.runs().statusProperty().get().contains("cancelled"),
                workbench.runs().statusProperty().get());
        assertEquals(before.primary().tradeSets().size(), tradeSets().setRows().size());
        assertTrue(stopMs < 5000, "stopping took " + stopMs + " ms");
    }

    @Test
    void filteringByCategoryKeepsOnlySetsWithSuchALeg(FxRobot robot) throws Exception {
        WorkbenchResult result = awaitResult();
        TradeSetsView view = tradeSets();
        long expected = result.primary().tradeSets().stream()
                .filter(s -> s.legs().stream().anyMatch(l -> l.category() == Category.RISK_OFF)).count();
        robot.interact(() -> view.categoryFilter().setValue(Category.RISK_OFF.wire()));
        var rows = view.setRows();
        assertEquals(expected, rows.size());
        assertTrue(expected > 0 && expected < result.primary().tradeSets().size());
        assertTrue(rows.stream().allMatch(r -> r.set().legs().stream()
                .anyMatch(l -> l.category() == Category.RISK_OFF)));
    }

    @Test
    void theLastWorkspaceAndRecentFilesAreRememberedBetweenStarts(FxRobot robot) throws Exception {
        awaitResult();
        Path plan = Path.of("sample-backtests/trend-ladder/plan.json").toAbsolutePath();
        robot.interact(() -> workbench.openPlan(plan));
        Workspace stored = new WorkspaceStore(home.resolve("workspace.json")).load();
        assertEquals(plan.toString(), stored.plan());
        assertFalse(stored.data().isEmpty());
        assertEquals(new Workspace.RecentFile(Workspace.Kind.PLAN, plan.toString()), stored.recent().get(0));

        // a second start opens the same inputs
        Workbench[] again = new Workbench[1];
        robot.interact(() -> {
            again[0] = new Workbench(new Stage(), new WorkspaceStore(home.resolve("workspace.json")));
            again[0].open();
        });
        assertEquals(plan, again[0].setup().planFileProperty().get());
        assertEquals(stored.data(), List.copyOf(again[0].setup().dataSpecs()));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> again[0].runs().resultProperty().get() != null);
        assertNotNull(again[0].runs().resultProperty().get());
    }

    /** The content text of an open dialog, or null; read on the FX thread. */
    private static String dialogText() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane p) {
                    return p.getContentText();
                }
            }
            return null;
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void anExportOntoAForeignDirectoryIsAnErrorDialogAndTouchesNothing(FxRobot robot) throws Exception {
        awaitResult();
        Path thesis = Files.createDirectories(home.resolve("thesis"));
        Files.writeString(thesis.resolve("chapter1.tex"), "keep");
        robot.interact(() -> workbench.exportRunDirectory(thesis));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogText() != null);
        assertEquals("Export to " + thesis + " is not allowed: it holds files Ladderbench did not write (chapter1.tex);"
                + " choose a new or empty directory", dialogText());
        try (var files = Files.list(thesis)) {
            assertEquals(List.of(thesis.resolve("chapter1.tex")), files.toList());
        }
        assertEquals("keep", Files.readString(thesis.resolve("chapter1.tex")));
        robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .forEach(javafx.stage.Window::hide));

        Path fresh = home.resolve("export");
        robot.interact(() -> workbench.exportRunDirectory(fresh));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(fresh.resolve("comparison.json")));
    }

    @Test
    void aRunFillsOpenRecentWithItsPlanDataAndConfigAndAnItemOpensItAgain(FxRobot robot) throws Exception {
        WorkbenchResult result = awaitResult();
        Path plan = workbench.setup().planFileProperty().get().toAbsolutePath();
        List<Workspace.RecentFile> recent = workbench.recentFiles();
        assertEquals(new Workspace.RecentFile(Workspace.Kind.PLAN, plan.toString()), recent.get(0),
                "the plan that ran is the most recent file");
        assertTrue(recent.stream().anyMatch(r -> r.kind() == Workspace.Kind.DATA), recent.toString());
        if (workbench.setup().configFileProperty().get() != null) {
            assertTrue(recent.stream().anyMatch(r -> r.kind() == Workspace.Kind.CONFIG), recent.toString());
        }
        assertFalse(workbench.recentMenu().isDisable());
        assertEquals(recent.size(), workbench.recentMenu().getItems().size());
        assertEquals(recent, new WorkspaceStore(home.resolve("workspace.json")).load().recent(), "kept for the next start");

        // a saved run directory opened is remembered too, once it has opened
        Path dir = home.resolve("saved-run");
        com.ladderbench.core.report.RunWriter.write(result.primary(), dir);
        robot.interact(() -> workbench.openRunDirectory(dir));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !workbench.recentFiles().isEmpty()
                && workbench.recentFiles().get(0).kind() == Workspace.Kind.RUN);
        assertEquals(dir.toAbsolutePath().toString(), workbench.recentFiles().get(0).path());

        // choosing the plan from the menu opens it again
        robot.interact(() -> workbench.setup().openPlan(Path.of("sample-backtests/mean-reversion-latch/plan.json")));
        javafx.scene.control.MenuItem planItem = workbench.recentMenu().getItems().stream()
                .filter(i -> i.getText().equals("plan: " + plan)).findFirst().orElseThrow();
        robot.interact(planItem::fire);
        assertEquals(plan, workbench.setup().planFileProperty().get().toAbsolutePath());
    }
}
