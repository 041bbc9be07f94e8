package com.cosellstudio.app.view;

import com.cosellstudio.app.DialogFocus;
import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.CellRef;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.task.TaskRunner;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;

/**
 * Editing many cells at once from the Edit menu and the grid's context menu: Find and Replace,
 * Fill Down, Set Value in Selected Cells. Each change is one undo step made by the view model.
 */
public final class BulkEditActions {
    private final DealGrid grid;
    private final DocumentViewModel viewModel;
    private final UiText text;
    private final TaskRunner tasks;
    private FindReplaceDialog findDialog;

    public BulkEditActions(DealGrid grid, UiText text, TaskRunner tasks) {
        this.tasks = tasks;
        this.grid = grid;
        this.viewModel = grid.viewModel();
        this.text = text;
    }

    /** Ctrl+H: the Find and Replace dialog on the current selection. */
    public void findAndReplace() {
        if (!viewModel.hasDocument()) {
            return;
        }
        if (findDialog == null) {
            findDialog = new FindReplaceDialog(grid, text, tasks);
        }
        findDialog.show();
    }

    /** Ctrl+D: each selected column's top selected cell copied into the selected cells below it. */
    public void fillDown() {
        viewModel.fillDown(grid.selectedCellsTopDown());
    }

    /** One value, asked for, into every selected cell. */
    public void setValue() {
        List<CellRef> cells = grid.selectedCellsTopDown();
        if (cells.isEmpty()) {
            return;
        }
        CellRef first = cells.get(0);
        TextInputDialog ask = new TextInputDialog(first.row().get(first.column()));
        ask.initOwner(grid.node().getScene().getWindow());
        ask.setTitle(text.get("bulk.setValue.title"));
        ask.setHeaderText(text.format("bulk.setValue.header", cells.size()));
        ask.getDialogPane().setId("set-value");
        ask.getDialogPane().getButtonTypes().setAll(
                new ButtonType(text.get("button.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(text.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.getEditor().setId("set-value-text");
        DialogFocus.onOpen(ask);
        ask.showAndWait().ifPresent(value -> viewModel.setValue(cells, value));
        grid.focus();
    }
}
