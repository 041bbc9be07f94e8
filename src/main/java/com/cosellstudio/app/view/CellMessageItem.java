package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.CellRef;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.rules.Fix;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.Severity;
import java.util.List;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The status bar item that tells what is wrong with the grid's focused cell: its most severe issue
 * with the code, and how many more there are. A tooltip needs the mouse and a pause; this is read
 * while moving with the keyboard. Empty on a clean cell.
 */
final class CellMessageItem {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final Label label = new Label();
    private final Hyperlink fix = new Hyperlink();
    private final HBox box = new HBox(6, label, fix);
    private final DealGrid grid;
    private final UiText text;
    private final Function<Issue, String> messages;

    private final FixActions fixes;

    CellMessageItem(DealGrid grid, DocumentViewModel viewModel, UiText text, Function<Issue, String> messages,
                    FixActions fixes) {
        this.grid = grid;
        this.fixes = fixes;
        this.text = text;
        this.messages = messages;
        label.setId("status-cell-message");
        label.setMinWidth(0);
        label.getStyleClass().addAll("status-item", "status-cell-message");
        // "Fix" beside the message, for the keyboard user as much as the mouse: it does what the context menu's Fix does.
        fix.setId("status-fix");
        fix.setFocusTraversable(false);
        fix.setMinWidth(Region.USE_PREF_SIZE);
        fix.setOnAction(event -> fixes.fixFocused());
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(0);
        // Apart from what the status bar says about the file, right after it.
        box.setPadding(new Insets(0, 12, 0, 0));
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
        Fix offered = cell == null || worst == null ? null : fixes.fixAt(cell.row(), cell.column());
        fix.setText(offered == null ? "" : text.format("fix.status", offered.value()));
        fix.setVisible(offered != null);
        fix.setManaged(offered != null);
        if (worst == null) {
            label.setText("");
            return;
        }
        String message = messages.apply(worst).replace('\n', ' ');
        label.setText(text.format("status.cellMessage", worst.code().name(), message, issues.size() - 1));
    }

    Node node() {
        return box;
    }
}
