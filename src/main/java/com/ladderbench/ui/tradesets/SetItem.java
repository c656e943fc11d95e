package com.ladderbench.ui.tradesets;

import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A TradeSet's tree item. Its legs become tree items only when the row is first expanded (or
 * anything else asks for its children), so loading 100,000 sets builds 100,000 items, not a
 * million. Legs stay in booking order: the cumulative position reads top to bottom.
 */
final class SetItem extends TreeItem<TradeSetRow> {
    private boolean legsBuilt;

    SetItem(TradeSet set) {
        super(new TradeSetRow.SetRow(set));
    }

    /** Every TradeSet has at least one leg, so the row can be expanded without building them. */
    @Override
    public boolean isLeaf() {
        return false;
    }

    @Override
    public ObservableList<TreeItem<TradeSetRow>> getChildren() {
        if (!legsBuilt) {
            legsBuilt = true;
            TradeSet set = getValue().set();
            List<TreeItem<TradeSetRow>> legs = new ArrayList<>(set.legs().size());
            for (TradeLeg leg : set.legs()) legs.add(new TreeItem<>(new TradeSetRow.LegRow(set, leg)));
            super.getChildren().setAll(legs);
        }
        return super.getChildren();
    }

    boolean legsBuilt() {
        return legsBuilt;
    }
}
