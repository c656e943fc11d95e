package com.ladderbench.ui.tradesets;

import com.ladderbench.ui.Selection;
import com.ladderbench.ui.Styles;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The TradeSets view alone on a workbench-sized, styled stage: the scroll tests' common start. */
final class TradeSetsStage {
    private TradeSetsStage() {
    }

    static TradeSetsView show(Stage stage) {
        TradeSetsView view = new TradeSetsView(new Selection());
        Scene scene = new Scene(new StackPane(view.node()), 1400, 900);
        Styles.apply(scene);
        stage.setScene(scene);
        stage.show();
        return view;
    }
}
