package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aPlainFileReadsAsTheGeneralParserReadsIt(String name, String text, Timeframe tf) throws Exception {
        String fast = outcome(text, tf, "fast.csv");
        String general = outcome(text.replaceFirst("^timestamp", "\"timestamp\""), tf, "general.csv");
        same(general, fast, name);
        if (text.startsWith(HEADER)) {
            String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            int last = body.lastIndexOf('\n');
            String late = body.substring(0, last + 1) + body.substring(last + 1).replaceFirst(",([^,]*),", ",\"$1\",")
                    + text.substring(body.length());
            same(general, outcome(late, tf, "late.csv"), name + ", leaving the scanner at the last row");
        }
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
        for (String variant : new String[] {text, text.replaceFirst("^timestamp", "\"timestamp\"")}) {
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
}
