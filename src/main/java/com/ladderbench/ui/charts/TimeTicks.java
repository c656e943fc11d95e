package com.ladderbench.ui.charts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Tick positions and labels for a time axis in UTC (the data files' zone): the coarsest round
 * step — minutes, hours, days, months — that leaves room for each label.
 */
public final class TimeTicks {
    private static final long MIN = 60_000L;
    private static final long HOUR = 60 * MIN;
    private static final long DAY = 24 * HOUR;
    private static final long[] STEPS = {
        MIN, 5 * MIN, 15 * MIN, 30 * MIN, HOUR, 2 * HOUR, 4 * HOUR, 6 * HOUR, 12 * HOUR,
        DAY, 2 * DAY, 7 * DAY, 14 * DAY,
    };
    private static final int[] MONTH_STEPS = {1, 3, 6, 12, 24, 60};
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONTHS = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** One labelled tick. */
    public record Tick(long time, String label) {
    }

    private TimeTicks() {
    }

    /** Ticks inside {@code range} at least {@code minPixels} apart on an axis {@code pixels} wide. */
    public static List<Tick> ticks(XRange range, double pixels, double minPixels) {
        double perPixel = range.span() / Math.max(1, pixels);
        long wanted = (long) Math.ceil(perPixel * minPixels);
        List<Tick> out = new ArrayList<>();
        for (long step : STEPS) {
            if (step >= wanted) {
                DateTimeFormatter f = step < DAY ? MINUTES : DAYS;
                long first = (long) Math.ceil(range.min() / step) * step;
                for (long t = first; t <= range.max(); t += step) out.add(new Tick(t, f.format(Instant.ofEpochMilli(t))));
                return out;
            }
        }
        int months = MONTH_STEPS[MONTH_STEPS.length - 1];
        for (int m : MONTH_STEPS) {
            if (m * 30 * DAY >= wanted) {
                months = m;
                break;
            }
        }
        ZonedDateTime start = Instant.ofEpochMilli((long) range.min()).atZone(ZoneOffset.UTC)
                .withDayOfMonth(1).toLocalDate().atStartOfDay(ZoneOffset.UTC);
        int month0 = start.getYear() * 12 + start.getMonthValue() - 1;
        int aligned = (month0 + months - 1) / months * months;
        for (int m = aligned; ; m += months) {
            long t = ZonedDateTime.of(m / 12, m % 12 + 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant().toEpochMilli();
            if (t > range.max()) break;
            if (t >= range.min()) out.add(new Tick(t, MONTHS.format(Instant.ofEpochMilli(t))));
        }
        return out;
    }

    /** A full timestamp for read-outs and tooltips, minutes precision, UTC. */
    public static String full(long time) {
        return FULL.format(Instant.ofEpochMilli(time));
    }
}
