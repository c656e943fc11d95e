package com.ladderbench.ui.tradesets;

import com.ladderbench.model.Lots;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import com.ladderbench.model.Category;
import com.ladderbench.ui.Formats;
import com.ladderbench.ui.Quantities;
import com.ladderbench.ui.charts.LegKind;
import com.ladderbench.ui.charts.MarkerIcons;
import com.ladderbench.ui.tradesets.TradeSetRow.LegRow;
import com.ladderbench.ui.tradesets.TradeSetRow.SetRow;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.EnumMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.WeakSetChangeListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The columns of the TradeSets table (SPEC §8). Set and leg rows share a column where they mean
 * the same thing (time, side, P&L, fees, trigger); an entry leg's price sits under "Entry price"
 * and an exit leg's under "Exit price", so a 1-entry/1-exit set reads like the old paired row.
 * Each column sorts by a key of the set rows; legs keep their booking order.
 */
final class TradeSetColumns {
    private TradeSetColumns() {
    }

    /**
     * One column: its sort key over sets (null: not sortable), the text of any row, whether it is
     * P&L (coloured by sign), and for the category column the leg's {@link LegKind} (its mark).
     */
    record Spec(String title, double width, Function<TradeSet, Comparable<?>> key, Function<TradeSetRow, String> text,
                Function<TradeSetRow, Double> sign, boolean numeric, Function<TradeSetRow, LegKind> kind) {
        Spec(String title, double width, Function<TradeSet, Comparable<?>> key, Function<TradeSetRow, String> text,
                Function<TradeSetRow, Double> sign, boolean numeric) {
            this(title, width, key, text, sign, numeric, null);
        }
    }

    /**
     * Every column; set rows fill the leg columns with the set's own figure (quantity entered,
     * position left, last WAC, the legs' kinds), so no cell of a set row is left empty without reason.
     *
     * @param quantities how the shown run's quantities read (its lot size)
     */
    static List<Spec> specs(Supplier<Quantities> quantities) {
        return List.of(
                new Spec("Set / leg", 90, TradeSet::setId, r -> r instanceof SetRow s ? s.set().setId()
                        : ((LegRow) r).leg().legId(), null, false),
                new Spec("Symbol", 66, TradeSet::symbol, set(TradeSet::symbol), null, false),
                new Spec("Side", 36, s -> s.side().wire(), r -> r instanceof SetRow s ? s.set().side().wire()
                        : ((LegRow) r).leg().side().wire(), null, false),
                new Spec("Opened / time", 112, TradeSet::openedAt, r -> Formats.time(r instanceof SetRow s
                        ? s.set().openedAt() : ((LegRow) r).leg().timestamp()), null, false),
                new Spec("Closed", 112, s -> s.isClosed() ? s.closeTime() : Long.MAX_VALUE,
                        set(s -> Formats.time(s.closedAt())), null, false),
                new Spec("Entry\nprice", 62, TradeSet::avgEntryPrice, r -> r instanceof SetRow s
                        ? Formats.money(s.set().avgEntryPrice())
                        : ((LegRow) r).leg().isEntry() ? Formats.money(((LegRow) r).leg().price()) : "", null, true),
                new Spec("Exit\nprice", 62, s -> Double.isNaN(s.avgExitPrice()) ? Double.NEGATIVE_INFINITY
                        : s.avgExitPrice(), r -> r instanceof SetRow s ? Formats.money(s.set().avgExitPrice())
                        : ((LegRow) r).leg().isEntry() ? "" : Formats.money(((LegRow) r).leg().price()), null, true),
                new Spec("Qty", 106, TradeSetColumns::enteredQty, r -> quantities.get().format(r instanceof SetRow s
                        ? enteredQtyExact(s.set()) : ((LegRow) r).leg().qty()), null, true),
                new Spec("Position\nafter", 106, TradeSetColumns::positionLeft, r -> quantities.get().format(
                        r instanceof SetRow s ? positionLeftExact(s.set()) : ((LegRow) r).leg().positionAfter()),
                        null, true),
                new Spec("WAC", 58, TradeSetColumns::lastWac, r -> Formats.money(r instanceof SetRow s
                        ? lastWac(s.set()) : ((LegRow) r).leg().wacAtFill()), null, true),
                new Spec("Max\nexposure", 62, TradeSet::maxExposure, set(s -> Formats.whole(s.maxExposure())),
                        null, true),
                new Spec("P&L", 72, TradeSet::pnlNet, r -> Formats.money(pnl(r)), TradeSetColumns::pnl, true),
                new Spec("Fees", 50, TradeSet::feesTotal, r -> Formats.money(r instanceof SetRow s
                        ? s.set().feesTotal() : ((LegRow) r).leg().fees()), null, true),
                new Spec("Duration", 62, TradeSet::holdDurationHours,
                        set(s -> Formats.hours(s.holdDurationHours())), null, true),
                new Spec("Legs", 34, TradeSet::numLegs, set(s -> Integer.toString(s.numLegs())), null, true),
                new Spec("R", 38, s -> s.hasRMultiple() ? s.rMultipleValue() : Double.NEGATIVE_INFINITY,
                        set(s -> Formats.ratio(s.rMultiple())), null, true),
                new Spec("Trigger (entry → exit)", 182, s -> s.entryTrigger() + " " + s.exitTrigger(),
                        r -> r instanceof SetRow s ? triggers(s.set()) : Formats.orBlank(((LegRow) r).leg().triggerId()),
                        null, false),
                new Spec("Category / reason", 250, TradeSetColumns::kinds, r -> r instanceof SetRow s ? kinds(s.set())
                        : legKind((LegRow) r), null, false,
                        r -> r instanceof LegRow l ? LegKind.of(l.set(), l.leg()) : null));
    }

