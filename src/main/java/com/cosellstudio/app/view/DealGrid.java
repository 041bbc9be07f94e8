package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.editors.CellEditors;
import com.cosellstudio.app.editors.ChoiceLists;
import com.cosellstudio.app.editors.Move;
import com.cosellstudio.app.editors.PackedCellDialog;
import com.cosellstudio.app.editors.PackedParts;
import com.cosellstudio.app.model.CellRef;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.GridDocument;
import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.app.model.SortKey;
import com.cosellstudio.app.prefs.LookPrefs;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.AllowedValue;
import com.cosellstudio.rules.ColumnRole;
import com.cosellstudio.rules.ColumnSpec;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.ValueKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * The deal grid: a virtualised {@link TableView} over the view model's rows, one column per file
 * column in file order after a narrow first column under the row numbers, which each
 * {@link DealRow} draws itself and keeps in view while scrolling sideways. Cells read the row's
 * strings directly; sorting and filtering are the view model's (a view over document order).
 * Keyboard and clipboard handling live in {@link GridKeys} and {@link GridClipboard}.
 */
public final class DealGrid {
    static final double ROW_HEIGHT = 24;
    static final double NUMBER_WIDTH = 58;
    /** Wide enough to read a typical deal's name without opening the cell. */
    static final double DEAL_NAME_WIDTH = 280;

    private final TableView<GridRow> table = new TableView<>();
    private final DocumentViewModel viewModel;
    private final UiText text;
    private final Function<Issue, String> messages;
    private final ChoiceLists lists;
    private final CellEditors editors;
    private final ColumnHelp help;
    private final PackedCellDialog form;
    private final GridClipboard clipboard;
    /** The column under the row numbers: no data, never sorted, kept at the left edge. */
    private final TableColumn<GridRow, GridRow> numbers = new TableColumn<>();
    private final DealGridSkin skin;
    private final GridPlace place = new GridPlace(this);
    private final Label placeholder = new Label();
    /** The rows were made anew (columns changed, a full check): see the post-layout check below. */
    private boolean rowsRemade;
    /** The cell a Shift+arrow, Shift+click or drag extends the selection from (view row, column). */
    private int anchorRow = -1;
    private int anchorColumn = -1;
    private String typedText;
    /**
     * Open only while an edit is being asked for (F2, typing, a double click): the table's own
     * single-click-on-a-selected-cell editing is refused, as in a spreadsheet.
     */
    private boolean editAllowed;
    /** Whether the grid had the keyboard when it was last disabled (see the constructor). */
    private boolean keyboardBeforeBusy;
    private IntFunction<ContextMenu> headerMenu;
    /** Where column widths the user set are remembered, by column name; null: defaults only. */
    private LookPrefs look;
    private ReadOnlyDoubleProperty zoom = new SimpleDoubleProperty(1);
    /** Set while the grid itself sizes columns (built, zoomed): only the user's own widths are remembered. */
    private boolean sizing;

