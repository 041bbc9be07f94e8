package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.CellRef;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.app.model.IssueList;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.Severity;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The issues panel (Check, F5): every issue with severity, row, column, value and message, errors
 * first; a toggle per severity with its count (notes hidden while the file has errors, unless the
 * user shows them) and a count per column that filters the list to that column. Clicking an issue
 * selects its cell in the grid; moving in the grid selects the issue of the cell reached, without
 * taking the keyboard from the grid. It follows edits: a short pause after the issues change it
 * rebuilds, so typing is never slowed down by it.
 */
public final class IssuesPanel {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final VBox root = new VBox();
    private final HBox header;
    private final TableView<IssueList.Entry> table = new TableView<>();
    private final ListView<ColumnCount> byColumn = new ListView<>();
    private final Map<Severity, ToggleButton> severityToggles = new EnumMap<>(Severity.class);
    private final Set<Severity> shown = EnumSet.of(Severity.ERROR, Severity.WARNING);
    private final DocumentViewModel viewModel;
    private final DealGrid grid;
    private final UiText text;
    private final Function<Issue, String> messages;
    private final PauseTransition pending = new PauseTransition(Duration.millis(150));
    private Runnable onClose = () -> { };
    private IssueList list;
    /** The user chose the severities shown: no longer decided by whether the file has errors. */
    private boolean severitiesChosen;
    /** The column the list is narrowed to, or null for all. */
    private String onlyColumn;
    /** Set while the panel itself changes a selection, so that the grid and the panel do not chase each other. */
    private boolean syncing;

    /** One line of the per-column list; {@code column} null for "all columns". */
    private record ColumnCount(String column, int count) {
    }

