package com.ladderbench.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help: the user guide, the keyboard shortcuts (read from the menus themselves, so the list
 * cannot drift from what the keys do) and About. Windows open without blocking.
 */
public final class HelpMenu {
    /** Mouse gestures of every chart, which no menu names. */
    static final List<Shortcut> CHART_GESTURES = List.of(
            new Shortcut("Scroll wheel on a chart", "zoom about the pointer"),
            new Shortcut("Drag on a chart", "pan"),
            new Shortcut("Double-click on a chart", "show everything"),
            new Shortcut("Right-click on a chart", "save the chart as PNG"));

    private HelpMenu() {
    }

    /** One key or gesture and what it does. */
    public record Shortcut(String keys, String action) {
    }

    public static Menu create(Window owner, MenuBar bar) {
        Menu help = new Menu("Help");
        MenuItem guide = new MenuItem("User guide");
        guide.setAccelerator(KeyCombination.keyCombination("F1"));
        guide.setOnAction(e -> showGuide(owner));
        MenuItem keys = new MenuItem("Keyboard shortcuts");
        keys.setOnAction(e -> showShortcuts(owner, shortcuts(bar)));
        MenuItem about = new MenuItem("About Ladderbench");
        about.setOnAction(e -> showAbout(owner));
        help.getItems().addAll(guide, keys, about);
        return help;
    }

    /** Every menu item with an accelerator, as "Menu ▸ Item", then the chart gestures. */
    public static List<Shortcut> shortcuts(MenuBar bar) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) collect(m, m.getText(), out);
        out.addAll(CHART_GESTURES);
        return out;
    }

    private static void collect(Menu menu, String path, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " ▸ " + sub.getText(), out);
            } else if (item.getAccelerator() != null) {
                out.add(new Shortcut(item.getAccelerator().getDisplayText(), path + " ▸ " + item.getText()));
            }
        }
    }

    /** The guide in its own window; Markdown reads well enough as text in a monospaced font. */
    public static Stage showGuide(Window owner) {
        TextArea text = new TextArea(UserGuide.text());
        text.setId("userGuideText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setStyle("-fx-font-family: monospace;");
        Stage s = new Stage();
        if (owner != null) s.initOwner(owner);
        s.setTitle("Ladderbench user guide");
        s.setScene(new Scene(text, 860, 700));
        s.show();
        return s;
    }

    public static Alert showShortcuts(Window owner, List<Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.setId("shortcutsGrid");
        grid.setHgap(18);
        grid.setVgap(4);
        grid.setPadding(new Insets(6));
        for (int i = 0; i < shortcuts.size(); i++) {
            Label keys = new Label(shortcuts.get(i).keys());
            keys.setStyle("-fx-font-weight: bold;");
            grid.addRow(i, keys, new Label(shortcuts.get(i).action()));
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts and chart gestures");
        a.getDialogPane().setContent(grid);
        if (owner != null) a.initOwner(owner);
        a.show();
        return a;
    }

    public static Alert showAbout(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, AboutInfo.current().render());
        a.setTitle("About Ladderbench");
        a.setHeaderText("Ladderbench: graduated de-risk ladders against all-or-nothing exits");
        a.getDialogPane().setId("aboutDialog");
        if (owner != null) a.initOwner(owner);
        a.show();
        return a;
    }
}
