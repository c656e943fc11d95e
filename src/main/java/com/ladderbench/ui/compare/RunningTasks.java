package com.ladderbench.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Background runs in progress, each with its progress bar and a Cancel button. Runs start on the
 * given executor and never on the FX thread; a row disappears when its run ends.
 */
final class RunningTasks extends VBox {
    private final Executor executor;
    private final List<Task<?>> running = new ArrayList<>();

    RunningTasks(Executor executor) {
        super(4);
        this.executor = executor;
    }

    void start(Task<?> task) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> task.cancel());
        Label name = new Label("Running " + task.getTitle());
        HBox row = new HBox(8, name, bar, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(row);
        running.add(task);
        task.stateProperty().addListener((o, a, state) -> {
            if (task.isDone()) {
                getChildren().remove(row);
                running.remove(task);
            }
        });
        executor.execute(task);
    }

    /** Stops every run, e.g. when a new result replaces the one they belong to. */
    void cancelAll() {
        for (Task<?> t : List.copyOf(running)) t.cancel();
    }

    boolean isBusy() { return !running.isEmpty(); }
}
