package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.CellRef;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.Severity;
import java.util.List;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The status bar item that tells what is wrong with the grid's focused cell: its most severe issue
 * with the code, and how many more there are. A tooltip needs the mouse and a pause; this is read
 * while moving with the keyboard. Empty on a clean cell.
 */
final class CellMessageItem {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final Label label = new Label();
    private final DealGrid grid;
    private final UiText text;
    private final Function<Issue, String> messages;

    CellMessageItem(DealGrid grid, DocumentViewModel viewModel, UiText text, Function<Issue, String> messages) {
        this.grid = grid;
        this.text = text;
        this.messages = messages;
        label.setId("status-cell-message");
        label.setMinWidth(0);
        label.getStyleClass().addAll("status-item", "status-cell-message");
        grid.node().getFocusModel().focusedCellProperty().addListener((obs, old, now) -> refresh());
        viewModel.document().issuesRevisionProperty().addListener((obs, old, now) -> refresh());
        viewModel.document().bulkRevisionProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        CellRef cell = grid.focusedCell();
        List<Issue> issues = cell == null ? List.of()
                : cell.column() < 0 ? cell.row().rowLevelIssues() : cell.row().issuesAt(cell.column());
        Issue worst = null;
        for (Issue issue : issues) {
            if (worst == null || issue.severity().compareTo(worst.severity()) < 0) {
                worst = issue;
            }
        }
        Severity severity = worst == null ? null : worst.severity();
        label.pseudoClassStateChanged(ERROR, severity == Severity.ERROR);
        label.pseudoClassStateChanged(WARNING, severity == Severity.WARNING);
        if (worst == null) {
            label.setText("");
            return;
        }
        String message = messages.apply(worst).replace('\n', ' ');
        label.setText(text.format("status.cellMessage", worst.code().name(), message, issues.size() - 1));
    }

    Node node() {
        return label;
    }
}
