package com.ladderbench.bench;

import com.ladderbench.core.data.BarCsvReader;
import com.ladderbench.core.data.BarCsvWriter;
import com.ladderbench.core.data.DataSpec;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Load rate of market-data CSVs: not a unit test, run by hand.
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat cp.txt) com.ladderbench.bench.CsvLoadBench 1000000
 * </pre>
 *
 * Writes a synthetic file (ISO timestamps, as generate-data writes) and the same bars with epoch
 * millisecond timestamps, reads each several times, and prints rows/s (median and best) and the
 * peak heap during one read.
 */
public final class CsvLoadBench {
    private CsvLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path dir = Files.createTempDirectory("csvbench");
        BarSeries bars = SyntheticMarket.generate("BTC-USD", Timeframe.M1, rows, 1);
        Path iso = dir.resolve("BTC-USD_1m.csv");
        BarCsvWriter.write(bars, iso);
        Path epoch = dir.resolve("epoch").resolve("BTC-USD_1m.csv");
        Files.createDirectories(epoch.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(epoch)) {
            // same rows, epoch-ms timestamps: shows what ISO parsing costs
            for (String line : (Iterable<String>) Files.lines(iso)::iterator) {
                int comma = line.indexOf(',');
                String stamp = line.substring(0, comma);
                w.write(stamp.equals("timestamp") ? stamp : Long.toString(java.time.Instant.parse(stamp).toEpochMilli()));
                w.write(line, comma, line.length() - comma);
                w.newLine();
            }
        }
        bars = null;
        measure("iso-8601", DataSpec.parse(iso.toString()), rows, runs);
        measure("epoch-ms", DataSpec.parse(epoch.toString()), rows, runs);
        Files.delete(epoch);
        Files.delete(epoch.getParent());
        Files.delete(iso);
        Files.delete(dir);
    }

    private static void measure(String label, DataSpec spec, int rows, int runs) throws Exception {
        long bytes = Files.size(spec.path());
        double[] rates = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            BarSeries s = BarCsvReader.read(spec);
            long t1 = System.nanoTime();
            if (s.size() != rows) throw new IllegalStateException("read " + s.size() + " rows");
            rates[r] = rows / ((t1 - t0) / 1e9);
        }
        Arrays.sort(rates);
        System.gc();
        long before = heapUsed();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        BarSeries kept = BarCsvReader.read(spec);
        long peak = heapPeak();
        System.gc();
        long retained = heapUsed() - before;
        System.out.printf(Locale.ROOT, "%s: %d rows, %.1f MB: median %.0f rows/s, best %.0f rows/s; "
                + "heap peak during a read %.0f MB (%.0f MB before), series retained %.0f MB%n",
                label, kept.size(), bytes / 1e6, rates[runs / 2], rates[runs - 1], peak / 1e6, before / 1e6, retained / 1e6);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Sum of each heap pool's peak: an upper bound on the peak of the whole heap. */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
