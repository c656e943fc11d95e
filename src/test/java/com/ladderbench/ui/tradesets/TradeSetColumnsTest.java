package com.ladderbench.ui.tradesets;

import static org.junit.jupiter.api.Assertions.assertSame;

import com.ladderbench.model.TradeSet;
import com.ladderbench.ui.Quantities;
import com.ladderbench.ui.TestResults;
import com.ladderbench.ui.tradesets.TradeSetRow.LegRow;
import com.ladderbench.ui.tradesets.TradeSetRow.SetRow;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumn.CellDataFeatures;
import org.junit.jupiter.api.Test;

/** A cell's value is its row itself: a cell update makes no observable wrapper for the collector to find. */
class TradeSetColumnsTest {
    private final TradeSet set = TestResults.sets(1, "BTC-USD").get(0);
    private final SetRow setRow = new SetRow(set);
    private final LegRow legRow = new LegRow(set, set.legs().get(0));

    @Test
    void everyColumnGivesEachRowItselfAsItsCellsValue() {
        for (TradeSetColumns.Spec spec : TradeSetColumns.specs(() -> Quantities.of(1))) {
            TableColumn<TradeSetRow, TradeSetRow> column = TradeSetColumns.column(spec);
            // what a cell asks its column for at each update
            assertSame(setRow, column.getCellValueFactory().call(new CellDataFeatures<>(null, column, setRow)),
                    spec.title());
            assertSame(legRow, column.getCellValueFactory().call(new CellDataFeatures<>(null, column, legRow)),
                    spec.title());
        }
        assertSame(setRow, setRow.getValue());
        assertSame(legRow, legRow.getValue());
    }
}
