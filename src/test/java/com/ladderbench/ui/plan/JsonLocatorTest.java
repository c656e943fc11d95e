package com.ladderbench.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLocatorTest {
    private static final String PLAN = "{\"plan_id\": \"p\", \"triggers\": [{\"id\": \"a\"},"
            + " {\"id\": \"b\", \"exit_rule\": \"close >\"}], \"odd key\": {\"x.y\": 1}}";

    private static String at(String path) {
        JsonLocator.Range r = JsonLocator.locate(PLAN, path);
        return PLAN.substring(r.start(), r.end());
    }

    @Test
    void aFieldPathSelectsTheFieldAndItsValue() {
        assertEquals("\"exit_rule\": \"close >\"", at("triggers[1].exit_rule"));
    }

    @Test
    void anArrayElementPathSelectsTheWholeElement() {
        assertEquals("{\"id\": \"a\"}", at("triggers[0]"));
    }

    @Test
    void aMissingFieldFallsBackToTheEnclosingTrigger() {
        assertEquals("{\"id\": \"a\"}", at("triggers[0].entry_rule"));
    }

    @Test
    void quotedOddFieldNamesAreFound() {
        assertEquals("\"x.y\": 1", at("[\"odd key\"][\"x.y\"]"));
        assertEquals(List.of("odd key", "x.y"), JsonLocator.segments("[\"odd key\"][\"x.y\"]"));
    }

    @Test
    void brokenJsonPointsWhereParsingStopped() {
        String broken = "{\"plan_id\": \"p\", \"triggers\": [ oops ]}";
        JsonLocator.Range r = JsonLocator.locate(broken, null);
        int oops = broken.indexOf("oops");
        assertTrue(r.start() >= oops && r.start() <= oops + 4, "at " + r.start());
    }

    @Test
    void charactersOfAStringValueMapToTheTextWithEscapesCountingAsOne() {
        String json = "{\"triggers\": [{\"exit_rule\": \"x == \\\"a\\\" and rsi14 < 3\"}]}";
        // the rule is: x == "a" and rsi14 < 3 ; rsi14 is at index 13..18 of the rule
        JsonLocator.Range r = JsonLocator.locateInString(json, "triggers[0].exit_rule", 13, 18);
        assertEquals("rsi14", json.substring(r.start(), r.end()));
        JsonLocator.Range all = JsonLocator.locateInString(json, "triggers[0].exit_rule", 0, Integer.MAX_VALUE);
        assertEquals("x == \\\"a\\\" and rsi14 < 3", json.substring(all.start(), all.end()));
    }

    @Test
    void aPathWithoutAStringFallsBackToTheValue() {
        JsonLocator.Range r = JsonLocator.locateInString(PLAN, "triggers[0]", 0, 2);
        assertEquals("{\"id\": \"a\"}", PLAN.substring(r.start(), r.end()));
    }
}
