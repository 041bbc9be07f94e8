package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.CellRef;
import com.cosellstudio.app.model.ColumnFilter;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.app.model.RowFilter;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.HBox;

/**
 * Column filters and sorting from the column header's right-click menu and the grid's context menu:
 * keep the rows whose cell holds a value or has an error, sort by the column, back to file order.
 * A bar above the grid names the filters, shows how many rows of how many are shown, and removes
 * them in one click. Filtering and sorting change the view only: saving writes the file's order.
 */
public final class ColumnFilterActions {
    private final DealGrid grid;
    private final DocumentViewModel viewModel;
    private final UiText text;
    private final HBox bar = new HBox(8);
    private final Label summary = new Label();

    public ColumnFilterActions(DealGrid grid, UiText text) {
        this.grid = grid;
        this.viewModel = grid.viewModel();
        this.text = text;
        summary.setId("filter-summary");
        Button remove = new Button(text.get("bulk.filter.removeAll"));
        remove.setId("filter-remove");
        remove.setOnAction(event -> clearAll());
        bar.setId("filter-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        bar.getChildren().setAll(summary, remove);
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        RowFilter filter = viewModel.filter();
        filter.columnFiltersRevisionProperty().addListener((obs, old, now) -> update());
        viewModel.viewRows().addListener((ListChangeListener<GridRow>) change -> update());
        viewModel.document().rows().addListener((ListChangeListener<GridRow>) change -> update());
        grid.setHeaderMenu(this::headerMenu);
    }

    /** The bar above the grid (hidden while no column is filtered). */
    public Node bar() {
        return bar;
    }

    /** Keeps the rows whose cell in the focused column holds the focused cell's value. */
    public void filterByFocusedValue() {
        CellRef focused = grid.focusedCell();
        if (focused != null && focused.column() >= 0) {
            viewModel.filter().setColumnFilter(ColumnFilter.byValue(focused.column(), focused.row().get(focused.column())));
            keepPlace(focused);
        }
    }

    /** Keeps the rows with an error in the focused column. */
    public void filterFocusedHasError() {
        CellRef focused = grid.focusedCell();
        if (focused != null && focused.column() >= 0) {
            viewModel.filter().setColumnFilter(ColumnFilter.hasError(focused.column()));
            keepPlace(focused);
        }
    }

    /** Removes every column filter. */
    public void clearAll() {
        CellRef focused = grid.focusedCell();
        viewModel.filter().clearColumnFilters();
        keepPlace(focused);
    }

    /** Sorts the view by a column (never the file); null direction: back to the file's order. */
    public void sort(int column, Boolean ascending) {
        if (ascending == null) {
            grid.node().getSortOrder().clear();
            return;
        }
        TableColumn<GridRow, ?> tableColumn = grid.tableColumn(column);
        tableColumn.setSortType(ascending ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
        grid.node().getSortOrder().setAll(List.of(tableColumn));
    }

    /** The focused cell stays selected when its row is still shown; else the first row. */
    private void keepPlace(CellRef focused) {
        if (grid.node().getItems().isEmpty()) {
            return;
        }
        int index = focused == null ? -1 : grid.node().getItems().indexOf(focused.row());
        grid.select(Math.max(0, index), focused == null ? 0 : Math.max(0, focused.column()));
        grid.focus();
    }

    /** The header's right-click menu of one column. */
    private ContextMenu headerMenu(int column) {
        MenuItem byValue = item("bulk.filter.byValue", () -> {
            CellRef focused = grid.focusedCell();
            String value = focused == null ? "" : focused.row().get(column);
            viewModel.filter().setColumnFilter(ColumnFilter.byValue(column, value));
        });
        CellRef focused = grid.focusedCell();
        byValue.setText(text.format("bulk.filter.byValueOf", focused == null ? "" : focused.row().get(column)));
        byValue.setMnemonicParsing(false);
        MenuItem remove = item("bulk.filter.remove", () -> viewModel.filter().removeColumnFilter(column));
        remove.setDisable(viewModel.filter().columnFilter(column) == null);
        MenuItem removeAll = item("bulk.filter.removeAll", this::clearAll);
        removeAll.setDisable(viewModel.filter().columnFilters().isEmpty());
        ContextMenu menu = new ContextMenu(
                byValue,
                item("bulk.filter.hasError", () -> viewModel.filter().setColumnFilter(ColumnFilter.hasError(column))),
                remove, removeAll,
                new SeparatorMenuItem(),
                item("bulk.sort.ascending", () -> sort(column, true)),
                item("bulk.sort.descending", () -> sort(column, false)),
                item("bulk.sort.fileOrder", () -> sort(column, null)));
        menu.setId("column-menu");
        return menu;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(text.get(key));
        item.setMnemonicParsing(true);
        item.setOnAction(event -> action.run());
        return item;
    }

    private void update() {
        List<ColumnFilter> filters = viewModel.filter().columnFilters();
        if (filters.isEmpty() || !viewModel.hasDocument()) {
            bar.setVisible(false);
            return;
        }
        List<String> names = new ArrayList<>();
        for (ColumnFilter filter : filters) {
            String header = viewModel.document().header(filter.column());
            names.add(filter.isHasError() ? text.format("bulk.filter.nameHasError", header)
                    : text.format("bulk.filter.nameValue", header, filter.value()));
        }
        summary.setText(text.format("bulk.filter.summary", String.join("; ", names),
                viewModel.viewRows().size(), viewModel.document().rows().size()));
        bar.setVisible(true);
    }
}
