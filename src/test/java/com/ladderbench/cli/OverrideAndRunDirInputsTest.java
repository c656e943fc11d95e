package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Override values and run directories read back are bad input when they are not exactly what they claim. */
class OverrideAndRunDirInputsTest {
    @TempDir
    Path tmp;

    @Test
    void theSameParamPathTwiceInASweepIsBadInputAndWritesNothing() {
        Path out = tmp.resolve("sweep");
        CliRun r = CliRun.of("sweep", "--plan", CliRun.PLAN, "--data", CliRun.DATA,
                "--param", "config.min_hold_bars=2,4", "--param", "config.min_hold_bars=8", "--out", out.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("--param config.min_hold_bars: the path config.min_hold_bars is swept twice"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void twoDifferentParamPathsMakeAGrid() {
        CliRun r = CliRun.of("sweep", "--plan", CliRun.PLAN, "--data", CliRun.DATA,
                "--param", "config.min_hold_bars=2", "--param", "config.trade_cooldown_bars=2",
                "--out", tmp.resolve("ok").toString());
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void aCountWithTrailingTextIsNotReadAsItsFirstNumber() {
        CliRun r = CliRun.of("compare", "--plan", CliRun.PLAN, "--data", CliRun.DATA,
                "--variant", "x:config.min_hold_bars=8 9", "--out", tmp.resolve("c").toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("min_hold_bars: must be a whole number, got string"), r.err());
    }

    @Test
    void aHexFloatOverrideIsNotANumber() {
        CliRun r = CliRun.of("sweep", "--plan", CliRun.PLAN, "--data", CliRun.DATA,
                "--param", "config.fee_bps=0x1p3", "--out", tmp.resolve("s").toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("fee_bps: must be a number, got string"), r.err());
    }

    @Test
    void aVariantSettingOnePathTwiceIsBadInput() {
        CliRun r = CliRun.of("compare", "--plan", CliRun.PLAN, "--data", CliRun.DATA,
                "--variant", "x:config.min_hold_bars=2,config.min_hold_bars=8", "--out", tmp.resolve("c").toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("the path config.min_hold_bars is set twice"), r.err());
    }

    private Path comparison() {
        Path cmp = tmp.resolve("cmp");
        assertEquals(0, CliRun.of("compare", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--out", cmp.toString())
                .status());
        return cmp;
    }

    @Test
    void aComparisonSideDirLeadingOutOfTheRunIsRefused() throws Exception {
        Path cmp = comparison();
        Path json = cmp.resolve("comparison.json");
        String text = Files.readString(json);
        String edited = text.replaceFirst("\"dir\"\\s*:\\s*\"baseline\"", "\"dir\" : \"../../elsewhere\"");
        assertFalse(text.equals(edited), "the fixture names the baseline's dir");
        Files.writeString(json, edited);
        CliRun r = CliRun.of("report", "--run", cmp.toString(), "--out", tmp.resolve("r.html").toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("side directory '../../elsewhere' is not a plain name inside"), r.err());
    }

    @Test
    void anAbsoluteSideDirIsRefused() throws Exception {
        Path cmp = comparison();
        Path json = cmp.resolve("comparison.json");
        String abs = tmp.resolve("cmp").resolve("ladder").toAbsolutePath().toString();
        String text = Files.readString(json);
        String edited = text.replaceFirst("\"dir\"\\s*:\\s*\"ladder\"", "\"dir\" : \"" + abs.replace("\\", "\\\\\\\\") + "\"");
        assertFalse(text.equals(edited), "the fixture names the ladder's dir");
        Files.writeString(json, edited);
        CliRun r = CliRun.of("report", "--run", cmp.toString(), "--out", tmp.resolve("r.html").toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("is not a plain name inside"), r.err());
    }

    @Test
    void aSideDirThatIsASymlinkOutOfTheRunIsRefused() throws Exception {
        Path cmp = comparison();
        Path outside = tmp.resolve("outside");
        Files.move(cmp.resolve("baseline"), outside);
        Files.createSymbolicLink(cmp.resolve("baseline"), outside);
        CliRun r = CliRun.of("report", "--run", cmp.toString(), "--out", tmp.resolve("r.html").toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("(it links out)"), r.err());
    }

    @Test
    void anUntouchedComparisonStillReadsBack() {
        Path cmp = comparison();
        CliRun r = CliRun.of("report", "--run", cmp.toString(), "--out", tmp.resolve("r.html").toString());
        assertEquals(0, r.status(), r.err());
    }
}
