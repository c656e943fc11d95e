package com.ladderbench.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX workbench. */
public final class WorkbenchApp extends Application {

    public static void launchWorkbench(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Ladderbench");
        stage.setScene(new Scene(new StackPane(new Label("Ladderbench")), 1400, 900));
        stage.show();
    }
}
