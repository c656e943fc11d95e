package com.ladderbench.bench;

import com.ladderbench.model.TradeSet;
import com.ladderbench.ui.Selection;
import com.ladderbench.ui.Styles;
import com.ladderbench.ui.TestResults;
import com.ladderbench.ui.tradesets.TradeSetsView;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Scroll steps through 100,000 TradeSets in the real TradeSets view: not a unit test, run by hand.
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.ladderbench.bench.TradeSetsScrollBench [steps]
 * </pre>
 *
 * Starts JavaFX headless (Monocle, software rendering, as the UI tests do) and shows the view in a
 * 1400×900 window with the workbench stylesheet. One step is one wheel notch, delivered as the
 * {@link ScrollEvent} a mouse wheel sends (three rows down), at the start of a pulse; the step's cost
 * is the FX thread's CPU time from that event to the start of the next pulse: the event, then the
 * pulse's CSS, layout and the scene-graph sync the render thread draws from, i.e. everything the FX
 * thread does for that frame. Steps walk down from the top, the middle and the bottom of the list
 * (each start reached by an untimed jump), first with the sets collapsed, then with every set along
 * the walks expanded so leg rows (with their marker icons) scroll by too.
 *
 * <p>Prints per place and mode the FX-thread CPU (min / median / p99 / max; a 60 fps frame is
 * 16.7 ms), the same plus any GC pause inside the step (a pause stops the FX thread without
 * costing it CPU), the render thread's CPU per frame (software rendering here, a GPU on a desktop),
 * the FX thread's allocations per step (what makes young collections come), the slowest steps with
 * their row, and the first steps of a cold JVM apart, as JIT warm-up and not as scrolling, followed
 * by every collection from the fill to the end of those steps with its pause (the first copies what
 * the fill left alive). CPU time is the figure to compare on a busy machine: wall time there includes
 * waiting for a core. Wall time is printed too, from the notch to the end of the pulse's layout (the
 * event, CSS and layout: what a pause or a collector's threads taking the core delay), as are the
 * steps over 16 ms by each measure and the collections during the timed walks, so that a collector
 * that costs the FX thread time without pausing it cannot hide.
 */
public final class TradeSetsScrollBench {
    private static final int SETS = 100_000;
    private static final int ROWS_PER_NOTCH = 3;
    private static final double ROW_PX = 22; // the table's fixed cell size
    private static final int COLD_STEPS = 30;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final List<GarbageCollectorMXBean> GCS = ManagementFactory.getGarbageCollectorMXBeans();

    private TradeSetsScrollBench() {
    }

    /** Where a walk starts: its first row as a fraction of the rows, the last place ending at the last row. */
    private enum Place {
        TOP, MIDDLE, BOTTOM
    }

    /** One step's figures. */
    private record Step(Place place, int firstRow, long cpuNanos, long gcMillis, long renderNanos, long fxBytes,
            long wallNanos) {
    }

    /** A collection's pause as the JVM reports it: when it started (ms of uptime), how long, which. */
    private record Pause(long startMs, long durationMs, String what) {
    }

    private static final ConcurrentLinkedQueue<Pause> PAUSES = new ConcurrentLinkedQueue<>();
    /** A frame at 60 fps, in nanoseconds: a step over it misses a frame. */
    private static final long FRAME_NANOS = 16_000_000;
    /** When the last pulse's layout ended (System.nanoTime), set on the FX thread. */
    private static long layoutDoneAt;

    public static void main(String[] args) throws Exception {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        headless();
        listenToCollections();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);

        List<TradeSet> sets = TestResults.sets(SETS, "BTC-USD");
        long[] fillAt = new long[1];
        TradeSetsView view = onFx(() -> {
            TradeSetsView v = new TradeSetsView(new Selection());
            Scene scene = new Scene(new StackPane(v.node()), 1400, 900);
            Styles.apply(scene);
            scene.addPostLayoutPulseListener(() -> layoutDoneAt = System.nanoTime());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            long t0 = System.nanoTime();
            fillAt[0] = ManagementFactory.getRuntimeMXBean().getUptime();
            v.show(TestResults.result(List.of(TestResults.side("ladder", sets))));
            layout(v);
            System.out.printf(Locale.ROOT, "load %d TradeSets: %.0f ms%n", SETS, (System.nanoTime() - t0) / 1e6);
            return v;
        });
        warmUp(view);
        long warmedAt = ManagementFactory.getRuntimeMXBean().getUptime();
        long render = renderThread();
        List<Step> cold = walk(view, Place.MIDDLE, COLD_STEPS, render);
        print("cold JVM, first steps (JIT warm-up), collapsed, middle", cold);
        printPauses(fillAt[0], warmedAt, ManagementFactory.getRuntimeMXBean().getUptime());
        walkEveryPlace(view, "collapsed", steps, render);

