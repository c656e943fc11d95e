package com.ladderbench.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The output mapper every JSON writer shares: two-space indentation with '\n' line ends on every
 * platform, map keys sorted, and NaN or infinite numbers written as {@code null} (JSON has no
 * such numbers; a NaN average exit price means "no exit yet").
 */
public final class JsonOutput {
    private JsonOutput() {
    }

    /** A new mapper each call, so no caller can reconfigure another's; keep it for repeated use. */
    public static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                // exact quantities (lots × lot size) print as plain decimals, never 1E+8
                .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .addDecorator((f, generator) -> new NonFiniteAsNull(generator))
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return JsonMapper.builder(factory)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .defaultPrettyPrinter(printer)
                .build();
    }

    /** Writes non-finite doubles and floats as null, whether they come from a tree or a POJO. */
    private static final class NonFiniteAsNull extends JsonGeneratorDelegate {
        NonFiniteAsNull(JsonGenerator delegate) {
            super(delegate, true);
        }

        @Override
        public void writeNumber(double v) throws IOException {
            if (Double.isFinite(v)) super.writeNumber(v);
            else writeNull();
        }

        @Override
        public void writeNumber(float v) throws IOException {
            if (Float.isFinite(v)) super.writeNumber(v);
            else writeNull();
        }
    }
}
