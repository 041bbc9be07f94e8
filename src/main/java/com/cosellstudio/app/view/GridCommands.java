package com.cosellstudio.app.view;

import com.cosellstudio.app.model.CellChange;
import com.cosellstudio.app.model.CellRef;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.rules.ColumnGroup;
import java.util.List;

/**
 * What the Rows, Columns and Check menus do to the grid: row and column operations on the current
 * selection, and jumping between errors. Each is one call into the view model (one undo step).
 */
public final class GridCommands {
    private final DealGrid grid;
    private final DocumentViewModel viewModel;

    public GridCommands(DealGrid grid) {
        this.grid = grid;
        this.viewModel = grid.viewModel();
    }

    public void addRow() {
        CellRef focused = grid.focusedCell();
        GridRow added = viewModel.addRow(focused == null ? null : focused.row());
        grid.reveal(added, Math.max(0, focused == null ? 0 : focused.column()));
    }

    public void duplicateRows() {
        List<GridRow> copies = viewModel.duplicateRows(grid.selectedRows());
        if (!copies.isEmpty()) {
            grid.reveal(copies.get(0), 0);
        }
    }

    public void deleteRows() {
        List<GridRow> rows = grid.selectedRows();
        int viewRow = grid.focusedViewRow();
        CellRef focused = grid.focusedCell();
        viewModel.deleteRows(rows);
        if (!grid.node().getItems().isEmpty() && viewRow >= 0) {
            grid.select(Math.min(viewRow, grid.node().getItems().size() - 1), focused == null ? 0 : focused.column());
        }
    }

    /** Adds the next Solution / Team member column and selects its first cell. */
    public void addGroupColumn(ColumnGroup group) {
        int index = viewModel.addGroupColumn(group);
        if (index >= 0 && !grid.node().getItems().isEmpty()) {
            grid.select(Math.max(0, grid.focusedViewRow()), index);
        }
        grid.node().scrollToColumn(grid.tableColumn(Math.max(index, 0)));
    }

    /** Removes the focused column when it is an empty group column (else says why not). */
    public void removeFocusedColumn() {
        CellRef focused = grid.focusedCell();
        if (focused != null) {
            viewModel.removeColumn(focused.column());
        }
    }

    public boolean canRemoveFocusedColumn() {
        CellRef focused = grid.focusedCell();
        return focused != null && viewModel.canRemoveColumn(focused.column());
    }

    /** Undo, and show the cell it set back (the filter is cleared if it hides the row). */
    public void undo() {
        show(viewModel.undo());
    }

    public void redo() {
        show(viewModel.redo());
    }

    private void show(CellChange change) {
        if (change != null && viewModel.document().rows().contains(change.row())) {
            grid.reveal(change.row(), change.column());
        }
    }

    /** F8 / Shift+F8: the next / previous cell with an error, in view order, wrapping around. */
    public void jumpToError(boolean forward) {
        int viewRow = Math.max(0, grid.focusedViewRow());
        CellRef focused = grid.focusedCell();
        int column = focused == null ? (forward ? -2 : Integer.MAX_VALUE) : focused.column();
        DocumentViewModel.ViewCell next = viewModel.findError(viewRow, column, forward);
        if (next != null) {
            grid.select(next.viewRow(), next.column());
            grid.focus();
        }
    }
}