        onFx(() -> {
            // every set along the walks: a step of three rows moves over a set and its legs
            for (Place p : Place.values()) {
                int from = setAt(view, firstRow(view, p, steps));
                for (int i = Math.max(0, from - 60); i < Math.min(SETS, from + steps * ROWS_PER_NOTCH + 60); i++) {
                    view.expand(i);
                }
            }
            return null;
        });
        walkEveryPlace(view, "expanded (leg rows)", steps, render);
        Platform.exit();
    }

    /**
     * Waits for the view's own warm-up after a fill (off screen, in the pulses after it), as an
     * analyst's first wheel step comes after it, and prints what it cost the FX thread.
     */
    private static void warmUp(TradeSetsView view) throws Exception {
        long fx = onFx(() -> Thread.currentThread().getId());
        long wall0 = System.nanoTime();
        long cpu0 = THREADS.getThreadCpuTime(fx);
        while (onFx(() -> view.scrollWarmUpProperty().get())) Thread.sleep(5);
        System.out.printf(Locale.ROOT, "scroll warm-up after the fill (off screen): %.0f ms, FX-thread CPU %.0f ms%n",
                (System.nanoTime() - wall0) / 1e6, (THREADS.getThreadCpuTime(fx) - cpu0) / 1e6);
    }

    /** Walks from each place once to warm up (steady-state steps are the figures), then again, printing each. */
    private static void walkEveryPlace(TradeSetsView view, String label, int steps, long render) throws Exception {
        for (Place p : Place.values()) walk(view, p, steps, render);
        long from = ManagementFactory.getRuntimeMXBean().getUptime();
        List<Step> all = new ArrayList<>();
        for (Place p : Place.values()) {
            List<Step> s = walk(view, p, steps, render);
            print(label + ", " + p.name().toLowerCase(Locale.ROOT), s);
            all.addAll(s);
        }
        print(label + ", all places", all);
        slowest(all);
        printWalkPauses(label, from, ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /** The row a walk of this many steps starts at: the top, the middle, or so that it ends at the last row. */
    private static int firstRow(TradeSetsView view, Place place, int steps) {
        int rows = view.table().getItems().size();
        int visible = (int) Math.ceil(view.table().getHeight() / ROW_PX);
        return switch (place) {
            case TOP -> 0;
            case MIDDLE -> rows / 2;
            case BOTTOM -> Math.max(0, rows - steps * ROWS_PER_NOTCH - visible);
        };
    }

    /** The index among the sets of the set this row belongs to. */
    private static int setAt(TradeSetsView view, int row) {
        int set = -1;
        for (int i = 0; i <= row; i++) {
            if (view.table().getItems().get(i) instanceof com.ladderbench.ui.tradesets.TradeSetRow.SetRow) set++;
        }
        return Math.max(0, set);
    }

    /**
     * Jumps (untimed) to the place, then sends one wheel notch per pulse for {@code steps} pulses and
     * takes each step's FX-thread CPU time, from the notch to the next pulse's start.
     */
    private static List<Step> walk(TradeSetsView view, Place place, int steps, long renderThread) throws Exception {
        int start = onFx(() -> {
            int row = firstRow(view, place, steps);
            view.table().scrollTo(row);
            layout(view);
            return row;
        });
        // looked up once: a lookup parses its selector, and the bench's garbage would count as the step's
        VirtualFlow<?> flow = onFx(() -> (VirtualFlow<?>) view.table().lookup(".virtual-flow"));
        Step[] out = new Step[steps];
        CompletableFuture<Void> done = new CompletableFuture<>();
        onFx(() -> {
            new AnimationTimer() {
                private int step = -2; // one pulse to settle after the jump
                private long cpu0;
                private long gc0;
                private long render0;
                private long bytes0;
                private long wall0;
                private int row0;

                @Override
                public void handle(long now) {
                    try {
                        long cpu = THREADS.getCurrentThreadCpuTime();
                        long gc = gcMillis();
                        long render = renderThread < 0 ? 0 : THREADS.getThreadCpuTime(renderThread);
                        long bytes = THREADS.getCurrentThreadAllocatedBytes();
                        if (step >= 0) {
                            out[step] = new Step(place, row0, cpu - cpu0, gc - gc0, render - render0, bytes - bytes0,
                                    layoutDoneAt - wall0);
                        }
                        if (++step == steps) {
                            stop();
                            done.complete(null);
                            return;
                        }
                        cpu0 = THREADS.getCurrentThreadCpuTime();
                        gc0 = gc;
                        render0 = render;
                        bytes0 = THREADS.getCurrentThreadAllocatedBytes();
                        if (step >= 0) {
                            row0 = firstVisibleRow(flow);
                            wall0 = System.nanoTime();
                            notch(flow);
                        }
                    } catch (Throwable t) {
                        stop();
                        done.completeExceptionally(t);
                    }
                }
            }.start();
            return null;
        });
        done.get(10, TimeUnit.MINUTES);
        if (start < 0) throw new IllegalStateException();
        return List.of(out);
    }

    /** A mouse wheel's notch down over the table, as the platform delivers it: the table scrolls three rows. */
    private static void notch(VirtualFlow<?> flow) {
        double x = flow.getWidth() / 2;
        double y = flow.getHeight() / 2;
        var p = flow.localToScreen(x, y);
        // as a desktop's wheel sends it: three lines (40 px each in deltaY); with a fixed cell size the flow
        // scrolls three rows
        flow.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, x, y, p.getX(), p.getY(), false, false, false, false,
                false, false, 0, -ROWS_PER_NOTCH * 40.0, 0, -ROWS_PER_NOTCH * 40.0,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.LINES,
                -ROWS_PER_NOTCH, 0, null));
    }

    private static int firstVisibleRow(VirtualFlow<?> flow) {
        var cell = flow.getFirstVisibleCell();
        return cell == null ? -1 : cell.getIndex();
    }

    /** Time in stop-the-world pauses: a concurrent collector's cycles ("ZGC Cycles", "Shenandoah Cycles") run beside the FX thread. */
    private static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : GCS) {
            if (!gc.getName().endsWith(" Cycles")) ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    /** Records every collection's pause from here on (the listener runs on a JMX thread, not the FX thread). */
    private static void listenToCollections() {
        for (GarbageCollectorMXBean gc : GCS) {
            if (gc.getName().endsWith(" Cycles")) continue; // a concurrent collector's cycles do not stop the threads
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                PAUSES.add(new Pause(info.getGcInfo().getStartTime(), info.getGcInfo().getDuration(),
                        info.getGcAction() + " (" + info.getGcCause() + ")"));
            }, null, null);
        }
    }

    /**
     * The collections from the fill to the end of the first steps: the first one copies what the fill
     * left alive (the loaded sets and the view's rows), whenever it comes.
     */
    private static void printPauses(long fillMs, long warmedMs, long coldEndMs) {
        StringBuilder sb = new StringBuilder("collections from the fill to the end of the first steps (ms):");
        for (Pause p : PAUSES) {
            if (p.startMs() < fillMs) continue;
            String when = p.startMs() < warmedMs ? "warm-up" : p.startMs() <= coldEndMs ? "first steps" : "later";
            sb.append(String.format(Locale.ROOT, " %d in %s, %s;", p.durationMs(), when, p.what()));
        }
        System.out.println(sb);
    }

    /** The collections while a mode's timed walks ran (the untimed jumps between walks included). */
    private static void printWalkPauses(String label, long fromMs, long toMs) {
        StringBuilder sb = new StringBuilder("  collections during the timed walks, " + label + " (ms):");
        int n = 0;
        for (Pause p : PAUSES) {
            if (p.startMs() < fromMs || p.startMs() > toMs) continue;
            n++;
            sb.append(' ').append(p.durationMs());
        }
        System.out.println(sb.append(n == 0 ? " none" : "").append(" (").append(n).append(')'));
    }

    /** The render thread's id, to read its CPU time; -1 when there is none. */
    private static long renderThread() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) return t.getId();
        }
        return -1;
    }

    private static void layout(TradeSetsView view) {
        Parent root = view.node().getScene().getRoot();
        root.applyCss();
        root.layout();
    }

    private static void print(String what, List<Step> steps) {
        long[] cpu = steps.stream().mapToLong(Step::cpuNanos).toArray();
        long[] felt = steps.stream().mapToLong(s -> s.cpuNanos() + s.gcMillis() * 1_000_000).toArray();
        long[] render = steps.stream().mapToLong(Step::renderNanos).toArray();
        long[] bytes = steps.stream().mapToLong(Step::fxBytes).toArray();
        long[] wall = steps.stream().mapToLong(Step::wallNanos).toArray();
        System.out.printf(Locale.ROOT, "scroll step, %s (%d steps of %d rows): FX-thread CPU %s; with GC pauses %s;"
                + " wall to the end of layout %s; over 16 ms: %d with GC pauses, %d wall;"
                + " render thread median %.2f ms; FX thread allocates median %.0f KB per step%n", what, steps.size(),
                ROWS_PER_NOTCH, summary(cpu), summary(felt), summary(wall), over(felt), over(wall),
                median(render) / 1e6, median(bytes) / 1024.0);
    }

    private static void slowest(List<Step> steps) {
        List<Step> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparingLong(Step::cpuNanos).reversed());
        StringBuilder sb = new StringBuilder("  slowest steps (FX CPU ms @ place, first row shown, GC ms):");
        for (Step s : sorted.subList(0, Math.min(5, sorted.size()))) {
            sb.append(String.format(Locale.ROOT, " %.2f @ %s row %d gc %d;", s.cpuNanos() / 1e6,
                    s.place().name().toLowerCase(Locale.ROOT), s.firstRow(), s.gcMillis()));
        }
        System.out.println(sb);
    }

    private static long over(long[] nanos) {
        return Arrays.stream(nanos).filter(n -> n > FRAME_NANOS).count();
    }

    private static long median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static String summary(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "min %.2f / median %.2f / p99 %.2f / max %.2f ms", s[0] / 1e6,
                s[s.length / 2] / 1e6, s[(int) Math.ceil(s.length * 0.99) - 1] / 1e6, s[s.length - 1] / 1e6);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.get());
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        return done.get(10, TimeUnit.MINUTES);
    }

    /** The UI tests' headless settings (pom.xml), unless given on the command line. */
    private static void headless() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("headless.geometry", "1920x1200-32");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }
}
