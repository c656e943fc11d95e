package com.ladderbench.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.core.analysis.MetricField;
import com.ladderbench.core.compare.SweepParameter;
import com.ladderbench.core.compare.SweepResult;
import com.ladderbench.core.io.OutputTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes sweep.csv and sweep.json: one row per grid point, its parameter values and metrics. */
public final class SweepWriter {
    public static final String CSV = "sweep.csv";
    public static final String JSON = "sweep.json";

    private SweepWriter() {
    }

    public static void write(SweepResult sweep, Path dir) throws IOException {
        write(sweep, OutputTarget.directory(dir, OutputTarget.Kind.SWEEP));
    }

    public static void write(SweepResult sweep, OutputTarget target) throws IOException {
        target.writeDirectory(tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp.resolve(CSV))) {
                writeCsv(sweep, out);
            }
            try (OutputStream out = Files.newOutputStream(tmp.resolve(JSON))) {
                JsonOutput.mapper().writeValue(out, toJson(sweep));
            }
        });
    }

    public static ObjectNode toJson(SweepResult sweep) {
        ObjectNode root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        ArrayNode params = root.putArray("parameters");
        for (SweepParameter p : sweep.parameters()) {
            ObjectNode o = params.addObject();
            o.put("path", p.path());
            ArrayNode vals = o.putArray("values");
            p.values().forEach(vals::add);
        }
        ArrayNode points = root.putArray("points");
        for (SweepResult.Point pt : sweep.points()) {
            ObjectNode o = points.addObject();
            ObjectNode vals = o.putObject("parameters");
            for (int i = 0; i < sweep.parameters().size(); i++) {
                vals.put(sweep.parameters().get(i).path(), pt.values().get(i));
            }
            o.set("metrics", RunWriter.toJson(pt.metrics()));
        }
        return root;
    }

    private static void writeCsv(SweepResult sweep, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        StringBuilder header = new StringBuilder();
        for (SweepParameter p : sweep.parameters()) header.append(Csv.field(p.path())).append(',');
        for (MetricField f : MetricField.values()) header.append(f.wire()).append(',');
        header.setLength(header.length() - 1);
        w.write(header.append('\n').toString());
        for (SweepResult.Point pt : sweep.points()) {
            StringBuilder row = new StringBuilder();
            // parameter values are numbers as the user typed them (-5 stays a number), or words
            for (String v : pt.values()) row.append(Csv.typedNumber(v)).append(',');
            for (MetricField f : MetricField.values()) row.append(Csv.number(f.of(pt.metrics()))).append(',');
            row.setLength(row.length() - 1);
            w.write(row.append('\n').toString());
        }
        w.flush();
    }
}
