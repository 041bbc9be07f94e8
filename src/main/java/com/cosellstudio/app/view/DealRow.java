package com.cosellstudio.app.view;

import com.cosellstudio.app.model.GridRow;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.TableRow;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;

/**
 * A row of the grid, carrying its own number: kept at the left edge of the view while the row
 * scrolls sideways, red when the row has an error anywhere, marked for issues of the whole row (a
 * ragged row, a Referral ID used twice) and for a changed or rejected deal. Pressing a number
 * selects the row, Shift extends to it, dragging over numbers selects the rows passed.
 */
final class DealRow extends TableRow<GridRow> {
    private static final PseudoClass HAS_ERRORS = PseudoClass.getPseudoClass("has-errors");

    private final DealGrid grid;
    private final Label number = new Label();
    private final CellMarks marks;
    private final InvalidationListener changed = observable -> showNumber(getItem());
    private final WeakInvalidationListener weakChanged = new WeakInvalidationListener(changed);
    private GridRow watched;

    DealRow(DealGrid grid) {
        this.grid = grid;
        this.marks = new CellMarks(grid.messages(), grid.text());
        number.getStyleClass().add("row-number-cell");
        number.setMaxWidth(Double.MAX_VALUE);
        number.setViewOrder(-1);
        number.translateXProperty().bind(grid.sideways());
        number.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (!isEmpty()) {
                grid.selectRows(getIndex(), event.isShiftDown());
            }
            event.consume();
        });
        number.addEventFilter(MouseEvent.DRAG_DETECTED, event -> {
            number.startFullDrag();
            event.consume();
        });
        number.addEventFilter(MouseDragEvent.MOUSE_DRAG_ENTERED, event -> {
            if (!isEmpty()) {
                grid.selectRows(getIndex(), true);
            }
        });
    }

    @Override
    protected void updateItem(GridRow row, boolean empty) {
        super.updateItem(row, empty);
        if (watched != null) {
            watched.observable().removeListener(weakChanged);
        }
        watched = empty ? null : row;
        if (watched != null) {
            watched.observable().addListener(weakChanged);
        }
        showNumber(watched);
    }

    private void showNumber(GridRow row) {
        if (row == null) {
            number.setText(null);
            number.pseudoClassStateChanged(HAS_ERRORS, false);
            marks.apply(number, null, null);
            return;
        }
        number.setText(Integer.toString(row.number()));
        number.pseudoClassStateChanged(HAS_ERRORS, row.hasErrors());
        marks.apply(number, grid.viewModel().cellStatus(row, -1), grid.text().get("look.rowNumber"));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new DealRowSkin(this, number, grid::numberWidth);
    }
}
