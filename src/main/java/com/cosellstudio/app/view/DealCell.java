package com.cosellstudio.app.view;

import com.cosellstudio.app.editors.CellEditor;
import com.cosellstudio.app.editors.EditorHost;
import com.cosellstudio.app.editors.Move;
import com.cosellstudio.app.model.GridRow;
import javafx.scene.control.TableCell;

/**
 * A data cell of the grid. Its item is the whole {@link GridRow}; it reads its own column from it,
 * so there is no property per cell. The row's observable makes the table repaint this cell when the
 * row changes. Marks come from the view model; editing uses the editor the column's kind asks for.
 */
final class DealCell extends TableCell<GridRow, GridRow> implements EditorHost {
    private final DealGrid grid;
    private final int column;
    private final CellMarks marks;
    private CellEditor editor;
    private boolean finishing;

    DealCell(DealGrid grid, int column) {
        this.grid = grid;
        this.column = column;
        this.marks = new CellMarks(grid.messages(), grid.text());
        getStyleClass().add("deal-cell");
    }

    /** The document column this cell shows. */
    int column() {
        return column;
    }

    @Override
    protected void updateItem(GridRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            marks.apply(this, null, null);
            return;
        }
        if (isEditing() && editor != null) {
            return;
        }
        render(row);
    }

    private void render(GridRow row) {
        setGraphic(null);
        setText(singleLine(row.get(column)));
        marks.apply(this, grid.viewModel().cellStatus(row, column), grid.viewModel().document().header(column));
    }

    /** Line breaks (Notes) would push the text out of a one-line cell; show them as a symbol. */
    private static String singleLine(String value) {
        if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return value.replace("\r\n", " ↵ ").replace('\n', '↵').replace('\r', '↵');
    }

    @Override
    public void startEdit() {
        GridRow row = getItem();
        if (row == null || isEmpty()) {
            return;
        }
        if (!grid.editAllowed()) {
            // The table asked (a single click on a selected cell): refuse, and tell the table so
            // that it does not believe a cell is being edited.
            if (getTableView() != null && getTableView().getEditingCell() != null) {
                getTableView().edit(-1, null);
            }
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        String typed = grid.takeTypedText();
        if (typed == null && grid.usesForm(column)) {
            // Packed cells open their form instead of an in-cell editor.
            super.cancelEdit();
            render(row);
            grid.openFormLater(row, column);
            return;
        }
        finishing = false;
        editor = grid.editors().create(grid.spec(column), grid.allowedValues(row, column), row.get(column), typed, this);
        setText(null);
        setGraphic(editor.node());
        // The editor's skin, which handles its keys, would come with the next pulse: the keys a fast
        // typist sends before it (the second of "Ed") would reach an editor that drops them.
        editor.node().applyCss();
        editor.start();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editor = null;
        if (getItem() != null) {
            render(getItem());
        }
    }

    @Override
    public void commit(String value, Move move) {
        if (!isEditing() || finishing) {
            return;
        }
        finishing = true;
        GridRow row = getItem();
        int viewRow = getIndex();
        grid.viewModel().editCell(row, column, value);
        editor = null;
        commitEdit(row);
        grid.moveAfterEdit(viewRow, column, move);
    }

    @Override
    public void cancel() {
        if (isEditing()) {
            cancelEdit();
        }
        grid.focus();
    }
}
