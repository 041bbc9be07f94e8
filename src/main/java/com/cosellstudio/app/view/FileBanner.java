package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.app.model.Notice;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The banner above the grid: problems of the file as a whole (over 1,000 deals, a missing column,
 * a 51st solution), the changed deals Partner Center will reject as already closed, and the latest
 * notice (an action that was refused, a file saved). Each problem that one action resolves offers it
 * on its line, as does a notice that has one. Hidden when there is nothing to say.
 */
public final class FileBanner {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    /** Closed deals listed one by one; the rest are counted, the Issues panel lists them all. */
    private static final int TERMINAL_ROWS_SHOWN = 5;

    private final VBox root = new VBox();
    private final VBox fileIssues = new VBox(2);
    private final HBox notice = new HBox(8);
    private final Label noticeText = new Label();
    private final Button noticeAction = new Button();
    private final DocumentViewModel viewModel;
    private final UiText text;
    private final Function<Issue, String> messages;
    private final Runnable saveParts;
    /** The closed deals last shown, with their numbers then: a keystroke that changes neither rebuilds nothing. */
    private List<Object> terminalShown = List.of();

    public FileBanner(DocumentViewModel viewModel, UiText text, Function<Issue, String> messages, Runnable saveParts) {
        this.viewModel = viewModel;
        this.text = text;
        this.messages = messages;
        this.saveParts = saveParts;
        root.setId("file-banner");
        root.getStyleClass().add("file-banner");
        fileIssues.getStyleClass().add("file-issues");

        noticeText.setId("notice-text");
        noticeText.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button dismiss = new Button(text.get("banner.dismiss"));
        dismiss.setId("notice-dismiss");
        dismiss.setOnAction(event -> viewModel.noticeProperty().set(null));
        noticeAction.setId("notice-action");
        noticeAction.setOnAction(event -> {
            Notice acted = viewModel.noticeProperty().get();
            viewModel.noticeProperty().set(null);
            if (acted != null && acted.action() != null) {
                acted.action().run();
            }
        });
        // As the problems' buttons: the keyboard stays in the grid.
        dismiss.setFocusTraversable(false);
        noticeAction.setFocusTraversable(false);
        notice.getChildren().setAll(noticeText, spacer, noticeAction, dismiss);
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.getStyleClass().add("notice");

        viewModel.document().documentIssues().addListener((ListChangeListener<Issue>) change -> refresh());
        viewModel.noticeProperty().addListener((obs, old, now) -> refresh());
        viewModel.document().bulkRevisionProperty().addListener((obs, old, now) -> refresh());
        viewModel.document().issuesRevisionProperty().addListener((obs, old, now) -> {
            if (!terminalShown.equals(terminalKey(viewModel.terminalChangedRows()))) {
                refresh();
            }
        });
        root.getChildren().setAll(notice, fileIssues);
        refresh();
    }

    private void refresh() {
        fileIssues.getChildren().clear();
        for (Issue issue : viewModel.document().documentIssues()) {
            if (issue.severity() == Severity.INFO) {
                continue;
            }
            fileIssues.getChildren().add(line(messages.apply(issue), issue.severity(), actionFor(issue)));
        }
        List<GridRow> terminal = viewModel.terminalChangedRows();
        terminalShown = terminalKey(terminal);
        for (GridRow row : terminal.subList(0, Math.min(TERMINAL_ROWS_SHOWN, terminal.size()))) {
            Issue issue = DocumentViewModel.terminalError(row);
            Button remove = action("banner-remove-row", text.get("banner.action.removeRow"),
                    () -> viewModel.deleteRows(List.of(row)));
            fileIssues.getChildren().add(line(text.format("banner.terminalRow", row.number(), messages.apply(issue)),
                    Severity.ERROR, remove));
        }
        if (terminal.size() > TERMINAL_ROWS_SHOWN) {
            fileIssues.getChildren().add(line(text.format("banner.terminalMore", terminal.size() - TERMINAL_ROWS_SHOWN),
                    Severity.ERROR, null));
        }
        Notice current = viewModel.noticeProperty().get();
        noticeText.setText(current == null ? "" : text.format(current.key(), current.args().toArray()));
        boolean acts = current != null && current.actionKey() != null;
        noticeAction.setText(acts ? text.get(current.actionKey()) : "");
        show(noticeAction, acts);
        show(notice, current != null);
        show(fileIssues, !fileIssues.getChildren().isEmpty());
        show(root, current != null || !fileIssues.getChildren().isEmpty());
    }

    /** The button that resolves a problem of the whole file, or null when no one action does. */
    private Button actionFor(Issue issue) {
        if (issue.code() == Code.MISSING_COLUMN) {
            return action("banner-add-column", text.get("banner.action.addColumn"),
                    () -> viewModel.addMissingColumn(issue));
        }
        if (issue.code() == Code.TOO_MANY_ROWS) {
            return action("banner-save-parts", text.format("banner.action.saveParts", viewModel.dealLimit()), saveParts);
        }
        return null;
    }

    private static Button action(String id, String label, Runnable action) {
        Button button = new Button(label);
        button.setId(id);
        button.getStyleClass().add("banner-action");
        // The keyboard stays in the grid; the banner is for the mouse, the menus have the same commands.
        button.setFocusTraversable(false);
        // A long message wraps; the action's name is never cut.
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Node line(String message, Severity severity, Button action) {
        Label label = new Label(message);
        label.setWrapText(true);
        label.getStyleClass().add("file-issue");
        label.pseudoClassStateChanged(ERROR, severity == Severity.ERROR);
        label.pseudoClassStateChanged(WARNING, severity == Severity.WARNING);
        HBox line = new HBox(8, label);
        line.setAlignment(Pos.CENTER_LEFT);
        if (action != null) {
            line.getChildren().add(action);
        }
        return line;
    }

    /** The rows and their current numbers: what the closed-deal lines show. */
    private static List<Object> terminalKey(List<GridRow> rows) {
        List<Object> key = new ArrayList<>(rows.size() * 2);
        for (GridRow row : rows) {
            key.add(row);
            key.add(row.number());
        }
        return key;
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    public Node node() {
        return root;
    }
}
