package com.ladderbench.core.io;

/**
 * The epoch unit of one file (SPEC §2.2): decided by the file's first epoch value and then held,
 * never guessed row by row, so a millisecond timestamp from before 1973 is not read as seconds
 * in 2052. A later value whose size names another unit is an error, not a silent switch.
 * One instance per file being read.
 */
public final class FileEpochUnit {
    private TimestampParser.EpochUnit unit;
    private double first;
    private int firstLine;

    /**
     * Epoch milliseconds of an ISO-8601 or epoch cell on {@code line}.
     *
     * @throws IllegalArgumentException with a short reason when the cell is not a timestamp or
     *         its epoch unit differs from the file's
     */
    public long parse(String text, int line) {
        if (text.isEmpty() || !TimestampParser.looksNumeric(text)) return TimestampParser.parse(text);
        double value = TimestampParser.epochValue(text);
        if (unit == null) {
            unit = TimestampParser.EpochUnit.byMagnitude(value);
            first = value;
            firstLine = line;
        } else if (!unit.fits(value, first)) {
            throw new IllegalArgumentException("timestamp " + text + " looks like epoch "
                    + TimestampParser.EpochUnit.byMagnitude(value).label() + " but this file's timestamps are epoch "
                    + unit.label() + " (from line " + firstLine + "); use one unit for the whole file");
        }
        return TimestampParser.parse(text, unit);
    }
}
