package com.cosellstudio.app.view;

import com.cosellstudio.app.model.CellRef;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.GridRow;
import java.util.List;
import javafx.scene.control.TablePosition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Copy, paste and clear of cell ranges as tab-separated text, the format Excel and LibreOffice put
 * on the clipboard. A non-rectangular selection copies its bounding rectangle; a paste starts at
 * the top-left selected cell and is one undoable step.
 */
public final class GridClipboard {
    private final DealGrid grid;

    GridClipboard(DealGrid grid) {
        this.grid = grid;
    }

    /** The bounding rectangle of the selection in view rows and document columns, or null. */
    private int[] selectionBounds() {
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (TablePosition<?, ?> position : grid.node().getSelectionModel().getSelectedCells()) {
            @SuppressWarnings("unchecked")
            int column = grid.columnIndexOf((javafx.scene.control.TableColumn<GridRow, ?>) position.getTableColumn());
            if (column < 0 || position.getRow() < 0) {
                continue;
            }
            top = Math.min(top, position.getRow());
            bottom = Math.max(bottom, position.getRow());
            left = Math.min(left, column);
            right = Math.max(right, column);
        }
        return bottom < 0 ? null : new int[] {top, bottom, left, right};
    }

    public void copy() {
        int[] bounds = selectionBounds();
        if (bounds == null) {
            return;
        }
        List<GridRow> rows = grid.node().getItems().subList(bounds[0], bounds[1] + 1);
        ClipboardContent content = new ClipboardContent();
        content.putString(grid.viewModel().copy(rows, bounds[2], bounds[3]));
        Clipboard.getSystemClipboard().setContent(content);
    }

    public void cut() {
        copy();
        clear();
    }

    public void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isEmpty()) {
            return;
        }
        int[] bounds = selectionBounds();
        int viewRow;
        int column;
        if (bounds != null) {
            viewRow = bounds[0];
            column = bounds[2];
        } else {
            CellRef focused = grid.focusedCell();
            if (focused == null || focused.column() < 0) {
                return;
            }
            viewRow = grid.focusedViewRow();
            column = focused.column();
        }
        DocumentViewModel.PastedBlock block = grid.viewModel().paste(viewRow, column, text);
        if (block != null) {
            grid.selectBlock(block.viewRow(), block.rows(), block.column(), block.columns());
        }
    }

    /** Empties the selected cells as one step. */
    public void clear() {
        grid.viewModel().clearCells(grid.selectedCells());
    }
}
