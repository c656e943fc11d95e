package com.ladderbench.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.core.analysis.MetricField;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.io.OutputTarget;
import com.ladderbench.model.Metrics;
import com.ladderbench.model.RunResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a comparison directory (SPEC §7): comparison.json with every side's metrics and its
 * delta against the baseline, and one run directory per side.
 */
public final class ComparisonWriter {
    public static final String COMPARISON = "comparison.json";

    private ComparisonWriter() {
    }

    public static void write(ComparisonResult c, Path dir) throws IOException {
        write(c, OutputTarget.directory(dir, OutputTarget.Kind.COMPARISON));
    }

    public static void write(ComparisonResult c, OutputTarget target) throws IOException {
        target.writeDirectory(tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp.resolve(COMPARISON))) {
                JsonOutput.mapper().writeValue(out, toJson(c));
            }
            for (ComparisonResult.Side s : c.sides()) RunWriter.writeInto(s.result(), tmp.resolve(s.name()));
        });
    }

    public static ObjectNode toJson(ComparisonResult c) {
        ObjectNode root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        root.put("baseline_mode", c.baselineMode().wire());
        Metrics base = c.baseline().metrics();
        ArrayNode sides = root.putArray("sides");
        for (ComparisonResult.Side s : c.sides()) {
            RunResult r = s.result();
            ObjectNode o = sides.addObject();
            o.put("name", s.name());
            o.put("dir", s.name());
            ArrayNode ov = o.putArray("overrides");
            r.info().overrides().forEach(ov::add);
            o.set("metrics", RunWriter.toJson(r.metrics()));
            ObjectNode delta = o.putObject("delta_vs_baseline");
            for (MetricField f : MetricField.values()) {
                double d = f.of(r.metrics()) - f.of(base);
                if (Double.isFinite(d)) {
                    delta.put(f.wire(), d);
                } else {
                    delta.putNull(f.wire());
                }
            }
        }
        return root;
    }
}
