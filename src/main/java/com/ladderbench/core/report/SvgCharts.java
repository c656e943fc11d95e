package com.ladderbench.core.report;

import java.util.List;
import com.ladderbench.core.text.Decimals;
import java.util.Locale;

/** Small, dependency-free inline SVG charts for the self-contained HTML report. */
final class SvgCharts {

    private SvgCharts() {
    }

    /** One named line of a time chart in its side's colour. */
    record Line(String name, String color, long[] time, double[] values) {
    }

    /**
     * A time-series chart with a shared x range; lines are decimated per pixel column. The legend sits
     * in the top margin beside the title, so it never covers a line; the y axis ends on round values;
     * the outermost date labels are anchored inside the picture.
     */
    static String timeChart(String title, List<Line> lines, int width, int height, String unit) {
        int left = 64;
        int right = 16;
        int top = 30;
        int bottom = 24;
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
        legend(sb, lines.stream().map(Line::name).toList(), lines.stream().map(Line::color).toList(),
                left + 24 + 9 * title.length(), 6);
        if (t0 == Long.MAX_VALUE || !(hi >= lo)) {
            return sb.append("<text x=\"").append(left).append("\" y=\"50\">no data</text></svg>").toString();
        }
        AxisTicks.Scale scale = AxisTicks.scale(lo, hi, Math.max(2, plotH / 36));
        lo = scale.lo();
        hi = scale.hi();
        if (t1 == t0) t1 = t0 + 1;
        for (double v : scale.values()) {
            double y = top + plotH - (v - lo) / (hi - lo) * plotH;
            sb.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/><text x=\"%d\" y=\"%.1f\""
                            + " class=\"axis\" text-anchor=\"end\">%s</text>",
                    left, left + plotW, y, y, left - 6, y + 4, Html.esc(AxisTicks.label(v, scale.step()) + unit)));
        }
        for (AxisTicks.TimeTick t : AxisTicks.times(t0, t1, (double) (t1 - t0) / plotW * 110)) {
            double x = left + (double) (t.time() - t0) / (t1 - t0) * plotW;
            double half = 3.3 * t.label().length();
            String anchor = x + half > width - 2 ? "end" : x - half < 2 ? "start" : "middle";
            double lx = anchor.equals("end") ? width - 2 : anchor.equals("start") ? 2 : x;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" class=\"grid\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" class=\"axis\" text-anchor=\"%s\">%s</text>", x, x, top, top + plotH,
                    lx, height - 8, anchor, t.label()));
        }
        for (Line l : lines) {
            int[] idx = Decimator.indices(l.values(), plotW);
            StringBuilder d = new StringBuilder();
            for (int i : idx) {
                double v = l.values()[i];
                if (!Double.isFinite(v)) continue;
                double x = left + (double) (l.time()[i] - t0) / (t1 - t0) * plotW;
                double y = top + plotH - (v - lo) / (hi - lo) * plotH;
                d.append(d.length() == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            }
            sb.append("<path fill=\"none\" stroke-width=\"1.5\" stroke=\"").append(l.color())
                    .append("\" d=\"").append(d).append("\"><title>").append(Html.esc(l.name()))
                    .append("</title></path>");
        }
        return sb.append("</svg>").toString();
    }

    /** Colour swatches and names in one row from (x, y), outside any plot area. */
    private static void legend(StringBuilder sb, List<String> names, List<String> colors, int x, int y) {
        int lx = x;
        for (int i = 0; i < names.size(); i++) {
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>", lx, y, colors.get(i), lx + 14, y + 9,
                    Html.esc(names.get(i))));
            lx += 28 + 7 * names.get(i).length();
        }
    }

    /** Grouped horizontal bars: one group per label, one bar per series. */
    static String groupedBars(String title, List<String> labels, List<String> series, List<String> colors,
            long[][] values, int width) {
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
                        w, rowH - 2, colors.get(s), Html.esc(series.get(s)), v, left + w + 4,
                        y + rowH - 3, v));
            }
        }
        legend(sb, series, colors, left, height - 21);
        return sb.append("</svg>").toString();
    }
    /**
     * A heatmap of one metric over two parameters: one cell per (x, y) value pair, coloured like the
     * workbench's sweep heatmap (red worst, green best) and labelled with its value; NaN cells are grey.
     *
     * @param cells {@code cells[row][column]}, rows in {@code yValues} order
     * @param higherBetter whether a larger value is the better end of the scale
     * @param cellText the text of each cell's value
     */
    static String heatmap(String title, String xName, List<String> xValues, String yName, List<String> yValues,
            double[][] cells, boolean higherBetter, java.util.function.DoubleFunction<String> cellText) {
        int cellW = 96;
        int cellH = 30;
        int left = 24 + Math.max(60, 7 * Math.max(yName.length() + 2,
                yValues.stream().mapToInt(String::length).max().orElse(4)));
        int top = 56;
        int width = Math.max(left + xValues.size() * cellW + 16, 8 * Math.max(title.length(), xName.length()) + left);
        int height = top + yValues.size() * cellH + 12;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : cells) {
            for (double v : row) {
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
        sb.append("<text x=\"10\" y=\"15\" class=\"title\">").append(Html.esc(title)).append("</text>");
        sb.append("<text x=\"").append(left).append("\" y=\"34\" class=\"legend\">").append(Html.esc(xName))
                .append(" →</text>");
        if (!yName.isEmpty()) {
            sb.append("<text x=\"").append(left - 6).append("\" y=\"").append(top - 6)
                    .append("\" class=\"legend\" text-anchor=\"end\">").append(Html.esc(yName)).append(" ↓</text>");
        }
        for (int c = 0; c < xValues.size(); c++) {
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%s</text>",
                    left + c * cellW + cellW / 2, top - 6, Html.esc(xValues.get(c))));
        }
        for (int r = 0; r < yValues.size(); r++) {
            int y = top + r * cellH;
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"axis\" text-anchor=\"end\">%s</text>",
                    left - 6, y + cellH / 2 + 4, Html.esc(yValues.get(r))));
            for (int c = 0; c < xValues.size(); c++) {
                double v = cells[r][c];
                String fill;
                if (!Double.isFinite(v)) {
                    fill = "#EAEEF2";
                } else {
                    double t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
                    fill = ChartColors.diverging(higherBetter ? t : 1 - t);
                }
                sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\""
                        + " stroke=\"#ffffff\"/><text x=\"%d\" y=\"%d\" class=\"cell\" text-anchor=\"middle\">%s</text>",
                        left + c * cellW, y, cellW, cellH, fill, left + c * cellW + cellW / 2, y + cellH / 2 + 4,
                        Double.isFinite(v) ? Html.esc(cellText.apply(v)) : "n/a"));
            }
        }
        return sb.append("</svg>").toString();
    }
}
