package com.ladderbench.core.report;

import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code tradesets.csv} (one row per TradeSet) and {@code legs.csv} (one row per leg, keyed by
 * set_id) with the SPEC §5 field names. The stream is flushed, not closed: the caller owns it.
 */
public final class TradeSetCsv {
    private static final String[] SET_COLUMNS = {
        "set_id", "symbol", "timeframe", "side", "opened_at", "closed_at", "pnl_realized_total", "fees_total",
        "pnl_net", "num_legs", "num_entries", "num_exits", "avg_entry_price", "avg_exit_price", "max_exposure",
        "hold_duration_hours", "r_multiple", "entry_trigger", "exit_trigger"};
    private static final String[] LEG_COLUMNS = {
        "set_id", "symbol", "leg_id", "fill_id", "side", "qty", "price", "fees", "timestamp", "trigger_id",
        "category", "reason", "is_entry", "exit_fraction", "wac_at_fill", "realized_pnl", "position_after"};

    private TradeSetCsv() {
    }

    public static void writeTradeSets(List<TradeSet> sets, OutputStream out) throws IOException {
        Writer w = writer(out);
        CsvCells row = new CsvCells(w);
        row.header(SET_COLUMNS);
        for (TradeSet s : sets) {
            row.text(s.setId()).text(s.symbol()).text(s.timeframe() == null ? null : s.timeframe().label())
                    .text(s.side().wire()).time(s.openedAt()).time(s.closedAt())
                    .number(s.pnlRealizedTotal()).number(s.feesTotal()).number(s.pnlNet())
                    .integer(s.numLegs()).integer(s.numEntries()).integer(s.numExits())
                    .number(s.avgEntryPrice()).number(s.avgExitPrice()).number(s.maxExposure())
                    .number(s.holdDurationHours()).number(s.rMultiple())
                    .text(s.entryTrigger()).text(s.exitTrigger())
                    .endRow();
        }
        w.flush();
    }

    public static void writeLegs(List<TradeSet> sets, OutputStream out) throws IOException {
        Writer w = writer(out);
        CsvCells row = new CsvCells(w);
        row.header(LEG_COLUMNS);
        for (TradeSet s : sets) {
            for (TradeLeg l : s.legs()) {
                row.text(s.setId()).text(s.symbol()).text(l.legId()).text(l.fillId()).text(l.side().wire())
                        .decimal(l.qty()).number(l.price()).number(l.fees()).time(l.timestamp())
                        .text(l.triggerId()).text(l.category() == null ? null : l.category().wire())
                        .text(l.reason()).bool(l.isEntry()).number(l.exitFraction())
                        .number(l.wacAtFill()).number(l.realizedPnl()).decimal(l.positionAfter())
                        .endRow();
            }
        }
        w.flush();
    }

    private static Writer writer(OutputStream out) {
        return new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }
}
