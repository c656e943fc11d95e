package com.ladderbench.ui.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.RunResult;
import com.ladderbench.ui.Selection;
import com.ladderbench.ui.WorkbenchResult;
import com.ladderbench.ui.charts.Fixtures;
import com.ladderbench.ui.charts.Snapshots;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TelemetryViewTest {
    private final Selection selection = new Selection();
    private TelemetryView view;

    @Start
    void start(Stage stage) {
        view = new TelemetryView(selection);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1280, 800));
        stage.show();
    }

    private WorkbenchResult shown() throws Exception {
        WorkbenchResult r = Fixtures.sample();
        WaitForAsyncUtils.asyncFx(() -> view.show(r)).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return r;
    }

    @Test
    void matrixTotalsEqualTheEventLogLength() throws Exception {
        WorkbenchResult r = shown();
        int events = r.primary().events().size();
        assertTrue(events > 0);
        assertEquals(events, view.eventLog().getItems().size(), "the unfiltered log lists every event");
        assertEquals(String.format(Locale.ROOT, "%,d", events), view.matrix().grandTotalText());
        double cells = 0;
        for (double[] row : view.matrix().data().values()) for (double v : row) cells += v;
        assertEquals(events, cells, 0.0, "the cells add up to the log");
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(view.node(), "telemetry")).get(20, TimeUnit.SECONDS);
    }

    @Test
    void theRunChooserSwitchesEveryPartToThatRun() throws Exception {
        WorkbenchResult r = shown();
        RunResult baseline = r.baselineOrNull();
        WaitForAsyncUtils.asyncFx(() -> view.runChooser().setValue("baseline")).get(5, TimeUnit.SECONDS);
        assertEquals(baseline.events().size(), view.eventLog().getItems().size());
        assertEquals(String.format(Locale.ROOT, "%,d", baseline.events().size()), view.matrix().grandTotalText());
        long preempted = baseline.eventCounts().stream()
                .filter(c -> c.reason().kind() == com.ladderbench.model.BlockReason.Kind.PREEMPTION)
                .mapToLong(RunResult.EventCount::count).sum();
        double bars = view.preemptionChart().getData().get(0).getData().stream()
                .mapToDouble(d -> d.getXValue().doubleValue()).sum();
        assertEquals(preempted, bars, 0.0, "the bars add up to the preemption events");
    }

    @Test
    void filtersNarrowTheLogAndSelectingARowSelectsTheEvent(FxRobot robot) throws Exception {
        WorkbenchResult r = shown();
        BlockEvent some = r.primary().events().get(0);
        WaitForAsyncUtils.asyncFx(() -> view.reasonFilter().setValue(some.reason().wire())).get(5, TimeUnit.SECONDS);
        long expected = r.primary().events().stream().filter(e -> e.reason() == some.reason()).count();
        assertEquals(expected, view.eventLog().getItems().size());
        assertTrue(view.eventLog().getItems().stream().allMatch(e -> e.reason() == some.reason()));
        robot.clickOn(view.searchField()).write("zzz-no-such-text");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.eventLog().getItems().isEmpty(), "text search narrows further");
        WaitForAsyncUtils.asyncFx(() -> {
            view.searchField().clear();
            view.reasonFilter().setValue(TelemetryView.ALL);
        }).get(5, TimeUnit.SECONDS);
        assertFalse(view.eventLog().getItems().isEmpty());
        WaitForAsyncUtils.asyncFx(() -> view.eventLog().getSelectionModel().select(3)).get(5, TimeUnit.SECONDS);
        assertSame(view.eventLog().getItems().get(3), selection.eventProperty().get(),
                "the selected event is shared with the other views");
    }

    @Test
    void anEventFilterMatchesTextIgnoringCase() {
        BlockEvent e = Fixtures.sample().primary().events().get(0);
        assertTrue(new EventFilter(null, null, null, null, e.triggerId().toUpperCase(Locale.ROOT)).test(e));
        assertTrue(EventFilter.ALL.test(e));
        assertFalse(new EventFilter(null, null, "not-" + e.triggerId(), null, null).test(e));
    }

    @Test
    void anEventSelectedElsewhereIsSelectedInTheLogAndScrolledIntoView() throws Exception {
        WorkbenchResult r = shown();
        RunResult ladder = r.primary();
        com.ladderbench.model.BlockEvent ev = ladder.events().get(ladder.events().size() - 1);
        // the log shows the baseline, filtered to a category the event does not have
        WaitForAsyncUtils.asyncFx(() -> view.runChooser().setValue("baseline")).get(5, TimeUnit.SECONDS);
        String other = r.baselineOrNull().events().stream().map(e -> e.category().wire())
                .filter(c -> !c.equals(ev.category().wire())).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> view.categoryFilter().setValue(other)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> selection.eventProperty().set(ev)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ladder", view.runChooser().getValue(), "the event's run is shown");
        assertEquals(TelemetryView.ALL, view.categoryFilter().getValue(), "the filter hiding it is cleared");
        assertEquals(ev, view.eventLog().getSelectionModel().getSelectedItem());
        int index = view.eventLog().getSelectionModel().getSelectedIndex();
        @SuppressWarnings("unchecked")
        javafx.scene.control.skin.VirtualFlow<javafx.scene.control.IndexedCell<?>> flow =
                (javafx.scene.control.skin.VirtualFlow<javafx.scene.control.IndexedCell<?>>)
                        view.eventLog().lookup(".virtual-flow");
        int first = flow.getFirstVisibleCell().getIndex();
        int last = flow.getLastVisibleCell().getIndex();
        assertTrue(first <= index && index <= last, index + " in view " + first + ".." + last);
        assertTrue(index > last - first, "deeper than one screen of the log, so it had to scroll: " + index);
        assertEquals(ev, selection.eventProperty().get(), "the selection stays the event chosen elsewhere");
    }
}
