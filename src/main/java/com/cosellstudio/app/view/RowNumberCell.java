package com.cosellstudio.app.view;

import com.cosellstudio.app.model.GridRow;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;

/**
 * The row number at the left (spec section 9 numbering: the record under the header, blank rows
 * counted). Red when the row has an error anywhere; marked like a cell for issues of the whole row.
 */
final class RowNumberCell extends TableCell<GridRow, GridRow> {
    private static final PseudoClass HAS_ERRORS = PseudoClass.getPseudoClass("has-errors");

    private final DealGrid grid;
    private final CellMarks marks;

    RowNumberCell(DealGrid grid) {
        this.grid = grid;
        this.marks = new CellMarks(grid.messages());
        getStyleClass().add("row-number-cell");
    }

    @Override
    protected void updateItem(GridRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            pseudoClassStateChanged(HAS_ERRORS, false);
            marks.apply(this, null);
            return;
        }
        setText(Integer.toString(row.number()));
        pseudoClassStateChanged(HAS_ERRORS, row.hasErrors());
        marks.apply(this, grid.viewModel().cellStatus(row, -1));
    }
}
