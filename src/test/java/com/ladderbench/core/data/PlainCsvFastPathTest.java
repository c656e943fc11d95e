package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.io.Checksums;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Timeframe;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plain file (ASCII, no quotes or spaces) is cut into cells by {@link PlainCsvScanner}; any other
 * goes through Jackson's CSV parser from its start. Both must give the same bars, the same problems
 * with the same line numbers, and the checksum of the file's bytes. Quoting the header's first cell
 * (which Jackson unquotes to the same text) sends the same content down the general path; quoting
 * a cell of the last row sends it there after the scanner has read every other row.
 */
class PlainCsvFastPathTest {
    private static final String HEADER = "timestamp,open,high,low,close,volume,spread_bps\n";

    @TempDir
    Path dir;

    static Stream<Arguments> files() {
        StringBuilder good = new StringBuilder(HEADER);
        long t = 1_704_067_200L;
        for (int i = 0; i < 700; i++) {
            good.append(java.time.Instant.ofEpochSecond(t + i * 60L)).append(',').append(100 + i % 7).append(".25,")
                    .append(110 + i % 3).append(',').append(90.5).append(',').append(100).append(",1.5e-3,")
                    .append(i % 5 == 0 ? "" : "2.1").append('\n');
        }
        String g = good.toString();
        String badRows = g.replace("2024-01-01T00:03:00Z,103.25", "2024-01-01T00:03:00Z,-103.25")
                .replace("2024-01-01T00:09:00Z", "2024-01-01T00:08:00Z")
                .replace("2024-01-01T00:20:00Z,", "2024-01-01T00:20:00Z,0x1p3")
                .replace("2024-01-01T00:30:00Z", "2024-02-30T00:30:00Z");
        StringBuilder manyBad = new StringBuilder(HEADER);
        for (int i = 0; i < 30; i++) manyBad.append("2024-01-01T00:0").append(i % 10).append(":00Z,1,2,3,4,5,6\n");
        return Stream.of(
                Arguments.of("700 good rows", g, Timeframe.M1),
                Arguments.of("CRLF line ends", g.replace("\n", "\r\n"), Timeframe.M1),
                Arguments.of("no line break after the last row", g.substring(0, g.length() - 1), Timeframe.M1),
                Arguments.of("blank lines", g.replace("2024-01-01T00:05:00Z", "\n\n2024-01-01T00:05:00Z"), Timeframe.M1),
                Arguments.of("bad rows at their lines", badRows, Timeframe.M1),
                Arguments.of("more bad rows than are reported", manyBad.toString(), Timeframe.M1),
                Arguments.of("rows closer than the bar length", g, Timeframe.M5),
                Arguments.of("epoch milliseconds", "timestamp,open,high,low,close,volume\n"
                        + "1704067200000,1,2,1,2,5\n1704067260000,1,2,1,2,5\n1704067320000,1,2,1,1.5,5\n", Timeframe.M1),
                Arguments.of("epoch seconds", "timestamp,open,high,low,close,volume\n"
                        + "1704067200,1,2,1,2,5\n1704067260,1,2,1,2,5\n", Timeframe.M1),
                Arguments.of("too few columns", HEADER + "2024-01-01T00:00:00Z,1,2\n", Timeframe.M1),
                Arguments.of("empty file", "", Timeframe.M1),
                Arguments.of("header only", HEADER, Timeframe.M1));
    }

    /** Number forms at the edges of the hand-written reader, each tried as the four prices, as volume and as spread. */
    private static final String[] NUMBER_FORMS = {"100", "100.5", "0100.50", "100.", "12345678", "1234567.8", "123456789",
        "12345678.9", "0.00000001", "100.0000000000001", "100.00000000000001", "100.000000000000001",
        "9007199254740991", "9007199254740992", "123456789012345678", "1234567890123456789", "+100.5", "1e2", "1E-2",
        "1.5e+3", ".5", "-0", "-0.0", "-1", "-.5", "0", "1..2", "1.2.3", "0x1p3", "NaN", "Infinity", "1,5", "1-", "--1",
        "12:5", "1/2", "abc", ""};

