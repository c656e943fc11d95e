package com.ladderbench.bench;

import com.ladderbench.model.TradeSet;
import com.ladderbench.ui.Selection;
import com.ladderbench.ui.Styles;
import com.ladderbench.ui.TestResults;
import com.ladderbench.ui.tradesets.TradeSetsView;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
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
 * Starts JavaFX headless (Monocle, software rendering, as the UI tests do), shows the view in a
 * 1400×900 window with the workbench stylesheet, and times what the FX thread does for one wheel
 * notch: scroll the virtual flow by three rows, then CSS and layout of the window, i.e. every cell
 * that comes into view updated. Steps walk down from several places in the list (each place reached
 * by an untimed jump), first with the sets collapsed, then with every set around the places expanded
 * so leg rows (with their marker icons) scroll by too. Prints min / median / p99 / max per case, wall
 * and FX-thread CPU time; a 60 fps frame is 16.7 ms.
 */
public final class TradeSetsScrollBench {
    private static final int SETS = 100_000;
    private static final double NOTCH_PX = 3 * 22; // three rows of the table's fixed cell size
    private static final int PLACES = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TradeSetsScrollBench() {
    }

    public static void main(String[] args) throws Exception {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        headless();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);

        List<TradeSet> sets = TestResults.sets(SETS, "BTC-USD");
        TradeSetsView view = onFx(() -> {
            TradeSetsView v = new TradeSetsView(new Selection());
            Scene scene = new Scene(new StackPane(v.node()), 1400, 900);
            Styles.apply(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            long t0 = System.nanoTime();
            v.show(TestResults.result(List.of(TestResults.side("ladder", sets))));
            layout(v);
            System.out.printf(Locale.ROOT, "load %d TradeSets: %.0f ms%n", SETS, (System.nanoTime() - t0) / 1e6);
            return v;
        });
        // warm-up (JIT, CSS caches): the figures are steady-state steps, as an analyst scrolling sees them
        run(view, Math.max(steps, 2_000));
        print("collapsed sets", run(view, steps));
        onFx(() -> {
            for (int p = 0; p < PLACES; p++) {
                int from = place(p);
                for (int i = from; i < Math.min(SETS, from + steps * 2); i++) view.expand(i);
            }
            return null;
        });
        run(view, Math.max(steps, 2_000));
        print("expanded sets (leg rows)", run(view, steps));
        Platform.exit();
    }

    /** First row of the n-th place the steps start from, spread over the list. */
    private static int place(int n) {
        return (int) ((long) SETS * n / PLACES);
    }

    /**
     * Wall and FX-thread CPU nanoseconds of each of {@code steps} steps, walking down from each place
     * in turn. CPU time is the figure to compare on a busy machine: wall time there includes waiting
     * for a core.
     */
    private static long[][] run(TradeSetsView view, int steps) throws Exception {
        long[] wall = new long[steps];
        long[] cpu = new long[steps];
        int perPlace = Math.max(1, steps / PLACES);
        for (int done = 0; done < steps; ) {
            int start = place((done / perPlace) % PLACES);
            onFx(() -> {
                view.table().scrollTo(start);
                layout(view);
                return null;
            });
            int n = Math.min(perPlace, steps - done);
            int from = done;
            onFx(() -> {
                VirtualFlow<?> flow = (VirtualFlow<?>) view.table().lookup(".virtual-flow");
                for (int k = 0; k < n; k++) {
                    long t0 = System.nanoTime();
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    flow.scrollPixels(NOTCH_PX);
                    layout(view);
                    wall[from + k] = System.nanoTime() - t0;
                    cpu[from + k] = THREADS.getCurrentThreadCpuTime() - c0;
                }
                return null;
            });
            done += n;
        }
        return new long[][] {wall, cpu};
    }

    private static void layout(TradeSetsView view) {
        Parent root = view.node().getScene().getRoot();
        root.applyCss();
        root.layout();
    }

    private static void print(String what, long[][] wallAndCpu) {
        System.out.printf(Locale.ROOT, "scroll step, %s (%d steps of %.0f px): wall %s; FX-thread CPU %s%n",
                what, wallAndCpu[0].length, NOTCH_PX, summary(wallAndCpu[0]), summary(wallAndCpu[1]));
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
