package com.ladderbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.samples.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Open sample lists every bundled sample, and each one opens and runs as a comparison. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchSamplesMenuTest {
    @TempDir
    Path home;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = new Workbench(stage, new WorkspaceStore(home.resolve("workspace.json")));
        stage.setScene(WorkbenchApp.scene(workbench));
        stage.show();
    }

    private Menu samplesMenu() {
        MenuBar bar = (MenuBar) ((VBox) ((BorderPane) workbench.root()).getTop()).getChildren().get(0);
        Menu file = bar.getMenus().get(0);
        return (Menu) file.getItems().stream().filter(i -> "samplesMenu".equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void theFileMenuListsEverySampleAndARealDataSampleOpensAndRunsAsAComparison(FxRobot robot) throws Exception {
        List<String> labels = samplesMenu().getItems().stream().map(MenuItem::getText).toList();
        assertEquals(Samples.ALL.size(), labels.size());
        assertEquals(Samples.DEFAULT + " (default)", labels.get(0));
        assertTrue(labels.containsAll(List.of("bitstamp-2013", "eth-2023-depeg")), labels.toString());

        MenuItem eth = samplesMenu().getItems().stream().filter(i -> i.getText().equals("eth-2023-depeg")).findFirst()
                .orElseThrow();
        robot.interact(eth::fire);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> workbench.runs().resultProperty().get() != null
                && !workbench.runs().runningProperty().get());
        WorkbenchResult result = workbench.runs().resultProperty().get();
        assertTrue(result.source().contains("eth-2023-depeg"), result.source());
        assertEquals(List.of("ladder", "baseline"), result.sides().stream().map(s -> s.name()).toList());
    }
}
