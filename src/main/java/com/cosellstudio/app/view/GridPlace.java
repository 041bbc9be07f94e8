package com.cosellstudio.app.view;

import com.cosellstudio.app.model.CellRef;
import com.cosellstudio.app.model.GridRow;

/**
 * Keeps the user's place, the focused deal and column, when the rows in view change under it: a
 * filter switched off, a sort. The table would keep the focused index, which then shows another
 * deal. Told of a change before the table handles it and again after.
 */
final class GridPlace {
    private final DealGrid grid;
    private GridRow row;
    private int column;
    private boolean changing;

    GridPlace(DealGrid grid) {
        this.grid = grid;
    }

    void viewChanging() {
        changing = true;
    }

    /** The focus moved: by the user, unless the rows are changing under it. */
    void focusMoved() {
        if (changing) {
            return;
        }
        CellRef focused = grid.focusedCell();
        if (focused != null && focused.column() >= 0) {
            row = focused.row();
            column = focused.column();
        }
    }

    void viewChanged() {
        changing = false;
        if (row == null) {
            return;
        }
        CellRef focused = grid.focusedCell();
        if (focused != null && focused.row() == row) {
            return;
        }
        int index = grid.node().getItems().indexOf(row);
        if (index >= 0) {
            grid.select(index, column);
        }
    }
}
