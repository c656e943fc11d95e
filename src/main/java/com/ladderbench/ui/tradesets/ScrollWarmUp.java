package com.ladderbench.ui.tradesets;

import com.ladderbench.ui.Styles;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Takes the TradeSets table's wheel-step path a bounded number of times, off screen, when a table of
 * many rows is first filled, so that the analyst's first wheel steps run compiled code.
 *
 * <p>Why: the JVM runs code interpreted until it has run often enough to be compiled. In a fresh
 * workbench the first thirty wheel steps through 100,000 TradeSets cost 10-40 ms of FX-thread time
 * each (a 60 fps frame is 16.7 ms), most of it the virtual flow's walks over the rows above the view,
 * interpreted; warm, a step costs 4-6 ms. So an off-screen twin of the table ({@link TradeSetsTable}:
 * the same columns, cells, row factory and {@link ScrollStepFlow}) over the same sets, some of them
 * expanded, in a scene with the workbench stylesheet, is sent {@value #NOTCHES} wheel notches from
 * the middle of the list, each followed by what a pulse would run (CSS, layout, bounds and the sync
 * for rendering: a snapshot of one pixel of the twin's scene), as many per pulse as fit in
 * {@value #PULSE_BUDGET_MS} ms (at least one), then dropped. Nothing on screen changes. A pulse in
 * which the analyst scrolled the real table is left to that step. At the end the real table builds
 * its spare rows ({@link ScrollStepFlow#buildSpareCells}). Once per view: compiled code stays compiled.
 */
final class ScrollWarmUp {
    /** Fewer rows than this scroll cheaply even interpreted (the walks above the view are short). */
    static final int MIN_ROWS = 2_000;
    static final int NOTCHES = 240;
    private static final int PULSE_BUDGET_MS = 4;
    private static final int ROWS_PER_NOTCH = 3;
    /** Sets after the start whose legs the twin shows, so that leg rows scroll by too. */
    private static final int EXPANDED_SETS = 40;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private boolean started;
    private boolean userScrolled;
    /** Held weakly: only its timer and scene may keep it, for the warm-up's length. */
    private Reference<TableView<TradeSetRow>> twin = new WeakReference<>(null);

    /** True from the start of the warm-up to its end. */
    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The off-screen twin table, once made; cleared by the collector once the warm-up has let go of it. */
    Reference<TableView<TradeSetRow>> twin() {
        return twin;
    }

    /** Tells the warm-up that the analyst scrolled the real table: that pulse is theirs. */
    void userScrolled() {
        userScrolled = true;
    }

    /**
     * Starts the warm-up over the sets of these rows (just filled, all collapsed) when it has not run in
     * this view and they make many rows.
     *
     * @param shown the table on screen: the twin copies its columns' visibility and its size
     */
    void startIfDue(TradeSetRows shownRows, List<TradeSetColumns.Spec> specs, TableView<TradeSetRow> shown) {
        if (started || shownRows.rows().size() < MIN_ROWS) return;
        started = true;
        running.set(true);
        TradeSetRows rows = TradeSetRows.sharingSetRows(shownRows);
        int middle = rows.rows().size() / 2;
        for (int i = 0, row = middle + 1; i < EXPANDED_SETS && row < rows.rows().size(); i++) {
            rows.expand(row);
            row += 1 + rows.rows().get(row).set().legs().size();
        }
        TableView<TradeSetRow> twin = TradeSetsTable.create(specs, rows.expanded(), row -> { });
        twin.setItems(rows.rows());
        this.twin = new WeakReference<>(twin);
        for (int i = 0; i < twin.getColumns().size(); i++) {
            twin.getColumns().get(i).setVisible(shown.getColumns().get(i).isVisible());
        }
        // what a pulse does after a step (the CSS and layout of what changed, bounds, the sync for
        // rendering) happens for a scene off screen when a node of it is snapshot: a 1-pixel one
        Region probe = new Region();
        probe.setMaxSize(1, 1);
        WritableImage pixel = new WritableImage(1, 1);
        Scene scene = new Scene(new StackPane(twin, probe), width(shown), height(shown));
        Styles.apply(scene);
        new AnimationTimer() {
            private int left = NOTCHES;
            private boolean placed;

            @Override
            public void handle(long now) {
                if (userScrolled) {
                    userScrolled = false;
                    return;
                }
                if (!placed) {
                    probe.snapshot(null, pixel);
                    twin.scrollTo(middle);
                    probe.snapshot(null, pixel);
                    placed = true;
                    return;
                }
                long until = System.nanoTime() + PULSE_BUDGET_MS * 1_000_000L;
                do {
                    VirtualFlow<?> flow = (VirtualFlow<?>) twin.lookup(".virtual-flow");
                    if (flow == null) break;
                    if (flow.getPosition() >= 1) twin.scrollTo(rows.rows().size() / 4);
                    notch(flow);
                    probe.snapshot(null, pixel);
                } while (--left > 0 && System.nanoTime() < until);
                if (left <= 0) {
                    stop();
                    if (shown.lookup(".virtual-flow") instanceof ScrollStepFlow<?> flow) flow.buildSpareCells();
                    twin.setItems(null);
                    running.set(false);
                }
            }
        }.start();
    }

    /** One wheel notch down over the flow, as the platform delivers it (three lines). */
    private static void notch(VirtualFlow<?> flow) {
        double x = flow.getWidth() / 2;
        double y = flow.getHeight() / 2;
        flow.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, false, false, false, false, false,
                0, -ROWS_PER_NOTCH * 40.0, 0, -ROWS_PER_NOTCH * 40.0, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.LINES, -ROWS_PER_NOTCH, 0, null));
    }

    private static double width(TableView<?> shown) {
        return shown.getWidth() > 0 ? shown.getWidth() : 1400;
    }

    private static double height(TableView<?> shown) {
        return shown.getHeight() > 0 ? shown.getHeight() : 800;
    }
}
