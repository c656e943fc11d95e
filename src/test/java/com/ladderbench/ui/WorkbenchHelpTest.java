package com.ladderbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.ui.help.AboutInfo;
import com.ladderbench.ui.help.HelpMenu;
import com.ladderbench.ui.help.UserGuide;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help: the user guide, the keyboard shortcuts as the menus define them, and About. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchHelpTest {
    @TempDir
    Path home;
    private MenuBar bar;

    @Start
    void start(Stage stage) {
        Workbench workbench = new Workbench(stage, new WorkspaceStore(home.resolve("workspace.json")));
        stage.setScene(WorkbenchApp.scene(workbench));
        stage.show();
    }

    private Menu help(FxRobot robot) {
        bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu help = bar.getMenus().get(bar.getMenus().size() - 1);
        assertEquals("Help", help.getText());
        return help;
    }

    private MenuItem item(Menu menu, String text) {
        return menu.getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    @Test
    void userGuideOpensTheShippedGuideAndF1IsItsKey(FxRobot robot) {
        MenuItem guide = item(help(robot), "User guide");
        assertEquals("F1", guide.getAccelerator().getName());
        robot.interact(guide::fire);
        TextArea text = robot.lookup("#userGuideText").queryAs(TextArea.class);
        assertEquals(UserGuide.text(), text.getText());
        assertTrue(!text.isEditable());
        robot.interact(() -> ((Stage) text.getScene().getWindow()).close());
    }

    @Test
    void keyboardShortcutsListEveryAcceleratorOfTheMenusAndTheChartGestures(FxRobot robot) {
        help(robot);
        List<HelpMenu.Shortcut> shortcuts = HelpMenu.shortcuts(bar);
        List<String> actions = shortcuts.stream().map(HelpMenu.Shortcut::action).toList();
        for (String expected : List.of("File ▸ Open plan…", "File ▸ Save plan", "File ▸ Save plan as…", "File ▸ Quit",
                "Run ▸ Run", "Run ▸ Compare with baseline", "Run ▸ Cancel", "Help ▸ User guide")) {
            assertTrue(actions.contains(expected), expected + " in " + actions);
        }
        HelpMenu.Shortcut save = shortcuts.get(actions.indexOf("File ▸ Save plan"));
        assertTrue(save.keys().endsWith("S"), save.keys());
        assertTrue(actions.contains("zoom about the pointer"));

        robot.interact(item(help(robot), "Keyboard shortcuts")::fire);
        javafx.scene.layout.GridPane grid = robot.lookup("#shortcutsGrid").queryAs(javafx.scene.layout.GridPane.class);
        assertEquals(2 * shortcuts.size(), grid.getChildren().size(), "a key and an action per line");
        robot.interact(() -> grid.getScene().getWindow().hide());
    }

    @Test
    void aboutNamesTheVersionJavaAndJavaFx(FxRobot robot) {
        robot.interact(item(help(robot), "About Ladderbench")::fire);
        DialogPane pane = robot.lookup("#aboutDialog").queryAs(DialogPane.class);
        AboutInfo about = AboutInfo.current();
        assertEquals(about.render(), pane.getContentText());
        assertTrue(pane.getContentText().contains("Java " + System.getProperty("java.version")));
        assertTrue(pane.getContentText().contains("JavaFX " + System.getProperty("javafx.runtime.version")));
        assertTrue(!about.version().equals("unknown"), "the build filled in the version");
        robot.interact(() -> pane.getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
