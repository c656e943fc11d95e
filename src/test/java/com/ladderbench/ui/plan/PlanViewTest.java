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

    @Start
    void start(Stage stage) {
        RunSetup setup = new RunSetup();
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
}
