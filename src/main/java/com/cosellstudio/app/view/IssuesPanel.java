package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.IssueList;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.Severity;
import java.util.Map;
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
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The issues panel (Check, F5): every issue with severity, row, column, value and message; counts
 * by severity and by column; clicking an issue selects its cell in the grid. It follows edits: a
 * short pause after the issues change it rebuilds, so typing is never slowed down by it.
 */
public final class IssuesPanel {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final VBox root = new VBox();
    private final TableView<IssueList.Entry> table = new TableView<>();
    private final ListView<String> byColumn = new ListView<>();
    private final Label counts = new Label();
    private final DocumentViewModel viewModel;
    private final UiText text;
    private final Function<Issue, String> messages;
    private final PauseTransition pending = new PauseTransition(Duration.millis(150));
    private Runnable onClose = () -> { };

    public IssuesPanel(DocumentViewModel viewModel, DealGrid grid, UiText text, Function<Issue, String> messages) {
        this.viewModel = viewModel;
        this.text = text;
        this.messages = messages;
        root.setId("issues-panel");
        root.getStyleClass().add("issues-panel");

        Label title = new Label(text.get("issues.title"));
        title.getStyleClass().add("issues-title");
        counts.setId("issues-counts");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button(text.get("issues.close"));
        close.setOnAction(event -> onClose.run());
        HBox header = new HBox(12, title, counts, spacer, close);
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
            if (entry != null && entry.row() != null) {
                grid.reveal(entry.row(), entry.column());
            }
        });

        byColumn.setId("issues-by-column");
        byColumn.setPrefWidth(260);
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
        IssueList list = IssueList.of(viewModel.document());
        ObservableList<IssueList.Entry> entries = FXCollections.observableArrayList(list.entries());
        table.setItems(entries);
        counts.setText(text.format("issues.counts", list.count(Severity.ERROR), list.count(Severity.WARNING),
                list.count(Severity.INFO)));
        ObservableList<String> columns = FXCollections.observableArrayList();
        for (Map.Entry<String, Integer> entry : list.byColumn().entrySet()) {
            columns.add(text.format("issues.byColumn", entry.getKey(), entry.getValue()));
        }
        byColumn.setItems(columns);
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
