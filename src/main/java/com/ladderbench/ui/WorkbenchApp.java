package com.ladderbench.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX workbench: opens the last workspace, or the default sample, already run. */
public final class WorkbenchApp extends Application {

    public static void launchWorkbench(String[] args) {
        FxStartupLog.quiet();
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Workbench workbench = new Workbench(stage, WorkspaceStore.inHome());
        stage.setTitle("Ladderbench");
        stage.setScene(scene(workbench));
        stage.show();
        workbench.open();
    }

    /** The window's scene with the workbench stylesheet. */
    public static Scene scene(Workbench workbench) {
        Scene scene = new Scene(workbench.root(), 1400, 900);
        Styles.apply(scene);
        return scene;
    }
}