    /** Quantity the set's entry legs bought (long) or sold (short) in all; the sort key. */
    static double enteredQty(TradeSet s) {
        return enteredQtyExact(s).doubleValue();
    }

    /** The same, exact: whole lots summed, then turned into units once. */
    static java.math.BigDecimal enteredQtyExact(TradeSet s) {
        long lots = 0;
        for (TradeLeg l : s.legs()) if (l.isEntry()) lots += l.lots();
        return s.legs().isEmpty() ? java.math.BigDecimal.ZERO : Lots.qty(lots, s.legs().get(0).lotSize());
    }

    /** The position after the set's last leg: zero once closed; the sort key. */
    static double positionLeft(TradeSet s) {
        return positionLeftExact(s).doubleValue();
    }

    static java.math.BigDecimal positionLeftExact(TradeSet s) {
        return s.legs().isEmpty() ? java.math.BigDecimal.ZERO : s.legs().get(s.legs().size() - 1).positionAfter();
    }

    /** The WAC the set's last leg booked against. */
    static double lastWac(TradeSet s) {
        return s.legs().isEmpty() ? Double.NaN : s.legs().get(s.legs().size() - 1).wacAtFill();
    }

    /** The legs' kinds in ladder order, counted: {@code entry, 3× risk_reduce trim, risk_off}. */
    static String kinds(TradeSet s) {
        int[] counts = new int[LegKind.values().length];
        for (TradeLeg l : s.legs()) counts[LegKind.of(s, l).ordinal()]++;
        StringBuilder sb = new StringBuilder();
        for (LegKind k : LegKind.values()) {
            if (counts[k.ordinal()] == 0) continue;
            if (sb.length() > 0) sb.append(", ");
            if (counts[k.ordinal()] > 1) sb.append(counts[k.ordinal()]).append("× ");
            sb.append(k.label());
        }
        return sb.toString();
    }

