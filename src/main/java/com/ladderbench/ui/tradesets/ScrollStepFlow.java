package com.ladderbench.ui.tradesets;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import javafx.beans.value.ChangeListener;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A virtual flow of fixed-size cells whose layout pass after a scroll step costs the rows that
 * came into view, not the rows above them.
 *
 * <p>Why: after any scroll, JavaFX 21's {@link VirtualFlow} re-runs its whole layout on the next
 * pulse, and that layout walks the size of every row above the viewport, several times
 * (computeCurrentIndex, computeViewportOffset, the estimated-size recalculation), even with a fixed
 * cell size: at row 100,000 of the TradeSets table a wheel step cost ~9 ms more FX-thread time than
 * at the top. But {@link #scrollPixels} has already placed, culled and filled the cells by then;
 * when nothing else changed the pass would put every cell back where it is. So it is skipped until
 * something structural does change: the flow's size, the row count, the cell size or factory, a
 * position set other than by scrolling (a jump, the scroll bar's thumb), or the skin asking to
 * rebuild, recreate or reconfigure its cells. Cells that need their own layout (the rows that came
 * into view) still get it: a parent lays out its children after its own pass. {@code scrollPixels}
 * itself still walks the rows above once per call, which this class cannot reach.
 *
 * <p>A row a step brings into view reuses, where there is one, a spare cell that last showed a row
 * of the same look ({@link #getAvailableCell}), so that the step restyles nothing.
 */
final class ScrollStepFlow<T extends IndexedCell<?>> extends VirtualFlow<T> {
    /** The rows a mouse wheel's notch scrolls. */
    private static final int NOTCH_ROWS = 3;
    /** No spare cell looks like the row wanted. */
    private static final int NONE_ALIKE = Integer.MIN_VALUE;
    /** Cells this flow adds beyond those the flow would make, so that a spare of each look is at hand. */
    private static final int EXTRA_CELLS = 2;
    /** The kind of the row at an index (rows of one kind are styled alike, apart from odd and even). */
    private final IntUnaryOperator kindAt;
    /** The cells made so far beyond the flow's own, at most {@value #EXTRA_CELLS}. */
    private int extraCells;
    /** Set while {@link #buildSpareCells} runs: the extra cells are made then, not in a step of the analyst's. */
    private boolean buildingSpares;
    /** A full layout pass is due: something other than a scroll step changed since the last one. */
    private boolean stale = true;
    private boolean scrolling;
    private boolean layingOut;
    private long fullPasses;

    /** @param kindAt the kind of the row at an index, for indices below the cell count */
    ScrollStepFlow(IntUnaryOperator kindAt) {
        this.kindAt = kindAt;
        ChangeListener<Object> structural = (obs, old, now) -> stale = true;
        cellCountProperty().addListener(structural);
        fixedCellSizeProperty().addListener(structural);
        cellFactoryProperty().addListener(structural);
        verticalProperty().addListener(structural);
        positionProperty().addListener((obs, old, now) -> {
            if (!scrolling) stale = true;
        });
    }

    /** Whether the next layout pass runs in full (for tests). */
    boolean isStale() {
        return stale;
    }

    /** How many layout passes ran in full (for tests). */
    long fullPasses() {
        return fullPasses;
    }

    @Override
    public double scrollPixels(double delta) {
        scrolling = true;
        try {
            return super.scrollPixels(delta);
        } finally {
            scrolling = false;
        }
    }

    /**
     * Builds now the cells a wheel step may need beyond those in view (when rows show in part at both
     * ends), so that the first step does not build them: a row and its cells with their skins and
     * first CSS cost that step ~10 ms. By scrolling a few rows and back at once: nothing shown changes.
     * The cells left over, with the {@value #EXTRA_CELLS} more made here, are also the spares that let
     * each row a step brings in keep its look ({@link #getAvailableCell}). Only on a flow laid out since
     * its last change (else the cells are not yet those shown).
     */
    void buildSpareCells() {
        if (stale || isNeedsLayout() || getCells().isEmpty() || getFixedCellSize() <= 0) return;
        buildingSpares = true;
        try {
            scrollDownAndBack(getFixedCellSize());
        } finally {
            buildingSpares = false;
        }
    }

    private void scrollDownAndBack(double size) {
        // a notch, then all but a pixel of a row more: rows then show in part at both ends, as many
        // as ever, whatever the viewport's height; each step can need a cell of its own
        double down = scrollPixels(NOTCH_ROWS * size);
        down += scrollPixels(size - 1);
        if (down != 0) {
            scrollPixels(-down);
            return;
        }
        double up = scrollPixels(-NOTCH_ROWS * size);
        up += scrollPixels(-(size - 1));
        scrollPixels(-up);
    }

    @Override
    protected void layoutChildren() {
        if (stale || getFixedCellSize() <= 0) {
            layingOut = true;
            try {
                super.layoutChildren();
            } finally {
                layingOut = false;
            }
            fullPasses++;
            stale = false;
            return;
        }
        hideCellsOutOfView();
    }

    /**
     * Gives a cell a scroll step brought into view its row without restyling it there and then.
     *
     * <p>Why: the flow applies a reindexed cell's CSS at once so that it can measure the cell. With a
     * fixed cell size it measures none, and a step runs before the pulse's CSS pass, which styles what
     * the new row changed (odd/even, selection, the P&L sign, leg or set) before layout and rendering.
     * Applying it here restyled the row and each of its cells from scratch, changed or not: over half
     * of the FX thread's garbage while scrolling. A cell never styled (new, without a skin) and cells
     * placed by the full layout pass (after the CSS pass) are still styled at once.
     */
    @Override
    protected void setCellIndex(T cell, int index) {
        if (scrolling && !layingOut && getFixedCellSize() > 0 && cell.getSkin() != null) {
            cell.updateIndex(index);
            return;
        }
        super.setCellIndex(cell, index);
    }

    /**
     * Prefers, of the spare cells, one that last showed the row at this index or else a row that looks
     * like it: as odd or as even, of the same kind.
     *
     * <p>Why: a row cell whose pseudo-classes change (odd to even, set to leg) is restyled by the next
     * CSS pass with every node inside it, each looking up its styles again: ~60 % of what the FX thread
     * allocated per wheel step, and so most of what brings young collections. The flow itself takes the
     * spare cell with this index, else the last one put aside, which for some heights of the view turns
     * every row a step brings in between odd and even. Which spare is taken changes nothing shown: the
     * cell is given its row either way. Spares are the flow's cells not in use: those a step scrolled
     * out and one or two more, so when none looks alike during a step the flow gets one cell more, up
     * to {@value #EXTRA_CELLS} (the warm-up's {@link #buildSpareCells} makes them before the analyst's
     * first step).
     */
    @Override
    protected T getAvailableCell(int prefIndex) {
        int alike = spareAlike(prefIndex);
        if ((alike == NONE_ALIKE || buildingSpares) && scrolling && extraCells < EXTRA_CELLS
                && getCells().get(0).getParent() instanceof Group sheet) {
            // one cell more, at most twice, so that the spares cover odd and even, sets and legs from then on
            extraCells++;
            T cell = getCellFactory().call(this);
            sheet.getChildren().add(cell);
            return cell;
        }
        return super.getAvailableCell(alike == NONE_ALIKE ? prefIndex : alike);
    }

    /**
     * The row index of a spare cell that looks like the row at {@code index} ({@code index} itself when a
     * spare showed that row, or when there are no spares or no such row), or {@link #NONE_ALIKE}.
     */
    private int spareAlike(int index) {
        List<T> inUse = getCells();
        int wanted = look(index);
        if (inUse.isEmpty() || inUse.get(0).getParent() == null || wanted < 0) return index;
        int alike = NONE_ALIKE;
        boolean spares = false;
        List<Node> sheet = inUse.get(0).getParent().getChildrenUnmodifiable();
        for (int i = 0; i < sheet.size(); i++) {
            if (!(sheet.get(i) instanceof IndexedCell<?> spare) || isAmong(spare, inUse)) continue;
            spares = true;
            int shown = spare.getIndex();
            if (shown == index) return index;
            if (alike == NONE_ALIKE && look(shown) == wanted) alike = shown;
        }
        return spares ? alike : index;
    }

    /** By identity, without an iterator: this runs for each row a step brings into view. */
    private static boolean isAmong(Node cell, List<? extends Node> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) == cell) return true;
        }
        return false;
    }

    /** Odd or even and the kind of the row at an index; -1 for no row. */
    private int look(int index) {
        if (index < 0 || index >= getCellCount()) return -1;
        return (index & 1) | kindAt.applyAsInt(index) << 1;
    }

    /**
     * What the full pass's last step does: cells a scroll step culled stay in the sheet until reused
     * (then the flow shows them again), hidden, so no lookup or screen reader finds a stale row.
     */
    private void hideCellsOutOfView() {
        List<T> inView = getCells();
        Parent sheet = inView.isEmpty() ? null : inView.get(0).getParent();
        if (sheet == null) return;
        Set<Node> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        shown.addAll(inView);
        for (Node n : sheet.getChildrenUnmodifiable()) {
            if (n instanceof IndexedCell<?> && n.isVisible() && !shown.contains(n)) n.setVisible(false);
        }
    }

    @Override
    protected void setWidth(double value) {
        if (value != getWidth()) stale = true;
        super.setWidth(value);
    }

    @Override
    protected void setHeight(double value) {
        if (value != getHeight()) stale = true;
        super.setHeight(value);
    }

    @Override
    protected void recreateCells() {
        stale = true;
        extraCells = 0;
        super.recreateCells();
    }

    @Override
    protected void rebuildCells() {
        stale = true;
        extraCells = 0;
        super.rebuildCells();
    }

    @Override
    protected void reconfigureCells() {
        stale = true;
        super.reconfigureCells();
    }

    @Override
    protected void requestCellLayout() {
        stale = true;
        super.requestCellLayout();
    }
}
