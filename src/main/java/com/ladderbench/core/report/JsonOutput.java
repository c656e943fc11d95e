package com.ladderbench.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.ladderbench.core.text.Decimals;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The output mapper every JSON writer shares: two-space indentation with '\n' line ends on every
 * platform, map keys sorted, numbers as {@link Decimals#plain} prints them (no noise, no
 * exponent, no {@code -0}), and NaN or infinite numbers written as {@code null} (JSON has no
 * such numbers; a NaN average exit price means "no exit yet").
 */
public final class JsonOutput {
    private JsonOutput() {
    }

    /** A new mapper each call, so no caller can reconfigure another's; keep it for repeated use. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder(factory())
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .defaultPrettyPrinter(printer())
                .build();
    }

    /**
     * A generator writing exactly as {@link #mapper()}'s writer does, for output built as trees
     * ({@link JsonTrees}): without an ObjectMapper, whose set-up costs a short run more than its output.
     */
    static JsonGenerator generator(OutputStream out) throws IOException {
        return factory().createGenerator(out, JsonEncoding.UTF8).setPrettyPrinter(printer());
    }

    private static JsonFactory factory() {
        return JsonFactory.builder()
                .addDecorator((f, generator) -> new PlainNumbers(generator))
                // exact decimals (quantities from whole lots) keep their digits but lose the exponent
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /** Doubles and floats in {@link Decimals#plain} form, non-finite ones as null, from a tree or a POJO. */
    private static final class PlainNumbers extends JsonGeneratorDelegate {
        PlainNumbers(JsonGenerator delegate) {
            super(delegate, true);
        }

        @Override
        public void writeNumber(double v) throws IOException {
            if (Double.isFinite(v)) super.writeNumber(Decimals.plain(v));
            else writeNull();
        }

        @Override
        public void writeNumber(float v) throws IOException {
            // via the float's own shortest digits: 0.1f is 0.1, not 0.100000001490116
            if (Float.isFinite(v)) super.writeNumber(Decimals.plain(Double.parseDouble(Float.toString(v))));
            else writeNull();
        }
    }
}
