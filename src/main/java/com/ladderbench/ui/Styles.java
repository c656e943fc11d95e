package com.ladderbench.ui;

import javafx.scene.Scene;

/** The workbench stylesheet, shared by the window and headless screenshots. */
public final class Styles {
    private Styles() {
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(Styles.class.getResource("workbench.css").toExternalForm());
    }
}
