package com.ladderbench.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7: a CSV text cell a spreadsheet would run as a formula (first character {@code = + - @},
 * tab or CR) is written with a leading {@code '}; numbers and every other text are unchanged.
 */
class CsvFormulaGuardTest {

    private static List<String> readRow(String csv) throws Exception {
        try (MappingIterator<List<String>> it = new CsvMapper().enable(
                com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).with(CsvSchema.emptySchema()).readValues(csv)) {
            return it.next();
        }
    }

    private static String row(String text) throws Exception {
        StringWriter w = new StringWriter();
        CsvCells cells = new CsvCells(w);
        cells.text(text).number(-5).text("after");
        cells.endRow();
        return w.toString();
    }

    @ParameterizedTest(name = "a cell starting with {0} is prefixed")
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
    void aTextCellStartingWithAFormulaCharacterGetsAQuotePrefix(String first) throws Exception {
        String cell = first + "HYPERLINK(\"http://x\",\"a\")";
        assertEquals(List.of("'" + cell, "-5", "after"), readRow(row(cell)));
        assertEquals("'" + cell, readRow(Csv.field(cell) + ",x\n").get(0));
        assertEquals("'" + cell, readRow(Csv.typedNumber(cell) + ",x\n").get(0));
    }

    @ParameterizedTest(name = "{0} is unchanged")
    @ValueSource(strings = {"trend_entry", "a=b", "x-1", "'=quoted already", "1-2", " =spaced", "Ω"})
    void otherTextIsUnchanged(String cell) throws Exception {
        assertEquals(List.of(cell, "-5", "after"), readRow(row(cell)));
        assertEquals(cell, Csv.inert(cell));
    }

    @Test
    void numbersAreNeverTextCellsSoANegativeNumberStaysNegative() throws Exception {
        assertEquals(List.of("x", "-5", "after"), readRow(row("x")));
        assertEquals("-5", Csv.number(-5));
        assertEquals("-0.25", Csv.typedNumber("-0.25"), "a typed sweep value is a number");
        assertEquals("+3", Csv.typedNumber("+3"));
        assertEquals("'-3x", Csv.typedNumber("-3x"), "not a number: text, guarded");
        assertEquals("", Csv.field(null));
        assertEquals("", Csv.inert(""));
    }
}
