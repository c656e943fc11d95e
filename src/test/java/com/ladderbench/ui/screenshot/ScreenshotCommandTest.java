package com.ladderbench.ui.screenshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.cli.LadderbenchCommand;
import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.compare.BaselineMode;
import com.ladderbench.core.compare.Comparison;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.core.report.ComparisonWriter;
import com.ladderbench.core.samples.Samples;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ScreenshotCommandTest {
    @TempDir
    static Path dir;
    private static Path run;

    @BeforeAll
    static void comparisonOfTheDefaultSample() throws Exception {
        // the toolkit is shared by every UI test in this JVM: start it the TestFX way so the command leaves it running
        FxToolkit.registerPrimaryStage();
        Samples.Sample s = Samples.defaultSample();
        RunInputs in = RunInputs.load(s.plan(), s.dataSpecs(), s.config());
        ComparisonResult c = Comparison.run(in.plan().plan(), in.data(), in.config(), BaselineMode.EMERGENCY,
                List.of(), RunMonitor.NONE);
        run = dir.resolve("run");
        ComparisonWriter.write(c, run);
    }

    private static int screenshot(StringWriter err, String... args) {
        return LadderbenchCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                List.of(new ScreenshotCommand()), args);
    }

    @Test
    void rendersTheTradeSetsViewOfAComparisonAt1400x900() throws Exception {
        Path out = dir.resolve("tradesets.png");
        StringWriter err = new StringWriter();
        assertEquals(0, screenshot(err, "screenshot", "--run", run.toString(), "--view", "tradesets", "--out",
                out.toString()), err.toString());
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(1400, image.getWidth());
        assertEquals(900, image.getHeight());
        assertTrue(distinctColours(image) > 20, "the picture has content");
    }

    @Test
    void rendersThePlanViewWithThePlanGiven() throws Exception {
        Path out = dir.resolve("plan.png");
        StringWriter err = new StringWriter();
        assertEquals(0, screenshot(err, "screenshot", "--run", run.toString(), "--view", "plan", "--plan",
                "sample-backtests/trend-ladder/plan.json", "--out", out.toString()), err.toString());
        assertTrue(Files.size(out) > 10_000);
    }

    @Test
    void aDirectoryThatIsNotARunIsBadInput() {
        StringWriter err = new StringWriter();
        Path out = dir.resolve("never.png");
        assertEquals(2, screenshot(err, "screenshot", "--run", dir.resolve("nothing").toString(), "--view",
                "tradesets", "--out", out.toString()));
        assertTrue(err.toString().contains("nothing"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownViewIsBadInputNamingTheViewsThereAre() {
        StringWriter err = new StringWriter();
        assertEquals(2, screenshot(err, "screenshot", "--run", run.toString(), "--view", "nope", "--out",
                dir.resolve("nope.png").toString()));
        assertTrue(err.toString().contains("unknown view 'nope'; one of overview, tradesets, price, telemetry, compare, plan, setup"), err.toString());
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) colours.add(image.getRGB(x, y));
        }
        return colours.size();
    }
}