    /**
     * More kinds of file: the number forms above (on the third row, whose predecessors the byte
     * path read, and on the last, after a CRLF and without a line break), a bad cell in each
     * column, epoch numbers in each unit (the file's unit settled after one or two rows), dates
     * changing at midnight and on a leap day, bid/ask columns, rows going back in time, a Binance
     * export without a header.
     */
    static Stream<Arguments> moreFiles() {
        StringBuilder good = new StringBuilder(HEADER);
        for (int i = 0; i < 120; i++) good.append(iso(i)).append(",100.25,101,99.5,100,3.5,1.25\n");
        String g = good.toString();
        Stream.Builder<Arguments> files = Stream.builder();
        // one file per form and place: after the first bad row every row is read as text
        for (String f : NUMBER_FORMS) {
            String[] rows = {f + "," + f + "," + f + "," + f + ",1,2", "100,100,100,100," + f + ",2", "100,100,100,100,1," + f};
            String[] places = {"prices", "volume", "spread"};
            for (int p = 0; p < rows.length; p++) {
                String text = HEADER + iso(0) + ",100,100,100,100,1,2\n" + iso(1) + ",100,100,100,100,1,2\n" + iso(2) + ","
                        + rows[p] + "\r\n" + iso(3) + ",100,100,100,100,1,2\n" + iso(4) + "," + rows[p];
                files.add(Arguments.of("'" + f + "' as " + places[p], text, Timeframe.M1));
            }
        }
        // open, high, low, close of row 12 out of order, one at a time (each its own file: the first problem ends the byte path)
        String[] ranges = {"99.4,101,99.5,100", "101.1,101,99.5,100", "100.25,101,99.5,99.4", "100.25,101,99.5,101.1",
            "100.25,99,99.5,100"};
        for (String r : ranges) files.add(Arguments.of("prices " + r, g.replace(iso(11) + ",100.25,101,99.5,100", iso(11) + "," + r),
                Timeframe.M1));
        String[] bad = {"1x5", "", "-3", "\u007e", "2024-01-01T00:00:00", "99999999999999999999"};
        for (int col = 0; col < 7; col++) {
            String text = g;
            for (int b = 0; b < bad.length; b++) text = withCell(text, 10 + 15 * b + col, col, bad[b]);
            files.add(Arguments.of("bad cells in column " + col, text, Timeframe.M1));
        }
        files.add(Arguments.of("ISO without Z, with a fraction and with an offset", g.replace("00:05:00Z", "00:05:00")
                .replace("00:06:00Z", "00:06:00.000Z").replace("00:07:00Z", "00:07:00+00:00").replace("00:08:00Z", "00:08Z"),
                Timeframe.M1));
        StringBuilder days = new StringBuilder(HEADER);
        for (int h = 0; h < 24 * 70; h++) {
            days.append(java.time.Instant.ofEpochSecond(1_706_000_000L / 3600 * 3600 + h * 3600L)).append(",2,3,1,2,1,\n");
        }
        files.add(Arguments.of("dates changing at midnight and on a leap day", days.toString(), Timeframe.H1));
        files.add(Arguments.of("epoch milliseconds, one row in seconds", epochFile(1_704_067_200_000L, 60_000L, 200)
                .replace("\n1704068400000,", "\n1704068400,"), Timeframe.M1));
        files.add(Arguments.of("epoch milliseconds, one row in microseconds", epochFile(1_704_067_200_000L, 60_000L, 200)
                .replace("\n1704068400000,", "\n1704068400000000,"), Timeframe.M1));
        files.add(Arguments.of("epoch seconds", epochFile(1_704_067_200L, 60L, 200), Timeframe.M1));
        files.add(Arguments.of("epoch milliseconds before 1973", epochFile(60_000L, 60_000L, 200), Timeframe.M1));
        files.add(Arguments.of("epoch microseconds, a negative and a too long one", epochFile(1_704_067_200_000_000L,
                60_000_000L, 200).replace("\n1704067800000000,", "\n-1704067800000000,")
                .replace("\n1704068400000000,", "\n1704068400000000000000,"), Timeframe.M1));
        files.add(Arguments.of("epoch nanoseconds", epochFile(1_704_067_200_000_000_000L, 60_000_000_000L, 50), Timeframe.M1));
        files.add(Arguments.of("bid and ask", "timestamp,open,high,low,close,volume,bid,ask\n"
                + iso(0) + ",2,3,1,2,1,1.5,1.6\n" + iso(1) + ",2,3,1,2,1,,\n" + iso(2) + ",2,3,1,2,1,1.6,1.5\n"
                + iso(3) + ",2,3,1,2,1,1.5,\n" + iso(4) + ",2,3,1,2,1,1.5,1.5\n" + iso(5) + ",2,3,1,2,1,0,1\n"
                + iso(6) + ",2,3,1,2,1,1.25,1.75\n", Timeframe.M1));
        StringBuilder down = new StringBuilder(HEADER);
        for (int i = 50; i >= 0; i--) down.append(iso(i)).append(",2,3,1,2,1,1\n");
        files.add(Arguments.of("rows in descending order", down.toString(), Timeframe.M1));
        files.add(Arguments.of("descending, then ascending", down.toString() + iso(60) + ",2,3,1,2,1,1\n", Timeframe.M1));
        files.add(Arguments.of("duplicates and a step under the bar length", g.replace(iso(20), iso(19)), Timeframe.M5));
        StringBuilder binance = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            long t = 1_704_067_200_000L + i * 60_000L;
            binance.append(t).append(",42000.1,42010.5,41990,42005.25,12.5,").append(t + 59_999).append(",1,2,3,4,0\n");
        }
        files.add(Arguments.of("a Binance export without a header", binance.toString(), Timeframe.M1));
        return files.build();
    }

    private static String iso(int minute) {
        return java.time.Instant.ofEpochSecond(1_704_067_200L + minute * 60L).toString();
    }

    private static String epochFile(long first, long step, int rows) {
        StringBuilder sb = new StringBuilder("timestamp,open,high,low,close,volume\n");
        for (int i = 0; i < rows; i++) sb.append(first + i * step).append(",2,3,1,2.5,").append(i % 7).append('\n');
        return sb.toString();
    }

    /** The text with the cell at (line, column) replaced; line 1 is the header. */
    private static String withCell(String text, int line, int column, String value) {
        String[] lines = text.split("\n", -1);
        String[] cells = lines[line - 1].split(",", -1);
        cells[column] = value;
        lines[line - 1] = String.join(",", cells);
        return String.join("\n", lines);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moreFiles")
    void moreKindsOfPlainFileReadAsTheGeneralParserReadsThem(String name, String text, Timeframe tf) throws Exception {
        aPlainFileReadsAsTheGeneralParserReadsIt(name, text, tf);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aPlainFileReadsAsTheGeneralParserReadsIt(String name, String text, Timeframe tf) throws Exception {
        String fast = outcome(text, tf, "fast.csv");
        // quoting the first cell (which Jackson unquotes to the same text) sends the same content down the general path
        String general = outcome(general(text), tf, "general.csv");
        same(general, fast, name);
        if (text.startsWith(HEADER)) {
            String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            int last = body.lastIndexOf('\n');
            String late = body.substring(0, last + 1) + body.substring(last + 1).replaceFirst(",([^,]*),", ",\"$1\",")
                    + text.substring(body.length());
            same(general, outcome(late, tf, "late.csv"), name + ", leaving the scanner at the last row");
        }
    }

    /** The same content with its first cell quoted, which Jackson unquotes to the same text: read by the general parser. */
    private static String general(String text) {
        return text.isEmpty() ? text : text.replaceFirst("^([^,\r\n]*)", "\"$1\"");
    }

    /** Equal, or a short message around the first difference (the outcomes are long). */
    private static void same(String expected, String actual, String name) {
        if (expected.equals(actual)) return;
        int i = 0;
        while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) i++;
        int from = Math.max(0, i - 80);
        assertEquals(expected.substring(from, Math.min(expected.length(), i + 80)),
                actual.substring(from, Math.min(actual.length(), i + 80)), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theChecksumIsTheHashOfTheFileBytesOnEitherPath(String name, String text, Timeframe tf) throws Exception {
        for (String variant : new String[] {text, general(text)}) {
            Path p = CsvFiles.write(dir, "hashed.csv", variant);
            try {
                BarCsvReader.Hashed h = BarCsvReader.readHashed(new DataSpec("BTC-USD", tf, p));
                assertEquals(Checksums.sha256(p), h.sha256(), name);
            } catch (InvalidInputException e) {
                assertInstanceOf(InvalidInputException.class, e); // no checksum for a file that is refused
            }
        }
    }

    @Property(tries = 3000)
    void simpleDecimalCellsReadAsDoubleParseDoubleReadsThem(@ForAll @DoubleRange(min = -1e9, max = 1e9) double v,
            @ForAll @IntRange(min = 0, max = 12) int decimals) {
        String cell = java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        double fast = SimpleDecimal.parse(cell);
        if (!Double.isNaN(fast)) assertEquals(Double.doubleToRawLongBits(Double.parseDouble(cell)), Double.doubleToRawLongBits(fast), cell);
    }

    @Property(tries = 3000)
    void digitStringsAtEveryPointPositionReadExactly(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int a,
            @ForAll @IntRange(min = 0, max = 999_999_999) int b, @ForAll @IntRange(min = 0, max = 18) int point) {
        String digits = Integer.toString(a) + b;
        int at = Math.min(point, digits.length());
        String cell = digits.substring(0, at) + "." + digits.substring(at);
        double fast = SimpleDecimal.parse(cell);
        if (!Double.isNaN(fast)) assertEquals(Double.parseDouble(cell), fast, cell);
        double neg = SimpleDecimal.parse("-" + cell);
        if (!Double.isNaN(neg)) assertEquals(Double.doubleToRawLongBits(Double.parseDouble("-" + cell)), Double.doubleToRawLongBits(neg));
    }

    /** The bars as arrays, or the problems' text: what a caller can see of a read. */
    private String outcome(String text, Timeframe tf, String name) {
        Path p = CsvFiles.write(dir, name, text);
        try {
            BarSeries s = BarCsvReader.read(new DataSpec("BTC-USD", tf, p));
            return java.util.List.of(java.util.Arrays.toString(s.time()), java.util.Arrays.toString(s.open()),
                    java.util.Arrays.toString(s.high()), java.util.Arrays.toString(s.low()),
                    java.util.Arrays.toString(s.close()), java.util.Arrays.toString(s.volume()),
                    String.valueOf(s.spreadBps() == null ? null : java.util.Arrays.toString(s.spreadBps()))).toString();
        } catch (InvalidInputException e) {
            return e.problems().toString().replace(name, "FILE");
        }
    }


    @ParameterizedTest(name = "{0}-byte buffer")
    @org.junit.jupiter.params.provider.ValueSource(ints = {50, 51, 57, 64, 100, 333, 1 << 20})
    void linesCrossingTheBufferBoundaryAreCutAsInOneBuffer(int size) throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 300; i++) {
            text.append("2024-01-01T").append(i % 24 < 10 ? "0" : "").append(i % 24).append(":00:00Z,").append(i)
                    .append(i % 3 == 0 ? "\r\n" : "\n").append(i % 17 == 0 ? "\n" : "").append(i % 29 == 0 ? ",,\n" : "");
        }
        text.append("last,row");
        String expected = cut(text.toString(), 1 << 20);
        assertEquals(expected, cut(text.toString(), size));
        assertEquals(expected.replace("|", ""), cut(text.toString().replace("\r\n", "\n"), size).replace("|", ""));
    }

    @org.junit.jupiter.api.Test
    void aLoneCarriageReturnOrALineLongerThanTheBufferIsLeftToTheGeneralParser() throws Exception {
        assertEquals("general", cut(HEADER + "a,b\rc,d\n", 1 << 20));
        assertEquals("general", cut(HEADER + "a,b\r", 64));
        assertEquals("general", cut(HEADER + "a".repeat(100) + "\n", 64));
        assertEquals("general", cut(HEADER + "a,\"b\"\n", 64));
        assertEquals("general", cut(HEADER + "a, b\n", 64));
        assertEquals("general", cut("\uFEFF" + HEADER, 64));
    }

    @org.junit.jupiter.api.Test
    void aSpecialByteIsSeenAtEveryPositionOfAnEightByteWord() throws Exception {
        String plain = "2024-01-01T00:00:00Z0123456789.-:abcXYZ~";
        for (int at = 0; at <= plain.length(); at++) {
            String head = plain.substring(0, at);
            String tail = plain.substring(at);
            assertEquals("1:" + head + "/" + tail + "|", cut(head + "," + tail + "\n", 64), "comma at " + at);
            String twoLines = (head.isEmpty() ? "" : "1:" + head + "|") + (tail.isEmpty() ? "" : "2:" + tail + "|"); // blank lines are skipped
            assertEquals(twoLines, cut(head + "\n" + tail + "\n", 64), "line break at " + at);
            assertEquals(twoLines, cut(head + "\r\n" + tail + "\n", 64), "CRLF at " + at);
            for (String odd : new String[] {"\"", " ", "\t", "\u0000", "\u0001", "\u007f", "\u00e9", "\rx"}) {
                assertEquals("general", cut(head + odd + tail + "\n", 64), "byte " + (int) odd.charAt(0) + " at " + at);
            }
            for (String ok : new String[] {"+", "!", "#", "(", "*"}) {
                assertEquals("1:" + head + ok + tail + "|", cut(head + ok + tail + "\n", 64), ok + " at " + at);
            }
        }
    }

    /** The rows a scan hands over, as "line:cell/cell/..." joined by "|"; "general" when it gives up. */
    private static String cut(String text, int bufferSize) throws Exception {
        StringBuilder seen = new StringBuilder();
        CsvRowLoop recorder = new CsvRowLoop() {
            @Override
            void row(int line, String[] cells, int count) {
                seen.append(line).append(':').append(String.join("/", java.util.Arrays.copyOf(cells, count))).append('|');
            }

            @Override
            boolean enough() {
                return false;
            }
        };
        boolean plain = new PlainCsvScanner(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                bufferSize).scanOrGiveUp(recorder);
        return plain ? seen.toString() : "general";
    }

    /**
     * What a reader reading from the bytes sees of each cell (its text, its number, its whole
     * number, empty or not) is the same whichever read buffer size splits it: every buffer size from
     * 80 to 180 bytes puts the buffer's end inside every cell of these rows, and at each comma and
     * line break, at some point of the file.
     */
    @org.junit.jupiter.api.Test
    void aCellSplitByTheReadBufferIsReadWholeFromTheBytes() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 200; i++) {
            text.append(iso(i)).append(',').append(100 + i % 13).append('.').append(i % 1000).append(',').append(12345678 + i)
                    .append(",-0.5,").append(1_704_067_200_000L + i).append(',').append(i % 9 == 0 ? "" : "1.25")
                    .append(',').append("1234567.8").append(i % 4 == 0 ? "\r\n" : "\n");
        }
        text.append(iso(999)).append(",1,2,3"); // no line break after the last row
        String expected = seenFromBytes(text.toString(), 1 << 20);
        assertTrue(expected.contains("1234567.8=1234567.8"), expected.substring(0, 300));
        for (int size = 80; size <= 180; size++) { // the longest line is 73 bytes
            assertEquals(expected, seenFromBytes(text.toString(), size), size + "-byte buffer");
        }
    }

    /** Each row as the byte path reads it: "line: text=number/whole/empty ..." joined by "|". */
    private static String seenFromBytes(String text, int bufferSize) throws Exception {
        StringBuilder seen = new StringBuilder();
        com.ladderbench.core.io.TimestampParser.FixedIso iso = new com.ladderbench.core.io.TimestampParser.FixedIso();
        CsvRowLoop recorder = new CsvRowLoop() {
            @Override
            void row(int line, PlainLine cells) {
                seen.append(line).append(':');
                for (int k = 0; k < cells.count(); k++) {
                    seen.append(' ').append(cells.text(k)).append('=').append(cells.decimal(k)).append('/')
                            .append(cells.wholeNumber(k)).append('/').append(cells.isEmpty(k)).append('/')
                            .append(iso.parse(cells.bytes(), cells.from(k), cells.to(k)));
                }
                seen.append('|');
            }

            @Override
            void row(int line, String[] cells, int count) {
                throw new AssertionError("the byte path reads every row");
            }

            @Override
            boolean enough() {
                return false;
            }
        };
        boolean plain = new PlainCsvScanner(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                bufferSize).scanOrGiveUp(recorder);
        assertTrue(plain);
        return seen.toString();
    }
}