    /** A leg's kind, its trigger's category when the kind does not already say it, and its reason. */
    private static String legKind(LegRow r) {
        LegKind k = LegKind.of(r.set(), r.leg());
        StringBuilder sb = new StringBuilder(k.label());
        Category c = r.leg().category();
        if (c != null && !k.label().startsWith(c.wire())) sb.append(" · ").append(c.wire());
        if (r.leg().reason() != null) sb.append(" / ").append(r.leg().reason());
        return sb.toString();
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

    /** A column of the table over the flat rows ({@link TradeSetRows}): sorting compares set rows only. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static TableColumn<TradeSetRow, TradeSetRow> column(Spec spec) {
        TableColumn<TradeSetRow, TradeSetRow> c = new TableColumn<>(spec.title());
        c.setPrefWidth(spec.width());
        c.setCellValueFactory(f -> f.getValue()); // a row is its cells' value: no wrapper per cell update
        Comparator<Comparable> natural = Comparator.nullsLast(Comparator.naturalOrder());
        if (spec.key() == null) {
            c.setSortable(false);
        } else {
            c.setComparator((a, b) -> natural.compare(spec.key().apply(a.set()), spec.key().apply(b.set())));
        }
        c.setCellFactory(col -> new Cell(spec));
        return c;
    }

    /**
     * The first column: as {@link #column}, and a set row's cell carries the disclosure arrow that
     * expands it into its legs (turned while the set is expanded); a leg's cell is indented under it.
     *
     * @param expanded the sets whose legs are shown
     * @param toggle expands or collapses the set in the given row
     */
    static TableColumn<TradeSetRow, TradeSetRow> treeColumn(Spec spec, ObservableSet<TradeSet> expanded,
            IntConsumer toggle) {
        TableColumn<TradeSetRow, TradeSetRow> c = column(spec);
        c.setCellFactory(col -> new DisclosureCell(spec, expanded, toggle));
        return c;
    }

    /**
     * Renders a row's text for the column; P&L green or red by sign. Scrolling re-lays every visible
     * cell, so an update for the row already shown does nothing, the sign is a pseudo-class (a style
     * class change would make JavaFX re-match the cell's CSS from scratch) and each leg kind's mark is
     * drawn once per cell.
     */
    private static class Cell extends TableCell<TradeSetRow, TradeSetRow> {
        private static final PseudoClass POSITIVE = PseudoClass.getPseudoClass("pnl-positive");
        private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("pnl-negative");

        private final Spec spec;
        private final Map<LegKind, Node> marks = new EnumMap<>(LegKind.class);
        /** The row whose text is shown; rows are rebuilt whenever what their text depends on changes. */
        private TradeSetRow shown;

        Cell(Spec spec) {
            this.spec = spec;
            if (spec.numeric()) setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(TradeSetRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                shown = null;
                setText(null);
                setGraphic(null);
                pseudoClassStateChanged(POSITIVE, false);
                pseudoClassStateChanged(NEGATIVE, false);
                return;
            }
            if (row == shown) return;
            shown = row;
            setText(spec.text().apply(row));
            setGraphic(graphic(row));
            double v = spec.sign() == null ? 0 : spec.sign().apply(row);
            pseudoClassStateChanged(POSITIVE, v > 0);
            pseudoClassStateChanged(NEGATIVE, v < 0);
        }

        /** The row shown, null when the cell is empty. */
        final TradeSetRow shown() {
            return shown;
        }

        /** The node beside the row's text: its leg kind's mark, if the column has one. */
        Node graphic(TradeSetRow row) {
            LegKind kind = spec.kind() == null ? null : spec.kind().apply(row);
            return kind == null ? null : marks.computeIfAbsent(kind, k -> MarkerIcons.icon(k.shape(), k.color(), 11));
        }
    }

    /**
     * The first column's cell: a set row shows its disclosure arrow (a press on it toggles the set
     * without selecting the row, as a tree table's arrow does), a leg row is indented. Both are
     * pseudo-classes on nodes the cell keeps, so scrolling changes no node and no style class.
     */
    private static final class DisclosureCell extends Cell {
        private static final PseudoClass LEG = PseudoClass.getPseudoClass("leg");
        private static final PseudoClass EXPANDED = PseudoClass.getPseudoClass("expanded");

        private final ObservableSet<TradeSet> expanded;
        private final StackPane disclosure = new StackPane();
        /** Turns the arrow when this cell's set is expanded or collapsed; held here, so the set holds it weakly. */
        private final SetChangeListener<TradeSet> onToggle = c -> {
            if (shown() instanceof SetRow s && (c.getElementAdded() == s.set() || c.getElementRemoved() == s.set())) {
                disclosure.pseudoClassStateChanged(EXPANDED, c.wasAdded());
            }
        };

        DisclosureCell(Spec spec, ObservableSet<TradeSet> expanded, IntConsumer toggle) {
            super(spec);
            this.expanded = expanded;
            Region arrow = new Region();
            arrow.getStyleClass().add("arrow");
            disclosure.getChildren().add(arrow);
            disclosure.getStyleClass().add("set-disclosure");
            disclosure.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && shown() instanceof SetRow) toggle.accept(getIndex());
                e.consume();
            });
            // the press did the work: neither a click nor a double click reaches the row or the table
            disclosure.addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
            disclosure.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
            expanded.addListener(new WeakSetChangeListener<>(onToggle));
        }

        @Override
        Node graphic(TradeSetRow row) {
            boolean set = row instanceof SetRow;
            disclosure.setVisible(set);
            disclosure.pseudoClassStateChanged(EXPANDED, set && expanded.contains(row.set()));
            pseudoClassStateChanged(LEG, !set);
            return disclosure;
        }
    }
}
