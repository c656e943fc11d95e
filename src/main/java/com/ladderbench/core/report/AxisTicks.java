package com.ladderbench.core.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Axis ticks at round values, as a reader expects them: numbers in 1-2-5 steps (98k, 100k, 102k),
 * times at whole hours, days or months in UTC (the data's zone), labelled with as few digits as
 * keep neighbouring ticks distinct.
 */
final class AxisTicks {
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    private static final long[] TIME_STEPS = {HOUR, 2 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY};
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 60, 120};
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONTHS = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Round values from lo to hi (both ends included, the range widened to whole steps) and their step. */
    record Scale(double lo, double hi, double step) {
        List<Double> values() {
            List<Double> out = new ArrayList<>();
            long n = Math.round((hi - lo) / step);
            for (long i = 0; i <= n; i++) {
                double v = lo + i * step;
                out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
            }
            return out;
        }
    }

    /** A time tick and its label. */
    record TimeTick(long time, String label) {
    }

    private AxisTicks() {
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        double nice = f <= 1.000000001 ? 1 : f <= 2.000000001 ? 2 : f <= 5.000000001 ? 5 : 10;
        return nice * p;
    }

    /** At most about {@code maxTicks} intervals covering [lo, hi], snapped outward to round values. */
    static Scale scale(double lo, double hi, int maxTicks) {
        if (!(hi > lo)) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.01;
            lo -= pad;
            hi += pad;
        }
        double step = niceStep((hi - lo) / Math.max(1, maxTicks));
        return new Scale(Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step, step);
    }

    /** A tick label: 98k, 100.5k, 1.25M, 12, 0.05; the step decides the decimals so neighbours stay distinct. */
    static String label(double v, double step) {
        double a = Math.abs(v);
        if (a >= 1e6 && step >= 1e4) return decimals(v / 1e6, step / 1e6) + "M";
        if (a >= 1e4 && step >= 100) return decimals(v / 1e3, step / 1e3) + "k";
        return decimals(v, step);
    }

    private static String decimals(double v, double step) {
        int d = step >= 1 ? 0 : (int) Math.min(8, Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, "%." + d + "f", v);
    }

    /** Ticks at round times in [t0, t1], at least {@code spanPerTick} milliseconds apart. */
    static List<TimeTick> times(long t0, long t1, double spanPerTick) {
        List<TimeTick> out = new ArrayList<>();
        for (long step : TIME_STEPS) {
            if (step >= spanPerTick) {
                DateTimeFormatter f = step < DAY ? HOURS : DAYS;
                for (long t = Math.floorDiv(t0 + step - 1, step) * step; t <= t1; t += step) {
                    out.add(new TimeTick(t, f.format(Instant.ofEpochMilli(t))));
                }
                return out;
            }
        }
        int months = MONTH_STEPS[MONTH_STEPS.length - 1];
        for (int m : MONTH_STEPS) {
            if (m * 30.44 * DAY >= spanPerTick) {
                months = m;
                break;
            }
        }
        ZonedDateTime start = Instant.ofEpochMilli(t0).atZone(ZoneOffset.UTC);
        int month0 = start.getYear() * 12 + start.getMonthValue() - 1;
        for (int m = (month0 + months - 1) / months * months; ; m += months) {
            long t = ZonedDateTime.of(m / 12, m % 12 + 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant().toEpochMilli();
            if (t > t1) break;
            if (t >= t0) out.add(new TimeTick(t, (months >= 12 ? DateTimeFormatter.ofPattern("yyyy", Locale.ROOT)
                    .withZone(ZoneOffset.UTC) : MONTHS).format(Instant.ofEpochMilli(t))));
        }
        return out;
    }
}
