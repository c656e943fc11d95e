package com.ladderbench.core.data;

import com.ladderbench.core.io.OutputTarget;
import com.ladderbench.core.io.Timestamps;
import com.ladderbench.core.text.Decimals;
import com.ladderbench.model.BarSeries;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a series as the CSV that {@link BarCsvReader} reads: header
 * {@code timestamp,open,high,low,close,volume[,spread_bps]}, ISO-8601 UTC timestamps, numbers in
 * their shortest round-trip form ({@link Decimals#exact}: reading the file back gives the identical doubles), an
 * empty spread cell where a bar has none, {@code \n} line ends. Written atomically.
 */
public final class BarCsvWriter {
    private BarCsvWriter() {
    }

    public static void write(BarSeries series, Path out) throws IOException {
        write(series, OutputTarget.file(out));
    }

    public static void write(BarSeries series, OutputTarget out) throws IOException {
        out.writeFile(stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.US_ASCII);
            writeTo(series, w);
            w.flush();
        });
    }

    static void writeTo(BarSeries s, Writer w) throws IOException {
        w.write(s.hasSpread() ? "timestamp,open,high,low,close,volume,spread_bps\n" : "timestamp,open,high,low,close,volume\n");
        long[] time = s.time();
        double[] spread = s.spreadBps();
        StringBuilder line = new StringBuilder(96);
        for (int i = 0; i < s.size(); i++) {
            line.setLength(0);
            line.append(Timestamps.format(time[i]))
                    .append(',').append(Decimals.exact(s.open()[i]))
                    .append(',').append(Decimals.exact(s.high()[i]))
                    .append(',').append(Decimals.exact(s.low()[i]))
                    .append(',').append(Decimals.exact(s.close()[i]))
                    .append(',').append(Decimals.exact(s.volume()[i]));
            if (spread != null) {
                line.append(',');
                if (!Double.isNaN(spread[i])) line.append(Decimals.exact(spread[i]));
            }
            line.append('\n');
            w.append(line);
        }
    }
}
