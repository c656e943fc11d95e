package com.ladderbench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.core.io.OutputTarget;
import com.ladderbench.core.ledger.FillsCsvReader;
import com.ladderbench.core.ledger.Ledger;
import com.ladderbench.core.ledger.LotSize;
import com.ladderbench.core.report.JsonOutput;
import com.ladderbench.core.report.TradeSetCsv;
import com.ladderbench.core.text.Decimals;
import com.ladderbench.core.report.TradeSetJson;
import com.ladderbench.model.Fill;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.TradeSet;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tradesets --fills FILE --out DIR}: groups a fills CSV into TradeSets (SPEC §5, §7). */
@Command(name = "tradesets", mixinStandardHelpOptions = true,
        description = "Groups the fills of a CSV into TradeSets and writes tradesets.json, tradesets.csv and legs.csv.",
        footerHeading = "%nExample:%n",
        footer = "  java -jar target/ladderbench.jar tradesets --fills my-fills.csv --out out/account")
public final class TradesetsCommand implements Callable<Integer> {
    static final String JSON_FILE = "tradesets.json";
    static final String SETS_CSV = "tradesets.csv";
    static final String LEGS_CSV = "legs.csv";

    @Spec
    CommandSpec spec;

    @Option(names = "--fills", required = true, paramLabel = "FILE",
            description = "fills CSV: fill_id?,timestamp,symbol,side,qty,price,fee,trigger_id?,category?,reason?,exit_fraction?")
    Path fills;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory (replaced as a whole)")
    Path out;

    @Option(names = "--lot-size", paramLabel = "SIZE", defaultValue = "1e-8",
            description = "quantities are whole multiples of this (default: ${DEFAULT-VALUE})")
    double lotSizeValue;

    @Override
    public Integer call() throws InvalidInputException, IOException {
        LotSize lotSize = lotSize();
        OutputTarget target = OutputTarget.directory(out, OutputTarget.Kind.TRADESETS).protecting(List.of(fills));
        target.check();
        List<Fill> fillList = FillsCsvReader.read(fills, lotSize);
        Ledger ledger = new Ledger(lotSize);
        for (Fill f : fillList) {
            try {
                ledger.apply(f);
            } catch (IllegalArgumentException e) {
                // the reader checks lines; what the books still refuse (a position beyond 64-bit lots) is named at the fill
                throw InvalidInputException.of(fills.toString(), "fill " + f.fillId(), e.getMessage());
            }
        }
        List<TradeSet> sets = ledger.tradeSets();

        ObjectMapper mapper = JsonOutput.mapper();
        ObjectNode root = mapper.createObjectNode();
        // the lot size turns the file's quantities back into exact lots when a report reads it
        root.put("lot_size", BigDecimal.valueOf(lotSize.lotSize()));
        root.set("trade_sets", TradeSetJson.toJson(sets));
        target.writeDirectory(dir -> {
            try (OutputStream o = Files.newOutputStream(dir.resolve(JSON_FILE))) {
                // Jackson would close the stream before the final newline
                mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(o, root);
                o.write('\n');
            }
            try (OutputStream o = Files.newOutputStream(dir.resolve(SETS_CSV))) {
                TradeSetCsv.writeTradeSets(sets, o);
            }
            try (OutputStream o = Files.newOutputStream(dir.resolve(LEGS_CSV))) {
                TradeSetCsv.writeLegs(sets, o);
            }
        });

        long closed = sets.stream().filter(TradeSet::isClosed).count();
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "fills %d, trade sets %d (closed %d, open %d), realized P&L %s, fees %s, net P&L %s -> %s",
                fillList.size(), sets.size(), closed, sets.size() - closed, Decimals.fixed(ledger.realizedPnl(), 2),
                Decimals.fixed(ledger.fees(), 2), Decimals.fixed(ledger.realizedPnl() - ledger.fees(), 2), out));
        spec.commandLine().getOut().flush();
        return LadderbenchCommand.OK;
    }

    private LotSize lotSize() throws InvalidInputException {
        try {
            return new LotSize(lotSizeValue);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(null, "--lot-size", e.getMessage());
        }
    }
}
