package com.ladderbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A corrupt workspace file is kept aside and the status bar says so (issue 10, point 10). */
@ExtendWith(ApplicationExtension.class)
class WorkbenchCorruptWorkspaceTest {
    @TempDir
    static Path home;

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(home.resolve("workspace.json"), "{\"plan\": [broken");
        Workbench workbench = new Workbench(stage, new WorkspaceStore(home.resolve("workspace.json")));
        stage.setScene(WorkbenchApp.scene(workbench));
        stage.show();
    }

    @Test
    void theStatusBarNamesWhereTheCorruptFileWent(FxRobot robot) throws Exception {
        Path aside;
        try (Stream<Path> s = Files.list(home)) {
            aside = s.filter(p -> p.getFileName().toString().startsWith("workspace.json.bad-")).findFirst().orElseThrow();
        }
        assertEquals("{\"plan\": [broken", Files.readString(aside));
        Label notice = robot.lookup("#workspaceNotice").queryAs(Label.class);
        assertTrue(notice.getText().contains("was unreadable; it was moved to " + aside), notice.getText());
    }
}
