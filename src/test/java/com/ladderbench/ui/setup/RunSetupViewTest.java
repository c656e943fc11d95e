package com.ladderbench.ui.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import com.ladderbench.ui.WorkbenchActions;
import com.ladderbench.ui.WorkbenchResult;
import com.ladderbench.ui.charts.Fixtures;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Run setup: the run's inputs as a saved run recorded them, fields with units and plain numbers. */
@ExtendWith(ApplicationExtension.class)
class RunSetupViewTest {
    private final RunSetup setup = new RunSetup();
    private RunSetupView view;

    @Start
    void start(Stage stage) {
        view = new RunSetupView(WorkbenchActions.inert(setup));
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1400, 900));
        stage.show();
    }

    @Test
    void aSavedRunsRecordedInputsFillTheFormPlanDataAndConfig(FxRobot robot) throws Exception {
        WorkbenchResult r = Fixtures.sample();
        RunResult run = r.primary();
        WaitForAsyncUtils.asyncFx(() -> setup.showRecorded(run, "/runs/sample")).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("plan '" + run.plan().planId() + "' as recorded in /runs/sample",
                robot.lookup("#planField").queryAs(TextField.class).getText());
        assertEquals("as recorded in /runs/sample", robot.lookup("#configField").queryAs(TextField.class).getText());
        @SuppressWarnings("unchecked")
        ListView<String> data = robot.lookup("#dataList").queryAs(ListView.class);
        assertEquals(run.info().data().size(), data.getItems().size());
        assertTrue(data.getItems().get(0).startsWith("BTC-USD:1h="), data.getItems().get(0));
        assertEquals(run.config(), setup.configProperty().get());
        assertEquals(run.plan(), setup.planProperty().get().plan(), "the recorded plan reads back the same");
        assertFalse(setup.findings().stream().anyMatch(f -> !f.isWarning()), setup.findings().toString());
    }

    @Test
    void everyNumericFieldNamesItsUnitAndHasATooltipAndTheLotSizeReadsPlainly(FxRobot robot) throws Exception {
        RunConfig tiny = RunConfig.defaults().toBuilder().lotSize(1e-8).build();
        WaitForAsyncUtils.asyncFx(() -> setup.configProperty().set(tiny)).get(5, TimeUnit.SECONDS);
        PropertySheet sheet = robot.lookup(".property-sheet").queryAs(PropertySheet.class);
        for (PropertySheet.Item item : sheet.getItems()) {
            assertFalse(item.getDescription().isBlank(), item.getName());
        }
        List<String> names = sheet.getItems().stream().map(PropertySheet.Item::getName).toList();
        assertTrue(names.contains("fee_bps (bp)"), names.toString());
        assertTrue(names.contains("min_hold_bars (bars)"), names.toString());
        assertTrue(names.contains("initial_cash (quote currency)"), names.toString());
        PropertySheet.Item lot = sheet.getItems().stream().filter(i -> i.getName().startsWith("lot_size"))
                .findFirst().orElseThrow();
        assertEquals("0.00000001", lot.getValue());
        assertTrue(lot.getDescription().contains("Unit: base units."), lot.getDescription());
        // an edit in the plain form is read back as the number it says
        WaitForAsyncUtils.asyncFx(() -> lot.setValue("0.001")).get(5, TimeUnit.SECONDS);
        assertEquals(0.001, setup.configProperty().get().lotSize(), 0.0);
        WaitForAsyncUtils.asyncFx(() -> lot.setValue("tiny")).get(5, TimeUnit.SECONDS);
        assertEquals(0.001, setup.configProperty().get().lotSize(), 0.0, "a word is refused");
        assertTrue(setup.findings().get(0).render().contains("'tiny' is not a number"), setup.findings().toString());
    }
}
