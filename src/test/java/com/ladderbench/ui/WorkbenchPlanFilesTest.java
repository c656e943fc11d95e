package com.ladderbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.ui.Workspace.Kind;
import com.ladderbench.ui.plan.PlanEditor;
import com.ladderbench.ui.plan.PlanView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The plan editor's file: Save, Save As, and no edit lost without asking (close, Open, Ctrl+Q). */
@ExtendWith(ApplicationExtension.class)
class WorkbenchPlanFilesTest {
    @TempDir
    Path home;
    private Workbench workbench;
    private Stage stage;
    private Path plan;
    private String original;

    @Start
    void start(Stage s) {
        // these tests close the window: the FX runtime must outlive it for the next test
        javafx.application.Platform.setImplicitExit(false);
        stage = s;
        workbench = new Workbench(s, new WorkspaceStore(home.resolve("workspace.json")));
        s.setScene(WorkbenchApp.scene(workbench));
        s.show();
    }

    @BeforeEach
    void openPlan(FxRobot robot) throws Exception {
        original = Files.readString(Path.of("sample-backtests/trend-ladder/plan.json"));
        plan = home.resolve("plan.json");
        Files.writeString(plan, original);
        robot.interact(() -> {
            workbench.openPlan(plan);
            workbench.selectTab(PlanView.ID);
        });
    }

    private PlanEditor editor() {
        return ((PlanView) workbench.view(PlanView.ID)).editor();
    }

    private void edit(FxRobot robot, String text) {
        robot.interact(() -> editor().textArea().setText(text));
    }

    private String edited() {
        return original.replace("\"exit_fraction\": 0.33", "\"exit_fraction\": 0.4");
    }

    /** Starts an action that asks, without waiting for the (modal) answer. */
    private void startAsking(FxRobot robot, Runnable action) {
        javafx.application.Platform.runLater(action);
        awaitPrompt(robot);
    }

    private void awaitPrompt(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unsavedPlanDialog").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no unsaved-changes prompt appeared", e);
        }
    }

    private void answer(FxRobot robot, String button) {
        robot.clickOn(robot.lookup("#" + button).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlSWritesTheEditsToThePlanFileAndTheNextRunReadsThem(FxRobot robot) throws Exception {
        assertTrue(original.contains("\"exit_fraction\": 0.33"), "the sample trims a third");
        edit(robot, edited());
        assertTrue(editor().isDirty());
        robot.clickOn(editor().textArea());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(edited(), Files.readString(plan));
        assertFalse(editor().isDirty());
        assertEquals(edited(), workbench.setup().planTextProperty().get(), "the setup reads the saved file");
        assertEquals(plan, workbench.setup().planFileProperty().get());
    }

    @Test
    void saveAsWritesANewFileThatBecomesTheOpenPlanAndARecentFile(FxRobot robot) throws Exception {
        edit(robot, edited());
        Path copy = home.resolve("drafts/plan-copy.json");
        robot.interact(() -> assertTrue(workbench.savePlanTo(copy)));
        assertEquals(edited(), Files.readString(copy));
        assertEquals(original, Files.readString(plan), "the original is untouched");
        assertEquals(copy, editor().fileProperty().get());
        assertEquals(copy, workbench.setup().planFileProperty().get());
        assertEquals(new Workspace.RecentFile(Kind.PLAN, copy.toAbsolutePath().toString()),
                workbench.recentFiles().get(0));
        assertFalse(editor().isDirty());
    }

    @Test
    void ctrlQWithUnsavedEditsAsksAndCancelKeepsTheWindowAndTheEdits(FxRobot robot) throws Exception {
        edit(robot, edited());
        robot.clickOn(editor().textArea());
        // the key goes through the menu's accelerator, as an analyst presses it
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        awaitPrompt(robot);
        answer(robot, "unsavedCancel");
        assertTrue(stage.isShowing());
        assertEquals(edited(), editor().textArea().getText());

        startAsking(robot, workbench::quit);
        answer(robot, "unsavedDiscard");
        assertFalse(stage.isShowing(), "Discard quits");
        assertEquals(original, Files.readString(plan), "discarded edits are not written");
    }

    @Test
    void ctrlQWithoutEditsQuitsAtOnce(FxRobot robot) {
        robot.interact(workbench::quit);
        assertFalse(stage.isShowing());
    }

    @Test
    void closingTheWindowWithUnsavedEditsOffersToSaveThem(FxRobot robot) throws Exception {
        edit(robot, edited());
        startAsking(robot, () -> {
            WindowEvent close = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.fireEvent(close);
            if (!close.isConsumed()) stage.close();
        });
        answer(robot, "unsavedSave");
        assertEquals(edited(), Files.readString(plan));
        assertFalse(stage.isShowing());
    }

    @Test
    void openingAnotherPlanWithUnsavedEditsAsksFirstAndCancelKeepsThem(FxRobot robot) throws Exception {
        edit(robot, edited());
        Path other = home.resolve("other.json");
        Files.writeString(other, original.replace("btc-trend-ladder", "other-plan"));
        startAsking(robot, () -> workbench.openPlan(other));
        answer(robot, "unsavedCancel");
        assertEquals(plan, workbench.setup().planFileProperty().get());
        assertEquals(edited(), editor().textArea().getText());

        startAsking(robot, () -> workbench.openPlan(other));
        answer(robot, "unsavedDiscard");
        assertEquals(other, workbench.setup().planFileProperty().get());
        assertFalse(editor().textArea().getText().contains("btc-trend-ladder"));
    }

    @Test
    void theFileMenuSavesAndTheExportMenuHasThePlan(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        MenuItem save = file.getItems().stream().filter(i -> "Save plan".equals(i.getText())).findFirst().orElseThrow();
        assertEquals("Shortcut+S", save.getAccelerator().getName());
        assertTrue(file.getItems().stream().anyMatch(i -> "Save plan as…".equals(i.getText())));
        Menu export = (Menu) file.getItems().stream().filter(i -> "Export".equals(i.getText())).findFirst().orElseThrow();
        assertTrue(export.getItems().stream().anyMatch(i -> i.getText().startsWith("Plan of the shown run")),
                export.getItems().toString());
    }
}
