package com.ladderbench.core.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import com.ladderbench.core.text.Decimals;
import java.util.Locale;

/** Small, dependency-free inline SVG charts for the self-contained HTML report. */
final class SvgCharts {
    static final String[] PALETTE = {"#1f6feb", "#d1242f", "#1a7f37", "#8250df", "#bf8700", "#0a7ea4", "#cf222e"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private SvgCharts() {
    }

    /** One named line of a time chart. */
    record Line(String name, long[] time, double[] values) {
    }

    /** A time-series chart with a shared x range; lines are decimated per pixel column. */
    static String timeChart(String title, List<Line> lines, int width, int height, String unit) {
        int left = 70;
        int right = 12;
        int top = 24;
        int bottom = 28;
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        long t0 = Long.MAX_VALUE;
        long t1 = Long.MIN_VALUE;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            if (l.time().length == 0) continue;
            t0 = Math.min(t0, l.time()[0]);
            t1 = Math.max(t1, l.time()[l.time().length - 1]);
            for (double v : l.values()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.esc(title)).append("\">");
        sb.append("<text x=\"").append(left).append("\" y=\"15\" class=\"title\">").append(Html.esc(title))
                .append("</text>");
        if (t0 == Long.MAX_VALUE || !(hi >= lo)) {
            return sb.append("<text x=\"").append(left).append("\" y=\"50\">no data</text></svg>").toString();
        }
        if (hi == lo) {
            hi += 1;
            lo -= 1;
        }
        double pad = (hi - lo) * 0.05;
        hi += pad;
        lo -= pad;
        if (t1 == t0) t1 = t0 + 1;
        // grid and y labels
        for (int g = 0; g <= 4; g++) {
            double v = lo + (hi - lo) * g / 4;
            double y = top + plotH - (v - lo) / (hi - lo) * plotH;
            sb.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/><text x=\"%d\" y=\"%.1f\""
                            + " class=\"axis\" text-anchor=\"end\">%s</text>",
                    left, left + plotW, y, y, left - 6, y + 4, Html.esc(axisNumber(v) + unit)));
        }
        for (int g = 0; g <= 4; g++) {
            long t = t0 + (t1 - t0) * g / 4;
            double x = left + (double) plotW * g / 4;
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%s"
                    + "</text>", x, height - 8, DAY.format(Instant.ofEpochMilli(t))));
        }
        for (int li = 0; li < lines.size(); li++) {
            Line l = lines.get(li);
            int[] idx = Decimator.indices(l.values(), plotW);
            StringBuilder d = new StringBuilder();
            for (int k = 0; k < idx.length; k++) {
                int i = idx[k];
                double v = l.values()[i];
                if (!Double.isFinite(v)) continue;
                double x = left + (double) (l.time()[i] - t0) / (t1 - t0) * plotW;
                double y = top + plotH - (v - lo) / (hi - lo) * plotH;
                d.append(d.length() == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            }
            sb.append("<path fill=\"none\" stroke-width=\"1.5\" stroke=\"").append(PALETTE[li % PALETTE.length])
                    .append("\" d=\"").append(d).append("\"><title>").append(Html.esc(l.name()))
                    .append("</title></path>");
        }
        // legend
        int lx = left + 8;
        for (int li = 0; li < lines.size(); li++) {
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>", lx, top + 4,
                    PALETTE[li % PALETTE.length], lx + 14, top + 13, Html.esc(lines.get(li).name())));
            lx += 24 + 8 * lines.get(li).name().length();
        }
        return sb.append("</svg>").toString();
    }

    /** Grouped horizontal bars: one group per label, one bar per series. */
    static String groupedBars(String title, List<String> labels, List<String> series, long[][] values, int width) {
        int rowH = 14;
        int groupGap = 10;
        int left = 180;
        int top = 24;
        int groupH = series.size() * rowH + groupGap;
        int height = top + Math.max(1, labels.size()) * groupH + 30;
        long max = 1;
        for (long[] row : values) {
            for (long v : row) max = Math.max(max, v);
        }
        int plotW = width - left - 60;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.esc(title)).append("\">");
        sb.append("<text x=\"10\" y=\"15\" class=\"title\">").append(Html.esc(title)).append("</text>");
        if (labels.isEmpty()) return sb.append("<text x=\"10\" y=\"45\">none</text></svg>").toString();
        for (int g = 0; g < labels.size(); g++) {
            int y0 = top + g * groupH;
            sb.append("<text x=\"").append(left - 8).append("\" y=\"").append(y0 + rowH)
                    .append("\" class=\"axis\" text-anchor=\"end\">").append(Html.esc(labels.get(g))).append("</text>");
            for (int s = 0; s < series.size(); s++) {
                long v = values[s][g];
                double w = (double) v / max * plotW;
                int y = y0 + s * rowH;
                sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                        + "<title>%s: %d</title></rect><text x=\"%.1f\" y=\"%d\" class=\"axis\">%d</text>", left, y,
                        w, rowH - 2, PALETTE[s % PALETTE.length], Html.esc(series.get(s)), v, left + w + 4,
                        y + rowH - 3, v));
            }
        }
        int lx = left;
        int ly = height - 12;
        for (int s = 0; s < series.size(); s++) {
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>", lx, ly - 9, PALETTE[s % PALETTE.length],
                    lx + 14, ly, Html.esc(series.get(s))));
            lx += 24 + 8 * series.get(s).length();
        }
        return sb.append("</svg>").toString();
    }

    static String axisNumber(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) return Decimals.fixed(v / 1e6, 2) + "M";
        if (a >= 1e4) return Decimals.fixed(v / 1e3, 1) + "k";
        if (a >= 100) return Decimals.fixed(v, 0);
        return Decimals.fixed(v, 2);
    }
}
