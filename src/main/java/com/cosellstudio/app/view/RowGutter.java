package com.cosellstudio.app.view;

import com.cosellstudio.app.model.GridRow;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The row numbers at the left of the grid, frozen like a spreadsheet's: a narrow list beside the
 * table, scrolled in step with it pixel for pixel, so the number stays in view however far right
 * the user scrolls. Red when the row has an error anywhere; marked for issues of the whole row
 * (a ragged row, a Referral ID used twice). Clicking a number selects the row (Shift extends).
 */
final class RowGutter {
    static final double WIDTH = 58;
    private static final PseudoClass HAS_ERRORS = PseudoClass.getPseudoClass("has-errors");

    private final DealGrid grid;
    private final TableView<GridRow> table;
    private final ListView<GridRow> list = new ListView<>();
    private final VBox root = new VBox();
    private final Region bottom = new Region();
    private int anchorRow = -1;

    RowGutter(DealGrid grid) {
        this.grid = grid;
        this.table = grid.node();
        list.setId("row-gutter");
        list.getStyleClass().add("row-gutter");
        list.setItems(table.getItems());
        list.setFixedCellSize(DealGrid.ROW_HEIGHT);
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new NumberCell());
        list.setMinWidth(WIDTH);
        list.setPrefWidth(WIDTH);
        list.setMaxWidth(WIDTH);
        // The wheel over the numbers scrolls the grid (which then moves the numbers).
        list.addEventFilter(ScrollEvent.SCROLL, event -> {
            VirtualFlow<?> flow = flow(table);
            if (flow != null) {
                flow.scrollPixels(-event.getDeltaY());
            }
            event.consume();
        });

        Label hash = new Label("#");
        hash.setAlignment(Pos.CENTER);
        hash.setMaxWidth(Double.MAX_VALUE);
        hash.setMaxHeight(Double.MAX_VALUE);
        VBox header = new VBox(hash);
        header.getStyleClass().add("row-gutter-header");
        header.setAlignment(Pos.CENTER);
        header.setOnMouseClicked(event -> table.getSortOrder().clear());
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().setAll(header, list, bottom);
        root.setMinWidth(WIDTH);
        root.setMaxWidth(WIDTH);

        // Sizes and scroll position follow the table once its skin exists.
        table.skinProperty().addListener((obs, old, skin) -> bindToTable(header));
        table.needsLayoutProperty().addListener((obs, old, needs) -> {
            if (!needs) {
                sync();
            }
        });
    }

    private void bindToTable(Region header) {
        Node headerRow = table.lookup(".column-header-background");
        if (headerRow instanceof Region) {
            Region region = (Region) headerRow;
            header.minHeightProperty().bind(region.heightProperty());
            header.prefHeightProperty().bind(region.heightProperty());
            header.maxHeightProperty().bind(region.heightProperty());
        }
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar && ((ScrollBar) node).getOrientation() == Orientation.HORIZONTAL) {
                ScrollBar bar = (ScrollBar) node;
                ObservableValue<Number> height = Bindings.when(bar.visibleProperty())
                        .then(bar.heightProperty()).otherwise(0.0);
                bottom.minHeightProperty().bind(height);
                bottom.prefHeightProperty().bind(height);
            }
        }
        VirtualFlow<?> flow = flow(table);
        if (flow != null) {
            flow.positionProperty().addListener((obs, old, now) -> sync());
        }
    }

    /** Scrolls the numbers to exactly where the table's first visible row is. */
    void sync() {
        VirtualFlow<?> tableFlow = flow(table);
        VirtualFlow<?> ownFlow = flow(list);
        if (tableFlow == null || ownFlow == null) {
            return;
        }
        IndexedCell<?> first = tableFlow.getFirstVisibleCell();
        if (first == null) {
            return;
        }
        IndexedCell<?> mine = ownFlow.getFirstVisibleCell();
        if (mine != null && mine.getIndex() == first.getIndex() && mine.getLayoutY() == first.getLayoutY()) {
            return;
        }
        ownFlow.scrollToTop(first.getIndex());
        ownFlow.scrollPixels(-first.getLayoutY());
    }

    private static VirtualFlow<?> flow(Node control) {
        Node flow = control.lookup(".virtual-flow");
        return flow instanceof VirtualFlow ? (VirtualFlow<?>) flow : null;
    }

    /** Repaints every number (rows renumbered, a full check). */
    void refresh() {
        list.refresh();
    }

    Node node() {
        return root;
    }

    /** One row number; follows its row's changes like the grid's cells do. */
    private final class NumberCell extends ListCell<GridRow> {
        private final CellMarks marks = new CellMarks(grid.messages(), grid.text());
        private final InvalidationListener changed = observable -> show(getItem());
        private final WeakInvalidationListener weakChanged = new WeakInvalidationListener(changed);
        private GridRow watched;

        NumberCell() {
            getStyleClass().add("row-number-cell");
            addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
                if (!isEmpty()) {
                    selectRows(getIndex(), event.isShiftDown());
                }
                event.consume();
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
            show(empty ? null : row);
        }

        private void show(GridRow row) {
            if (row == null) {
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

    /** Selects whole rows in the grid: one, or from the last clicked to this one. */
    private void selectRows(int viewRow, boolean extend) {
        int columns = grid.viewModel().document().columnCount();
        if (columns == 0) {
            return;
        }
        int from = extend && anchorRow >= 0 ? Math.min(anchorRow, viewRow) : viewRow;
        int to = extend && anchorRow >= 0 ? Math.max(anchorRow, viewRow) : viewRow;
        if (!extend) {
            anchorRow = viewRow;
        }
        table.getSelectionModel().clearSelection();
        table.getSelectionModel().selectRange(from, grid.tableColumn(0), to, grid.tableColumn(columns - 1));
        table.getFocusModel().focus(viewRow, grid.tableColumn(0));
        grid.focus();
    }
}
