package com.ladderbench.core.engine;

import static com.ladderbench.core.engine.EngineScenario.fills;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** tf_ identifiers read the higher timeframe's last completed bar, never the one still forming (SPEC §3). */
class HigherTimeframeTest {

    @Test
    void aTfIdentifierReadsTheLastCompletedBarFromTheBaseBarThatCompletesIt() {
        // the first 4h bar is base bars 0-3 and closes at 120; the second (4-7) closes at 100, so an
        // exit reading the bar still forming would fire at bar 4
        EngineScenario s = new EngineScenario(12).close(3, 120);
        s.trigger(new Trigger("e1", EngineScenario.SYMBOL, Timeframe.H1, Direction.LONG, Category.OTHER,
                ConfidenceGrade.B, "tf_4h_close == 120 and close == 120", null, null, null, null));
        s.trigger(new Trigger("x", EngineScenario.SYMBOL, Timeframe.H1, Direction.EXIT, Category.OTHER, null, null,
                "tf_4h_close < 110", null, null, null));
        RunResult r = s.run();
        assertEquals(List.of("3 buy 83.33333333 @120 by e1", "7 sell 83.33333333 @100 by x"), fills(r));
    }
}
