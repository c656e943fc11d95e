package com.ladderbench.ui.tradesets;

import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import com.ladderbench.ui.tradesets.TradeSetRow.LegRow;
import com.ladderbench.ui.tradesets.TradeSetRow.SetRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The TradeSets table's rows as one flat list: each set row followed, when the set is expanded, by
 * its legs in booking order. A flat list rather than a tree of 100,000 items because a tree table
 * finds the item of a row by walking the expanded items before it, on every scroll step; a list
 * finds it by index. Expanding inserts the legs right under their set, collapsing removes them,
 * sorting permutes the list (so the table keeps its selection), and leg rows are built on first
 * expand only, then reused, so a leg's row stays the same object and stays selected.
 */
final class TradeSetRows {
    private final ObservableList<TradeSetRow> rows = FXCollections.observableArrayList();
    private final ObservableSet<TradeSet> expanded =
            FXCollections.observableSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    /** Kept: the read-only view forwards changes only while something holds it. */
    private final ObservableSet<TradeSet> expandedView = FXCollections.unmodifiableObservableSet(expanded);
    private final Map<TradeSet, List<LegRow>> legRows = new IdentityHashMap<>();
    /** The set rows in booking order: what an unsorted table shows. */
    private List<SetRow> booked = List.of();

    /** The rows as shown. Change them through this class only. */
    ObservableList<TradeSetRow> rows() {
        return rows;
    }

    /** The sets whose legs are shown; cells listen to it to turn their disclosure arrow. */
    ObservableSet<TradeSet> expanded() {
        return expandedView;
    }

    /** Shows these sets, in this (booking) order, all collapsed. */
    void setAll(List<TradeSet> sets) {
        List<SetRow> setRows = new ArrayList<>(sets.size());
        for (TradeSet s : sets) setRows.add(new SetRow(s));
        booked = setRows;
        expanded.clear();
        legRows.clear();
        rows.setAll(setRows);
    }

    /**
     * Rows over the same set rows as {@code shown}, in its booking order, all collapsed: the row
     * objects are shared, not copied (a twin of a table of 100,000 sets would otherwise make 100,000
     * more objects for the collector to copy right after a fill). Expanding here leaves {@code shown} alone.
     */
    static TradeSetRows sharingSetRows(TradeSetRows shown) {
        TradeSetRows twin = new TradeSetRows();
        twin.booked = shown.booked;
        twin.rows.setAll(shown.booked);
        return twin;
    }

    boolean isExpanded(TradeSet set) {
        return expanded.contains(set);
    }

    /** Shows the legs of the set in this row right under it; false when the row is not a collapsed set. */
    boolean expand(int row) {
        if (!(rowAt(row) instanceof SetRow s) || expanded.contains(s.set())) return false;
        expanded.add(s.set());
        rows.addAll(row + 1, legsOf(s.set()));
        return true;
    }

    /** Hides the legs of the set in this row; false when the row is not an expanded set. */
    boolean collapse(int row) {
        if (!(rowAt(row) instanceof SetRow s) || !expanded.contains(s.set())) return false;
        expanded.remove(s.set());
        rows.remove(row + 1, row + 1 + s.set().legs().size());
        return true;
    }

    /**
     * Orders the set rows by the comparator (booking order when null), each expanded set's legs
     * staying right under it in booking order. One permutation of the list, so the table's selection
     * follows its rows.
     */
    void sort(Comparator<? super TradeSetRow> comparator) {
        List<SetRow> order = new ArrayList<>(booked);
        if (comparator != null) order.sort(comparator);
        Map<TradeSetRow, Integer> place = new IdentityHashMap<>(rows.size() * 2);
        int next = 0;
        for (SetRow s : order) {
            place.put(s, next++);
            if (expanded.contains(s.set())) {
                for (LegRow leg : legsOf(s.set())) place.put(leg, next++);
            }
        }
        FXCollections.sort(rows, Comparator.comparingInt(place::get));
    }

    /** The row of the n-th set shown, or -1 when fewer are shown. */
    int rowOfSet(int n) {
        if (n < 0) return -1;
        int seen = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof SetRow && seen++ == n) return i;
        }
        return -1;
    }

    /** The row of the set a row belongs to (itself for a set row), or -1 for no row. */
    int setRowOf(int row) {
        if (rowAt(row) == null) return -1;
        int i = row;
        while (!(rows.get(i) instanceof SetRow)) i--;
        return i;
    }

    /** How many sets shown have built their leg rows (they are built when first expanded). */
    int setsWithLegsBuilt() {
        return legRows.size();
    }

    private TradeSetRow rowAt(int row) {
        return row < 0 || row >= rows.size() ? null : rows.get(row);
    }

    private List<LegRow> legsOf(TradeSet set) {
        return legRows.computeIfAbsent(set, s -> {
            List<LegRow> legs = new ArrayList<>(s.legs().size());
            for (TradeLeg leg : s.legs()) legs.add(new LegRow(s, leg));
            return legs;
        });
    }
}
