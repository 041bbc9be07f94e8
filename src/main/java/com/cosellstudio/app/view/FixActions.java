package com.cosellstudio.app.view;

import com.cosellstudio.app.DialogFocus;
import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.CellChange;
import com.cosellstudio.app.model.CellFixPlan;
import com.cosellstudio.app.model.CellRef;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.rules.Fix;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The engine's suggested fixes in the window: "Fix" sets one cell to the value its issue suggests;
 * "Fix All Like This" previews every cell of the column the same sort of fix fits, before → after,
 * and applies them as one undo step. The grid's context menu, the Issues panel and the status bar
 * call it; what to change is decided by the view model.
 */
public final class FixActions {
    private final DealGrid grid;
    private final DocumentViewModel viewModel;
    private final UiText text;

    public FixActions(DealGrid grid, UiText text) {
        this.grid = grid;
        this.viewModel = grid.viewModel();
        this.text = text;
    }

    /** The fix the cell offers, or null. */
    Fix fixAt(GridRow row, int column) {
        return row == null ? null : viewModel.fixAt(row, column);
    }

    /** The fix the grid's focused cell offers, or null. */
    Fix focusedFix() {
        CellRef cell = grid.focusedCell();
        return cell == null ? null : fixAt(cell.row(), cell.column());
    }

    /** "Fix" on the grid's focused cell. */
    public void fixFocused() {
        CellRef cell = grid.focusedCell();
        if (cell != null) {
            fix(cell.row(), cell.column());
        }
    }

    /** "Fix All Like This…" from the grid's focused cell. */
    public void fixAllLikeFocused() {
        CellRef cell = grid.focusedCell();
        if (cell != null) {
            fixAllLike(cell.row(), cell.column());
        }
    }

    /** Sets the cell to its suggested value, as one step. */
    void fix(GridRow row, int column) {
        if (row != null && viewModel.fixCell(row, column)) {
            grid.reveal(row, column);
        }
        grid.focus();
    }

    /** Shows what fixing every cell like this one changes; Apply makes it one step. */
    void fixAllLike(GridRow row, int column) {
        CellFixPlan plan = row == null ? null : viewModel.planFixLike(row, column);
        if (plan == null || plan.changes().isEmpty()) {
            return;
        }
        Dialog<ButtonType> preview = preview(plan);
        preview.initOwner(grid.node().getScene().getWindow());
        DialogFocus.onOpen(preview);
        preview.showAndWait().filter(button -> button.getButtonData() == ButtonBar.ButtonData.APPLY)
                .ifPresent(button -> viewModel.applyFixes(plan));
        grid.focus();
    }

    private Dialog<ButtonType> preview(CellFixPlan plan) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(text.get("fix.preview.title"));
        dialog.setHeaderText(text.format("fix.preview.header", plan.changes().size(), plan.columnName(), plan.skipped()));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("fix-preview");
        // A virtualised table: only the rows in sight get nodes, however many cells change.
        TableView<CellChange> table = new TableView<>(FXCollections.observableArrayList(plan.changes()));
        table.setId("fix-preview-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("fix.preview.row", 70, change -> Integer.toString(change.row().number())),
                column("fix.preview.before", 220, CellChange::before),
                column("fix.preview.after", 220, CellChange::after)));
        table.setPrefSize(560, 360);
        dialog.getDialogPane().setContent(table);
        ButtonType apply = new ButtonType(text.get("fix.preview.apply"), ButtonBar.ButtonData.APPLY);
        dialog.getDialogPane().getButtonTypes().setAll(apply,
                new ButtonType(text.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(apply).setId("fix-apply");
        return dialog;
    }

    private TableColumn<CellChange, String> column(String key, double width, Function<CellChange, String> value) {
        TableColumn<CellChange, String> column = new TableColumn<>(text.get(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(features -> new ReadOnlyStringWrapper(value.apply(features.getValue())));
        return column;
    }
}
