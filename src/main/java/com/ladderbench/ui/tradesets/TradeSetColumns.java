package com.ladderbench.ui.tradesets;

import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import com.ladderbench.ui.Formats;
import com.ladderbench.ui.tradesets.TradeSetRow.LegRow;
import com.ladderbench.ui.tradesets.TradeSetRow.SetRow;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;

/**
 * The columns of the TradeSets table (SPEC §8). Set and leg rows share a column where they mean
 * the same thing (time, side, P&L, fees, trigger); an entry leg's price sits under "Entry price"
 * and an exit leg's under "Exit price", so a 1-entry/1-exit set reads like the old paired row.
 * Each column sorts by a key of the set rows; legs keep their booking order.
 */
final class TradeSetColumns {
    private TradeSetColumns() {
    }

    /** One column: its sort key over sets (null: a leg-only column, not sortable), the text of any row, and whether it is P&L (coloured by sign). */
    record Spec(String title, double width, Function<TradeSet, Comparable<?>> key, Function<TradeSetRow, String> text,
                Function<TradeSetRow, Double> sign, boolean numeric) {
    }

    static List<Spec> specs() {
        return List.of(
                new Spec("Set / leg", 90, TradeSet::setId, r -> r instanceof SetRow s ? s.set().setId()
                        : ((LegRow) r).leg().legId(), null, false),
                new Spec("Symbol", 66, TradeSet::symbol, set(TradeSet::symbol), null, false),
                new Spec("Side", 36, s -> s.side().wire(), r -> r instanceof SetRow s ? s.set().side().wire()
                        : ((LegRow) r).leg().side().wire(), null, false),
                new Spec("Opened / time", 112, TradeSet::openedAt, r -> Formats.time(r instanceof SetRow s
                        ? s.set().openedAt() : ((LegRow) r).leg().timestamp()), null, false),
                new Spec("Closed", 112, s -> s.closedAt() == null ? Long.MAX_VALUE : s.closedAt(),
                        set(s -> Formats.time(s.closedAt())), null, false),
                new Spec("Entry\nprice", 62, TradeSet::avgEntryPrice, r -> r instanceof SetRow s
                        ? Formats.money(s.set().avgEntryPrice())
                        : ((LegRow) r).leg().isEntry() ? Formats.money(((LegRow) r).leg().price()) : "", null, true),
                new Spec("Exit\nprice", 62, s -> Double.isNaN(s.avgExitPrice()) ? Double.NEGATIVE_INFINITY
                        : s.avgExitPrice(), r -> r instanceof SetRow s ? Formats.money(s.set().avgExitPrice())
                        : ((LegRow) r).leg().isEntry() ? "" : Formats.money(((LegRow) r).leg().price()), null, true),
                new Spec("Qty", 88, null, leg(l -> Formats.qty(l.qty())), null, true),
                new Spec("Position\nafter", 88, null, leg(l -> Formats.qty(l.positionAfter())),
                        null, true),
                new Spec("WAC", 58, null, leg(l -> Formats.money(l.wacAtFill())), null, true),
                new Spec("Max\nexposure", 62, TradeSet::maxExposure, set(s -> Formats.whole(s.maxExposure())),
                        null, true),
                new Spec("P&L", 72, TradeSet::pnlNet, r -> Formats.money(pnl(r)), TradeSetColumns::pnl, true),
                new Spec("Fees", 50, TradeSet::feesTotal, r -> Formats.money(r instanceof SetRow s
                        ? s.set().feesTotal() : ((LegRow) r).leg().fees()), null, true),
                new Spec("Duration", 62, TradeSet::holdDurationHours,
                        set(s -> Formats.hours(s.holdDurationHours())), null, true),
                new Spec("Legs", 34, TradeSet::numLegs, set(s -> Integer.toString(s.numLegs())), null, true),
                new Spec("R", 38, s -> s.rMultiple() == null ? Double.NEGATIVE_INFINITY : s.rMultiple(),
                        set(s -> Formats.ratio(s.rMultiple())), null, true),
                new Spec("Trigger (entry → exit)", 182, s -> s.entryTrigger() + " " + s.exitTrigger(),
                        r -> r instanceof SetRow s ? triggers(s.set()) : Formats.orBlank(((LegRow) r).leg().triggerId()),
                        null, false),
                new Spec("Category / reason", 168, null, leg(l -> Formats.orBlank(l.category())
                        + (l.reason() == null ? "" : " / " + l.reason())), null, false));
    }

    /** Set rows: net P&L; leg rows: realized P&L. */
    static Double pnl(TradeSetRow r) {
        return r instanceof SetRow s ? s.set().pnlNet() : ((LegRow) r).leg().realizedPnl();
    }

    private static String triggers(TradeSet s) {
        String entry = Formats.orBlank(s.entryTrigger());
        return s.exitTrigger() == null ? entry : entry + " → " + s.exitTrigger();
    }

    private static Function<TradeSetRow, String> set(Function<TradeSet, String> f) {
        return r -> r instanceof SetRow s ? f.apply(s.set()) : "";
    }

    private static Function<TradeSetRow, String> leg(Function<TradeLeg, String> f) {
        return r -> r instanceof LegRow l ? f.apply(l.leg()) : "";
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static TreeTableColumn<TradeSetRow, TradeSetRow> column(Spec spec) {
        TreeTableColumn<TradeSetRow, TradeSetRow> c = new TreeTableColumn<>(spec.title());
        c.setPrefWidth(spec.width());
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().getValue()));
        Comparator<Comparable> natural = Comparator.nullsLast(Comparator.naturalOrder());
        if (spec.key() == null) {
            c.setSortable(false);
        } else {
            c.setComparator((a, b) -> natural.compare(spec.key().apply(a.set()), spec.key().apply(b.set())));
        }
        c.setCellFactory(col -> new Cell(spec));
        return c;
    }

    /** Renders a row's text for the column; P&L green or red by sign. */
    private static final class Cell extends TreeTableCell<TradeSetRow, TradeSetRow> {
        private final Spec spec;

        Cell(Spec spec) {
            this.spec = spec;
            if (spec.numeric()) setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(TradeSetRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("pnl-positive", "pnl-negative");
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(spec.text().apply(row));
            if (spec.sign() != null) {
                double v = spec.sign().apply(row);
                if (v > 0) getStyleClass().add("pnl-positive");
                if (v < 0) getStyleClass().add("pnl-negative");
            }
        }
    }
}