    public DealGrid(DocumentViewModel viewModel, UiText text, Function<Issue, String> messages) {
        this.viewModel = viewModel;
        this.text = text;
        this.messages = messages;
        this.lists = new ChoiceLists(text.locale());
        this.editors = new CellEditors(lists);
        this.help = new ColumnHelp(text, lists);
        this.form = new PackedCellDialog(text, messages);
        this.clipboard = new GridClipboard(this);

        table.setId("deal-grid");
        table.getStyleClass().add("deal-grid");
        // Told before the table's own listeners, then after them (below).
        viewModel.viewRows().addListener((ListChangeListener<GridRow>) change -> place.viewChanging());
        table.setItems(viewModel.viewRows());
        table.setEditable(true);
        table.setFixedCellSize(ROW_HEIGHT);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(placeholder);
        table.setSortPolicy(view -> {
            viewModel.sortBy(sortKeys());
            return true;
        });

        numbers.setGraphic(numbersTitle());
        numbers.setSortable(false);
        numbers.setResizable(false);
        numbers.setReorderable(false);
        numbers.setPrefWidth(NUMBER_WIDTH);
        table.setRowFactory(view -> new DealRow(this));
        skin = new DealGridSkin(table, numbers);
        table.setSkin(skin);
        viewModel.viewRows().addListener((ListChangeListener<GridRow>) change -> {
            place.viewChanged();
            if (viewModel.viewRows().isEmpty()) {
                placeholder.setText(emptyText());
            }
        });
        table.getFocusModel().focusedCellProperty().addListener((obs, old, now) -> place.focusMoved());
        // Only after the rows were made anew: checked after every pulse, the flow, which marks itself
        // in most of its layouts, was laid out twice in each and scrolling a page cost a third more.
        Runnable afterLayout = () -> {
            if (rowsRemade) {
                rowsRemade = false;
                skin.flow().layoutIfLeftMarked();
            }
        };
        table.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
        placeholder.setText(emptyText());

        GridDocument document = viewModel.document();
        document.columnsRevisionProperty().addListener((obs, old, now) -> rebuildColumns());
        document.bulkRevisionProperty().addListener((obs, old, now) -> {
            table.refresh();
            rowsRemade = true;
        });
        // The window disables the grid while background work runs (a check, a save): a disabled node
        // loses the keyboard, so the grid takes it back when it is enabled again, if it had it.
        table.disabledProperty().addListener((obs, was, disabled) -> {
            if (disabled) {
                keyboardBeforeBusy = hasKeyboard();
            } else if (keyboardBeforeBusy) {
                keyboardBeforeBusy = false;
                table.requestFocus();
            }
        });
        new GridKeys(this).install();
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> editAllowed = event.getClickCount() >= 2);
        table.addEventFilter(MouseEvent.MOUSE_CLICKED, event -> editAllowed = false);
        new GridMouse(this).install();
        rebuildColumns();
    }

    /** Why no row shows: an empty document, or a filter that hides every deal. */
    private String emptyText() {
        if (viewModel.document().rows().isEmpty()) {
            return text.get("grid.empty");
        }
        if (viewModel.filter().errorsOnlyProperty().get()) {
            return text.get("grid.noErrors");
        }
        if (viewModel.filter().changedOnlyProperty().get()) {
            return text.get("grid.noChanges");
        }
        return text.format("grid.noMatch", viewModel.filter().quickTextProperty().get().trim());
    }

    /** "#" over the row numbers; clicking it restores the file's order. */
    private Label numbersTitle() {
        Label hash = new Label("#");
        hash.setMaxWidth(Double.MAX_VALUE);
        hash.setAlignment(Pos.CENTER);
        hash.setOnMouseClicked(event -> table.getSortOrder().clear());
        return hash;
    }

    /**
     * One table column per document column; done again whenever the header changes (a column added
     * or removed, the file checked as another template revision). The user keeps their place: the
     * focused cell stays focused, and the grid keeps the keyboard if it had it (the cell that held
     * it is gone with its column, and focus would otherwise wander to the next control).
     */
    private void rebuildColumns() {
        TablePosition<GridRow, ?> focused = table.getFocusModel().getFocusedCell();
        int row = focused == null ? -1 : focused.getRow();
        int column = focused == null ? -1 : columnIndexOf(focused.getTableColumn());
        boolean hadKeyboard = hasKeyboard();
        table.getSortOrder().clear();
        List<TableColumn<GridRow, ?>> columns = new ArrayList<>();
        columns.add(numbers);
        GridDocument document = viewModel.document();
        for (int i = 0; i < document.columnCount(); i++) {
            columns.add(dataColumn(i));
        }
        table.getColumns().setAll(columns);
        rowsRemade = true;
        if (row >= 0 && column >= 0 && column < document.columnCount()) {
            select(row, column);
        }
        if (hadKeyboard) {
            table.requestFocus();
        }
    }

    /** Whether the keyboard is in the table (on it or on one of its cells or editors). */
    private boolean hasKeyboard() {
        for (Node at = table.getScene() == null ? null : table.getScene().getFocusOwner(); at != null; at = at.getParent()) {
            if (at == table) {
                return true;
            }
        }
        return false;
    }

    private TableColumn<GridRow, GridRow> dataColumn(int index) {
        GridDocument document = viewModel.document();
        ColumnSpec spec = document.spec(index);
        String header = document.header(index);
        TableColumn<GridRow, GridRow> column = new TableColumn<>();
        Label title = new Label(header);
        title.getStyleClass().add("column-title");
        // Built when the pointer first reaches the header: 37 (or 137) tooltips up front slow the opening.
        String canonical = document.layout().canonicalName(index);
        title.setOnMouseEntered(event -> {
            if (title.getTooltip() == null) {
                Tooltip tip = new Tooltip(help.describe(canonical, spec, document.layout().revision().id()));
                tip.setShowDelay(Duration.millis(300));
                tip.setShowDuration(Duration.seconds(30));
                title.setTooltip(tip);
            }
        });
        // Made when asked for, like the tooltip: a menu a column up front would slow the opening.
        title.setOnContextMenuRequested(event -> {
            if (headerMenu != null) {
                headerMenu.apply(index).show(title, event.getScreenX(), event.getScreenY());
                event.consume();
            }
        });
        column.setGraphic(title);
        column.setUserData(index);
        // No id per column: a table cell takes its column's id, and JavaFX caches the CSS match per
        // distinct id, so 37 ids meant 37 full selector matches of the grid's cells at first paint.
        column.setReorderable(false);
        OptionalDouble remembered = look == null ? OptionalDouble.empty() : look.columnWidth(header);
        double base = remembered.orElse(defaultWidth(index, spec, header));
        size(column, base * zoom.get());
        column.widthProperty().addListener((obs, old, now) -> {
            if (!sizing && look != null && column.getTableView() != null) {
                look.setColumnWidth(header, now.doubleValue() / zoom.get());
            }
        });
        column.setCellValueFactory(features -> features.getValue().observable());
        column.setCellFactory(c -> new DealCell(this, index));
        return column;
    }

    /**
     * Remembers the widths the user gives columns in {@code prefs}, and sizes rows and columns by
     * {@code zoomFactor} from now on (columns as wide as the user left them, times the zoom).
     */
    public void useLook(LookPrefs prefs, ReadOnlyDoubleProperty zoomFactor) {
        this.look = prefs;
        this.zoom = zoomFactor;
        zoomFactor.addListener((obs, old, now) -> zoomed(old.doubleValue(), now.doubleValue()));
        zoomed(1, zoomFactor.get());
        if (table.getColumns().size() > 1) {
            rebuildColumns();
        }
    }

    private void zoomed(double before, double now) {
        table.setFixedCellSize(Math.round(ROW_HEIGHT * now));
        size(numbers, NUMBER_WIDTH * now);
        for (TableColumn<GridRow, ?> column : table.getColumns()) {
            if (column != numbers) {
                size(column, column.getWidth() * now / before);
            }
        }
        table.refresh();
    }

    private void size(TableColumn<GridRow, ?> column, double width) {
        sizing = true;
        try {
            // Never exactly 80: the table treats that default width as "fit to content".
            column.setPrefWidth(Math.abs(width - 80) < 0.5 ? 80.5 : width);
        } finally {
            sizing = false;
        }
    }

    /** The width of the row numbers' column. */
    double numberWidth() {
        return numbers.getWidth();
    }

    /** The width a column has until the user changes it, at zoom 1. */
    private double defaultWidth(int index, ColumnSpec spec, String header) {
        if (index == viewModel.document().layout().indexOf(ColumnRole.DEAL_NAME)) {
            return DEAL_NAME_WIDTH;
        }
        return widthOf(spec, header);
    }

    private static double widthOf(ColumnSpec spec, String header) {
        double byHeader = Math.min(240, 30 + header.length() * 7.0);
        if (spec == null) {
            return Math.max(110, byHeader);
        }
        ValueKind kind = spec.kind();
        if (kind == ValueKind.SOLUTION || kind == ValueKind.TEAM_MEMBER) {
            return 250;
        }
        if (kind == ValueKind.GUID) {
            return 150;
        }
        // Never exactly 80: the table treats that default width as "fit to content" and shrinks empty columns.
        return Math.max(kind == ValueKind.TEXT ? 140 : 90, byHeader);
    }

    private List<SortKey> sortKeys() {
        List<SortKey> keys = new ArrayList<>();
        for (TableColumn<GridRow, ?> column : table.getSortOrder()) {
            keys.add(new SortKey(columnIndexOf(column), column.getSortType() == TableColumn.SortType.ASCENDING));
        }
        return keys;
    }

    // ---- addressing cells -----------------------------------------------------------------------

    /** Document column of a table column; -1 for none. */
    int columnIndexOf(TableColumn<GridRow, ?> column) {
        return column != null && column.getUserData() instanceof Integer ? (Integer) column.getUserData() : -1;
    }

    /** The table column of a document column; the first for -1 (an issue of the whole row), or null. */
    TableColumn<GridRow, ?> tableColumn(int documentColumn) {
        List<TableColumn<GridRow, ?>> columns = table.getColumns();
        if (columns.size() < 2) {
            return null;
        }
        return columns.get(1 + Math.max(0, Math.min(documentColumn, columns.size() - 2)));
    }

    /** The focused cell, or null. */
    CellRef focusedCell() {
        TablePosition<GridRow, ?> focused = table.getFocusModel().getFocusedCell();
        if (focused == null || focused.getRow() < 0 || focused.getRow() >= table.getItems().size()) {
            return null;
        }
        return new CellRef(table.getItems().get(focused.getRow()), columnIndexOf(focused.getTableColumn()));
    }

    int focusedViewRow() {
        TablePosition<GridRow, ?> focused = table.getFocusModel().getFocusedCell();
        return focused == null ? -1 : focused.getRow();
    }

    /** The selected cells (data columns only). */
    List<CellRef> selectedCells() {
        List<CellRef> cells = new ArrayList<>();
        for (TablePosition<?, ?> position : table.getSelectionModel().getSelectedCells()) {
            @SuppressWarnings("unchecked")
            TableColumn<GridRow, ?> column = (TableColumn<GridRow, ?>) position.getTableColumn();
            int index = columnIndexOf(column);
            if (index >= 0 && position.getRow() >= 0 && position.getRow() < table.getItems().size()) {
                cells.add(new CellRef(table.getItems().get(position.getRow()), index));
            }
        }
        return cells;
    }

    /** The selected cells (data columns only) top to bottom in view order, left to right in a row. */
    List<CellRef> selectedCellsTopDown() {
        List<TablePosition<GridRow, ?>> positions = new ArrayList<>();
        for (TablePosition<?, ?> position : table.getSelectionModel().getSelectedCells()) {
            @SuppressWarnings("unchecked")
            TablePosition<GridRow, ?> cell = (TablePosition<GridRow, ?>) position;
            positions.add(cell);
        }
        positions.sort(Comparator.<TablePosition<GridRow, ?>>comparingInt(TablePosition::getRow)
                .thenComparingInt(TablePosition::getColumn));
        List<CellRef> cells = new ArrayList<>(positions.size());
        for (TablePosition<GridRow, ?> position : positions) {
            int index = columnIndexOf(position.getTableColumn());
            if (index >= 0 && position.getRow() >= 0 && position.getRow() < table.getItems().size()) {
                cells.add(new CellRef(table.getItems().get(position.getRow()), index));
            }
        }
        return cells;
    }

    /** Rows with at least one selected cell, in view order. */
    public List<GridRow> selectedRows() {
        Set<GridRow> rows = new LinkedHashSet<>();
        for (TablePosition<?, ?> position : table.getSelectionModel().getSelectedCells()) {
            if (position.getRow() >= 0 && position.getRow() < table.getItems().size()) {
                rows.add(table.getItems().get(position.getRow()));
            }
        }
        return new ArrayList<>(rows);
    }

    /** Selects and focuses one cell and scrolls it into view (as little as needed); it becomes the anchor. */
    public void select(int viewRow, int documentColumn) {
        if (viewRow < 0 || viewRow >= table.getItems().size()) {
            return;
        }
        TableColumn<GridRow, ?> column = tableColumn(documentColumn);
        table.getSelectionModel().clearAndSelect(viewRow, column);
        table.getFocusModel().focus(viewRow, column);
        setAnchor(viewRow, documentColumn);
        scrollIntoView(viewRow, column);
    }

    void setAnchor(int viewRow, int documentColumn) {
        anchorRow = viewRow;
        anchorColumn = documentColumn;
    }

    /**
     * Selects the rectangle from the anchor to a cell, which gets the focus and is scrolled into view:
     * Shift+arrows, Shift+click and dragging over cells.
     */
    void extendTo(int viewRow, int documentColumn) {
        int rows = table.getItems().size();
        int columns = viewModel.document().columnCount();
        if (viewRow < 0 || viewRow >= rows || documentColumn < 0 || documentColumn >= columns) {
            return;
        }
        if (anchorRow < 0 || anchorRow >= rows || anchorColumn < 0 || anchorColumn >= columns) {
            setAnchor(viewRow, documentColumn);
        }
        TableColumn<GridRow, ?> column = tableColumn(documentColumn);
        table.getSelectionModel().clearSelection();
        table.getSelectionModel().selectRange(Math.min(anchorRow, viewRow), tableColumn(Math.min(anchorColumn, documentColumn)),
                Math.max(anchorRow, viewRow), tableColumn(Math.max(anchorColumn, documentColumn)));
        table.getFocusModel().focus(viewRow, column);
        scrollIntoView(viewRow, column);
    }

    /** Selects whole rows: one (it becomes the anchor), or from the anchor's row to this one. */
    void selectRows(int viewRow, boolean extend) {
        int columns = viewModel.document().columnCount();
        if (columns == 0 || viewRow < 0 || viewRow >= table.getItems().size()) {
            return;
        }
        if (!extend || anchorRow < 0 || anchorRow >= table.getItems().size()) {
            setAnchor(viewRow, 0);
        }
        table.getSelectionModel().clearSelection();
        table.getSelectionModel().selectRange(Math.min(anchorRow, viewRow), tableColumn(0),
                Math.max(anchorRow, viewRow), tableColumn(columns - 1));
        table.getFocusModel().focus(viewRow, tableColumn(0));
        scrollIntoView(viewRow, null);
        focus();
    }

    /** Selects a rectangle of cells, its top-left focused. */
    void selectBlock(int viewRow, int rows, int documentColumn, int columns) {
        int lastRow = Math.min(table.getItems().size() - 1, viewRow + rows - 1);
        int lastColumn = Math.min(viewModel.document().columnCount() - 1, documentColumn + columns - 1);
        table.getSelectionModel().clearSelection();
        table.getSelectionModel().selectRange(viewRow, tableColumn(documentColumn), lastRow, tableColumn(lastColumn));
        table.getFocusModel().focus(viewRow, tableColumn(documentColumn));
        scrollIntoView(viewRow, tableColumn(documentColumn));
    }

    /** Selects the cell of {@code row} (clearing the filter if it hides the row). */
    public void reveal(GridRow row, int documentColumn) {
        int index = table.getItems().indexOf(row);
        if (index < 0) {
            viewModel.filter().quickTextProperty().set("");
            viewModel.filter().errorsOnlyProperty().set(false);
            index = table.getItems().indexOf(row);
        }
        if (index >= 0) {
            select(index, documentColumn);
            focus();
        }
    }

    /** Scrolls as little as needed to show the row and the column (null: the row only). */
    private void scrollIntoView(int viewRow, TableColumn<GridRow, ?> column) {
        skin.flow().scrollTo(viewRow);
        if (column != null) {
            table.scrollToColumn(column);
        }
    }

    /** Moves the selection one cell in a direction, staying inside the grid. */
    void move(Move move) {
        int viewRow = focusedViewRow();
        CellRef cell = focusedCell();
        if (viewRow < 0 || cell == null) {
            return;
        }
        moveFrom(viewRow, cell.column(), move);
    }

    /** Extends the selection from its anchor one cell further than the focused cell (Shift+arrows). */
    void extend(Move move) {
        int viewRow = focusedViewRow();
        CellRef cell = focusedCell();
        if (viewRow < 0 || cell == null) {
            return;
        }
        if (anchorRow < 0) {
            setAnchor(viewRow, cell.column());
        }
        extendTo(viewRow + rowStep(move, viewRow), cell.column() + columnStep(move, cell.column()));
    }

    /** Ctrl+Home / Ctrl+End: the first cell of the first row, the last cell of the last row. */
    void moveToCorner(boolean last) {
        if (table.getItems().isEmpty() || viewModel.document().columnCount() == 0) {
            return;
        }
        select(last ? table.getItems().size() - 1 : 0, last ? viewModel.document().columnCount() - 1 : 0);
    }

    void moveAfterEdit(int viewRow, int column, Move move) {
        moveFrom(viewRow, column, move);
        focus();
    }

    private void moveFrom(int viewRow, int column, Move move) {
        select(viewRow + rowStep(move, viewRow), column + columnStep(move, column));
    }

    /** One row up or down, never out of the grid. */
    private int rowStep(Move move, int viewRow) {
        if (move == Move.DOWN) {
            return viewRow < table.getItems().size() - 1 ? 1 : 0;
        }
        return move == Move.UP && viewRow > 0 ? -1 : 0;
    }

    private int columnStep(Move move, int column) {
        if (move == Move.RIGHT) {
            return column < viewModel.document().columnCount() - 1 ? 1 : 0;
        }
        return move == Move.LEFT && column > 0 ? -1 : 0;
    }

    public void focus() {
        table.requestFocus();
    }

    // ---- editing ------------------------------------------------------------------------------

    /** Starts editing the focused cell: with {@code typed} text, or with the column's editor when null. */
    public void editFocused(String typed) {
        TablePosition<GridRow, ?> focused = table.getFocusModel().getFocusedCell();
        if (focused == null || focused.getRow() < 0 || focused.getRow() >= table.getItems().size()) {
            return;
        }
        int column = columnIndexOf(focused.getTableColumn());
        if (column < 0) {
            return;
        }
        GridRow row = table.getItems().get(focused.getRow());
        if (typed == null && usesForm(column)) {
            openForm(row, column);
            return;
        }
        typedText = typed;
        scrollIntoView(focused.getRow(), focused.getTableColumn());
        table.layout();
        editAllowed = true;
        try {
            table.edit(focused.getRow(), focused.getTableColumn());
        } finally {
            editAllowed = false;
            typedText = null;
        }
    }

    /** What right-clicking a column's header opens (filters and sorting), made for that column. */
    void setHeaderMenu(IntFunction<ContextMenu> menu) {
        this.headerMenu = menu;
    }

    /** Whether a cell may start editing now (see {@link #editAllowed}). */
    boolean editAllowed() {
        return editAllowed;
    }

    /** The text typed to start the current edit, once. */
    String takeTypedText() {
        String typed = typedText;
        typedText = null;
        return typed;
    }

    boolean usesForm(int column) {
        return CellEditors.usesForm(spec(column));
    }

    /** Opens the form after the click that asked for it has been handled. */
    void openFormLater(GridRow row, int column) {
        Platform.runLater(() -> openForm(row, column));
    }

    /** The Solution / Team member form for one cell; OK writes the cell as one undoable edit. */
    void openForm(GridRow row, int column) {
        ColumnSpec spec = spec(column);
        PackedParts parts = PackedParts.of(spec);
        GridDocument document = viewModel.document();
        String title = document.layout().canonicalName(column);
        form.show(table.getScene().getWindow(), title, parts, row.get(column), value -> {
            // The candidate cell checked in a copy of its row, so row-wide rules (duplicates) apply too.
            Row trial = row.row().copy();
            trial.set(column, value);
            List<Issue> issues = new ArrayList<>();
            for (Issue issue : document.engine().checkRow(document.layout(), trial, row.number())) {
                if (issue.columnIndex() != null && issue.columnIndex() == column) {
                    issues.add(issue);
                }
            }
            return issues;
        }).ifPresent(value -> viewModel.editCell(row, column, value));
        focus();
    }

    // ---- parts other classes use -------------------------------------------------------------

    /** The table itself. */
    public TableView<GridRow> node() {
        return table;
    }

    /** How far the grid is scrolled sideways (the row numbers stay put by moving back as much). */
    ReadOnlyDoubleProperty sideways() {
        return skin.flow().sideways().valueProperty();
    }

    public DocumentViewModel viewModel() {
        return viewModel;
    }

    Function<Issue, String> messages() {
        return messages;
    }

    UiText text() {
        return text;
    }

    CellEditors editors() {
        return editors;
    }

    ColumnSpec spec(int column) {
        return viewModel.document().spec(column);
    }

    /** The closed list a cell's editor offers: the one that applies on its row. */
    List<AllowedValue> allowedValues(GridRow row, int column) {
        return viewModel.document().layout().allowedValues(column, row.row());
    }

    public GridClipboard clipboard() {
        return clipboard;
    }
}
