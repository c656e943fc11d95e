package com.ladderbench.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.Plan;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanDataCheckTest {
    /** valid-plan.json: BTC-USD triggers on 1h and 4h, ETH-USD on 4h, SOL-USD on 1d. */
    private static Plan plan() throws Exception {
        return new PlanLoader(ExpressionChecker.NONE).load(Fixtures.path("valid-plan.json")).plan();
    }

    @Test
    void dataAtOrBelowEveryTriggerTimeframeServesThePlan() throws Exception {
        assertEquals(List.of(), PlanDataCheck.check(plan(), "plan.json",
                Map.of("BTC-USD", Timeframe.H1, "ETH-USD", Timeframe.H4, "SOL-USD", Timeframe.H1)));
    }

    @Test
    void coarserTimeframesThatAreWholeMultiplesCanBeResampled() throws Exception {
        // 4h and 1h from 30m, 4h from 2h, 1d from 12h
        assertEquals(List.of(), PlanDataCheck.check(plan(), "plan.json",
                Map.of("BTC-USD", Timeframe.M30, "ETH-USD", Timeframe.H2, "SOL-USD", Timeframe.H12)));
    }

    @Test
    void triggerSymbolWithoutDataIsAProblemAtItsSymbol() throws Exception {
        List<Problem> problems = PlanDataCheck.check(plan(), "plan.json",
                Map.of("BTC-USD", Timeframe.H1, "ETH-USD", Timeframe.H4));
        assertEquals(List.of(new Problem("plan.json", "triggers[4].symbol",
                "no market data for symbol 'SOL-USD' (data given for: BTC-USD 1h, ETH-USD 4h)")), problems);
    }

    @Test
    void timeframeFinerThanTheDataIsAProblemAtItsTimeframe() throws Exception {
        List<Problem> problems = PlanDataCheck.check(plan(), "plan.json",
                Map.of("BTC-USD", Timeframe.H4, "ETH-USD", Timeframe.H4, "SOL-USD", Timeframe.D1));
        List<String> rendered = problems.stream().map(Problem::render).toList();
        String msg = "1h is finer than the 4h data for BTC-USD: bars cannot be split, give 1h data or use a timeframe "
                + "of 4h or coarser";
        assertEquals(List.of("plan.json: triggers[0].timeframe: " + msg, "plan.json: triggers[1].timeframe: " + msg,
                "plan.json: triggers[2].timeframe: " + msg, "plan.json: triggers[5].timeframe: " + msg,
                "plan.json: triggers[7].timeframe: " + msg), rendered);
    }

    @Test
    void timeframeThatIsNotAWholeMultipleOfTheDataIsAProblem() throws Exception {
        // 6h bars cannot be built from 4h bars although 6h is coarser
        Trigger eth = plan().triggers().get(3);
        Trigger sixHours = new Trigger(eth.id(), eth.symbol(), Timeframe.H6, eth.direction(), eth.category(),
                eth.confidenceGrade(), eth.entryRule(), eth.exitRule(), eth.holdRule(), eth.stopLossPct(),
                eth.exitFraction());
        Plan plan = plan().withTriggers(List.of(plan().triggers().get(0), sixHours));
        assertEquals(List.of(new Problem("plan.json", "triggers[1].timeframe",
                "6h is not a whole multiple of the 4h data for ETH-USD, so it cannot be resampled from it")),
                PlanDataCheck.check(plan, "plan.json", Map.of("BTC-USD", Timeframe.H1, "ETH-USD", Timeframe.H4)));
        assertEquals(List.of(), PlanDataCheck.check(plan, "plan.json",
                Map.of("BTC-USD", Timeframe.H1, "ETH-USD", Timeframe.H2)));
    }

    @Test
    void problemsDoNotDependOnMapIterationOrder() throws Exception {
        Map<String, Timeframe> data = new HashMap<>();
        for (String s : List.of("ZEC-USD", "ADA-USD", "XRP-USD", "BTC-USD", "DOT-USD")) data.put(s, Timeframe.H1);
        List<Problem> problems = PlanDataCheck.check(plan(), "plan.json", data);
        assertEquals("no market data for symbol 'ETH-USD' (data given for: ADA-USD 1h, BTC-USD 1h, DOT-USD 1h, "
                + "XRP-USD 1h, ZEC-USD 1h)", problems.get(0).message());
        assertEquals(List.of("triggers[3].symbol", "triggers[4].symbol", "triggers[8].symbol"),
                problems.stream().map(Problem::location).toList());
    }
}
