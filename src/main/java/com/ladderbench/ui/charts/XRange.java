package com.ladderbench.ui.charts;

/** A visible span of the time axis, epoch milliseconds; charts that share one are zoomed and panned together. */
public record XRange(double min, double max) {

    public XRange {
        if (!(max > min)) throw new IllegalArgumentException("empty range " + min + ".." + max);
    }

    public double span() { return max - min; }

    /** Zoomed by {@code factor} (&lt; 1 zooms in) about {@code anchor}, kept inside {@code limit}. */
    public XRange zoom(double anchor, double factor, XRange limit) {
        double newSpan = Math.min(span() * factor, limit.span());
        double left = anchor - (anchor - min) * newSpan / span();
        return new XRange(left, left + newSpan).within(limit);
    }

    /** Moved by {@code delta}, kept inside {@code limit}. */
    public XRange pan(double delta, XRange limit) {
        return new XRange(min + delta, max + delta).within(limit);
    }

    /** Centred on {@code centre} with the given span, kept inside {@code limit}. */
    public static XRange around(double centre, double span, XRange limit) {
        double s = Math.min(span, limit.span());
        return new XRange(centre - s / 2, centre + s / 2).within(limit);
    }

    /** Shifted (not shrunk) to lie inside {@code limit}; clipped only when wider than it. */
    public XRange within(XRange limit) {
        if (span() >= limit.span()) return limit;
        if (min < limit.min) return new XRange(limit.min, limit.min + span());
        if (max > limit.max) return new XRange(limit.max - span(), limit.max);
        return this;
    }
}