    public IssuesPanel(DocumentViewModel viewModel, DealGrid grid, UiText text, Function<Issue, String> messages) {
        this.viewModel = viewModel;
        this.grid = grid;
        this.text = text;
        this.messages = messages;
        root.setId("issues-panel");
        root.getStyleClass().add("issues-panel");

        Label title = new Label(text.get("issues.title"));
        title.getStyleClass().add("issues-title");
        HBox toggles = new HBox(4);
        for (Severity severity : Severity.values()) {
            ToggleButton toggle = new ToggleButton();
            toggle.setId("issues-show-" + severity.id());
            toggle.getStyleClass().add("issues-severity");
            toggle.setFocusTraversable(false);
            toggle.setSelected(shown.contains(severity));
            // onAction, not a listener on selected: only the user's click counts as a choice.
            toggle.setOnAction(event -> {
                severitiesChosen = true;
                show(severity, toggle.isSelected());
                refill();
            });
            severityToggles.put(severity, toggle);
            toggles.getChildren().add(toggle);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button(text.get("issues.close"));
        close.setFocusTraversable(false);
        close.setOnAction(event -> onClose.run());
        header = new HBox(12, title, toggles, spacer, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 8, 4, 8));
        header.getStyleClass().add("issues-header");

        table.setId("issues-table");
        table.setPlaceholder(new Label(text.get("issues.none")));
        table.getColumns().setAll(java.util.List.of(
                column("issues.column.severity", 80, entry -> text.get("severity." + entry.issue().severity().id())),
                column("issues.column.row", 60, entry -> entry.rowNumber() == null ? "" : entry.rowNumber().toString()),
                column("issues.column.column", 180, entry -> entry.issue().column() == null ? "" : entry.issue().column()),
                column("issues.column.value", 160, entry -> entry.issue().value() == null ? "" : entry.issue().value()),
                column("issues.column.message", 520, entry -> messages.apply(entry.issue()))));
        table.setRowFactory(view -> new TableRow<>() {
            {
                // Its own class, so the colour rules need no descendant walk that every grid cell pays.
                getStyleClass().add("issue-row");
            }

            @Override
            protected void updateItem(IssueList.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                Severity severity = empty || entry == null ? null : entry.issue().severity();
                pseudoClassStateChanged(ERROR, severity == Severity.ERROR);
                pseudoClassStateChanged(WARNING, severity == Severity.WARNING);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (!syncing && entry != null && entry.row() != null) {
                grid.reveal(entry.row(), entry.column());
            }
        });

        byColumn.setId("issues-by-column");
        byColumn.setPrefWidth(260);
        byColumn.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ColumnCount item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.column() == null
                        ? text.format("issues.byColumn.all", item.count())
                        : text.format("issues.byColumn", item.column(), item.count()));
            }
        });
        byColumn.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing && item != null) {
                onlyColumn = item.column();
                refill();
            }
        });
        SplitPane body = new SplitPane(table, byColumn);
        body.setDividerPositions(0.78);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().setAll(header, body);

        pending.setOnFinished(event -> rebuild());
        viewModel.document().issuesRevisionProperty().addListener((obs, old, now) -> {
            if (root.getScene() != null) {
                pending.playFromStart();
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                rebuild();
            }
        });
        viewModel.pathProperty().addListener((obs, old, now) -> {
            severitiesChosen = false;
            onlyColumn = null;
        });
        grid.node().getFocusModel().focusedCellProperty().addListener((obs, old, now) -> follow());
    }

    private TableColumn<IssueList.Entry, String> column(String key, double width,
                                                        Function<IssueList.Entry, String> value) {
        TableColumn<IssueList.Entry, String> column = new TableColumn<>(text.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(features -> new ReadOnlyStringWrapper(value.apply(features.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.replace('\n', ' '));
            }
        });
        return column;
    }

    /** Reads the current issues again (after a check or edits). */
    public void rebuild() {
        pending.stop();
        if (!viewModel.hasDocument()) {
            return;
        }
        list = IssueList.of(viewModel.document());
        if (!severitiesChosen) {
            show(Severity.INFO, list.count(Severity.ERROR) == 0);
        }
        for (Map.Entry<Severity, ToggleButton> toggle : severityToggles.entrySet()) {
            toggle.getValue().setText(text.format("issues.show." + toggle.getKey().id(), list.count(toggle.getKey())));
        }
        refill();
    }

    private void show(Severity severity, boolean visible) {
        if (visible) {
            shown.add(severity);
        } else {
            shown.remove(severity);
        }
        severityToggles.get(severity).setSelected(visible);
    }

    /** Fills the list and the column counts from the last issues read, as the filters say. */
    private void refill() {
        if (list == null) {
            return;
        }
        Map<String, Integer> counts = list.byColumn(shown);
        if (onlyColumn != null && !counts.containsKey(onlyColumn)) {
            onlyColumn = null;
        }
        List<IssueList.Entry> entries = list.entries(shown, onlyColumn);
        syncing = true;
        try {
            table.setPlaceholder(new Label(text.get(list.entries().isEmpty() ? "issues.none" : "issues.noneShown")));
            table.setItems(FXCollections.observableArrayList(entries));
            ObservableList<ColumnCount> columns = FXCollections.observableArrayList();
            columns.add(new ColumnCount(null, shown.stream().mapToInt(list::count).sum()));
            for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                columns.add(new ColumnCount(entry.getKey(), entry.getValue()));
            }
            byColumn.setItems(columns);
            for (ColumnCount item : columns) {
                if (Objects.equals(item.column(), onlyColumn)) {
                    byColumn.getSelectionModel().select(item);
                }
            }
        } finally {
            syncing = false;
        }
        follow();
    }

    /**
     * Selects the issue of the grid's focused cell, if the list shows one, and scrolls to it; never
     * takes the focus, so the user goes on moving in the grid.
     */
    private void follow() {
        if (root.getScene() == null || table.getItems() == null) {
            return;
        }
        CellRef cell = grid.focusedCell();
        IssueList.Entry selected = table.getSelectionModel().getSelectedItem();
        if (cell == null || selected != null && selected.isAt(cell.row(), cell.column())) {
            return;
        }
        int index = -1;
        List<IssueList.Entry> entries = table.getItems();
        for (int i = 0; i < entries.size() && index < 0; i++) {
            if (entries.get(i).isAt(cell.row(), cell.column())) {
                index = i;
            }
        }
        syncing = true;
        try {
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().clearAndSelect(index);
                table.scrollTo(index);
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * "Fix" and "Fix All Like This…" for the selected issue: buttons in the header and the table's
     * context menu, enabled while the selected issue's cell offers a fix.
     */
    public void useFixes(FixActions fixes) {
        Button fix = new Button(text.get("fix.issues.cell"));
        fix.setId("issues-fix");
        fix.setFocusTraversable(false);
        Button all = new Button(text.get("fix.issues.all"));
        all.setId("issues-fix-all");
        all.setFocusTraversable(false);
        fix.setOnAction(event -> selectedFix(fixes::fix));
        all.setOnAction(event -> selectedFix(fixes::fixAllLike));
        header.getChildren().add(header.getChildren().size() - 1, new HBox(4, fix, all));
        MenuItem fixItem = new MenuItem(text.get("fix.issues.cell"));
        fixItem.setOnAction(fix.getOnAction());
        MenuItem allItem = new MenuItem(text.get("fix.issues.all"));
        allItem.setOnAction(all.getOnAction());
        table.setContextMenu(new ContextMenu(fixItem, allItem));
        Runnable enable = () -> {
            IssueList.Entry entry = table.getSelectionModel().getSelectedItem();
            boolean none = entry == null || fixes.fixAt(entry.row(), entry.column()) == null;
            for (MenuItem item : List.of(fixItem, allItem)) {
                item.setDisable(none);
            }
            fix.setDisable(none);
            all.setDisable(none);
        };
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> enable.run());
        table.itemsProperty().addListener((obs, old, items) -> enable.run());
        enable.run();
    }

    private void selectedFix(BiConsumer<GridRow, Integer> action) {
        IssueList.Entry entry = table.getSelectionModel().getSelectedItem();
        if (entry != null && entry.row() != null) {
            action.accept(entry.row(), entry.column());
        }
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    public Node node() {
        return root;
    }

    TableView<IssueList.Entry> table() {
        return table;
    }
}
