package com.ladderbench.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.plan.LoadedPlan;
import com.ladderbench.core.prompts.StrategistPrompts;
import com.ladderbench.ui.WorkbenchActions;
import com.ladderbench.ui.setup.RunSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PlanViewTest {
    private final List<LoadedPlan> ran = new ArrayList<>();
    private PlanView view;
    private RunSetup setup;
    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        setup = new RunSetup();
        WorkbenchActions inert = WorkbenchActions.inert(setup);
        WorkbenchActions actions = new WorkbenchActions() {
            @Override
            public RunSetup setup() { return setup; }

            @Override
            public void openPlan(Path file) { inert.openPlan(file); }

            @Override
            public void addData(Path file) { inert.addData(file); }

            @Override
            public void openConfig(Path file) { inert.openConfig(file); }

            @Override
            public void openFills(Path file) { }

            @Override
            public void run(boolean compare) { }

            @Override
            public void runPlan(LoadedPlan plan, String sourceName) { ran.add(plan); }
        };
        view = new PlanView(actions);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(view.node()), 1200, 800));
        stage.show();
    }

    private void awaitChecked() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !view.editor().checkingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPastedPlanIsCheckedAsYouTypeAndCanBeRunAtOnce(FxRobot robot) throws Exception {
        String plan = Files.readString(Path.of("sample-backtests/trend-ladder/plan.json"));
        robot.interact(() -> view.editor().textArea().setText(plan.replace("ema_short", "ema_shrt")));
        awaitChecked();
        assertNull(view.editor().planProperty().get());
        assertFalse(view.editor().problems().isEmpty());
        assertTrue(view.editor().problems().get(0).render().contains("unknown identifier 'ema_shrt'"),
                view.editor().problems().get(0).render());
        assertTrue(robot.lookup("#runPasted").queryButton().isDisabled());

        robot.interact(() -> view.editor().textArea().setText(plan));
        awaitChecked();
        assertNotNull(view.editor().planProperty().get());
        assertEquals("valid plan 'btc-trend-ladder'", robot.lookup("#editorState").queryLabeled().getText());
        robot.clickOn("#runPasted");
        assertEquals(1, ran.size());
        assertEquals("btc-trend-ladder", ran.get(0).plan().planId());
    }

    @Test
    void onlyTheAnswerForTheLatestTextIsShown(FxRobot robot) throws Exception {
        String plan = Files.readString(Path.of("sample-backtests/trend-ladder/plan.json"));
        robot.interact(() -> {
            view.editor().textArea().setText("{ broken");
            view.editor().textArea().setText(plan);
        });
        awaitChecked();
        assertNotNull(view.editor().planProperty().get());
        assertTrue(view.editor().problems().isEmpty(), view.editor().problems().toString());
    }

    @Test
    void theStrategistPromptFollowsTheChosenStrategy(FxRobot robot) {
        List<String> strategies = StrategistPrompts.strategies();
        assertFalse(strategies.isEmpty());
        String last = strategies.get(strategies.size() - 1);
        robot.interact(() -> view.strategyChoice().setValue(last));
        assertEquals(StrategistPrompts.assemble(last), view.promptText().getText());
        assertTrue(view.promptText().getText().contains("risk_reduce"));
    }

    @Test
    void problemsOfEditedTextNameThePlanEditorNotTheFileOnDisk(FxRobot robot) throws Exception {
        Path file = dir.resolve("plan.json");
        String plan = Files.readString(Path.of("sample-backtests/trend-ladder/plan.json"));
        Files.writeString(file, plan.replace("ema_short", "ema_shrt"));
        robot.interact(() -> setup.openPlan(file));
        assertFalse(view.editor().isDirty(), "just opened: saved");
        assertEquals(file.toString(), view.editor().problems().get(0).file(), "the file's own problems name it");
        assertEquals("plan.json", robot.lookup("#editorFile").queryLabeled().getText());

        robot.interact(() -> view.editor().textArea().setText(plan.replace("ema_short", "ema_shrtt")));
        awaitChecked();
        assertTrue(view.editor().isDirty());
        assertEquals("plan.json • unsaved", robot.lookup("#editorFile").queryLabeled().getText());
        assertEquals(PlanEditor.UNSAVED, view.editor().problems().get(0).file());
        assertFalse(robot.lookup("#savePlan").queryButton().isDisabled(), "Save is offered for unsaved edits");

        // typing the file's text back makes the editor clean again
        robot.interact(() -> view.editor().textArea().setText(plan.replace("ema_short", "ema_shrt")));
        assertFalse(view.editor().isDirty());
        assertTrue(robot.lookup("#savePlan").queryButton().isDisabled());
    }

    @Test
    void doubleClickingARuleProblemSelectsTheOffendingTokenInsideTheRule(FxRobot robot) throws Exception {
        String plan = Files.readString(Path.of("sample-backtests/trend-ladder/plan.json"));
        robot.interact(() -> view.editor().textArea().setText(plan.replace("ema_short", "ema_shrt")));
        awaitChecked();
        assertTrue(view.editor().problems().get(0).message().startsWith("col "), view.editor().problems().toString());
        robot.doubleClickOn(robot.lookup("#editorProblems .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ema_shrt", view.editor().textArea().getSelectedText());
        int caret = view.editor().textArea().getSelection().getStart();
        String before = view.editor().textArea().getText().substring(0, caret);
        String path = view.editor().problems().get(0).location();
        int trigger = Integer.parseInt(path.replaceAll("^triggers\\[(\\d+)\\].*", "$1"));
        assertEquals(trigger + 1, before.split("\"id\"", -1).length - 1,
                "the token is selected inside the trigger the problem names, not an earlier one");
    }

    @Test
    void aProblemWithoutAColumnSelectsTheValueAtItsPath(FxRobot robot) throws Exception {
        String plan = Files.readString(Path.of("sample-backtests/trend-ladder/plan.json"));
        robot.interact(() -> view.editor().textArea().setText(plan));
        awaitChecked();
        robot.interact(() -> view.editor().reveal(new com.ladderbench.model.Problem(null, "triggers[0].id", "duplicate")));
        assertTrue(view.editor().textArea().getSelectedText().startsWith("\"id\": "),
                view.editor().textArea().getSelectedText());
    }
}
