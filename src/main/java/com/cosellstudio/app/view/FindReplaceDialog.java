package com.cosellstudio.app.view;

import com.cosellstudio.app.DialogFocus;
import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.CellRef;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.FindQuery;
import com.cosellstudio.app.model.FindReplace;
import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.app.model.SearchArea;
import com.cosellstudio.app.task.TaskRunner;
import java.util.List;
import java.util.TreeSet;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;

/**
 * Find and Replace (Ctrl+H): a dialog that stays open beside the grid. It shows how many cells
 * match before anything is replaced, says plainly when the expression or replacement cannot be
 * used, moves the grid's selection on Find Next, and replaces every match as one undo step. The
 * selection it searches in is the one the grid had when the dialog was opened: Find Next moves it.
 */
final class FindReplaceDialog {
    private final DealGrid grid;
    private final DocumentViewModel viewModel;
    private final UiText text;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox regex;
    private final CheckBox matchCase;
    private final CheckBox wholeCell;
    private final ToggleGroup scope = new ToggleGroup();
    private final RadioButton inSelection;
    private final RadioButton inColumns;
    private final RadioButton inRows;
    private final RadioButton inFile;
    private final Label count = new Label();
    private final TaskRunner tasks;
    /** Counts the typing has made stale: a count still waiting to run when another key comes is skipped. */
    private long countRequest;
    /** Replace All's own change: its message stays up instead of a count. */
    private boolean replacing;
    private List<GridRow> selectedRows = List.of();
    private int[] selectedColumns = new int[0];

    FindReplaceDialog(DealGrid grid, UiText text, TaskRunner tasks) {
        this.grid = grid;
        this.tasks = tasks;
        this.viewModel = grid.viewModel();
        this.text = text;
        regex = check("bulk.find.regex", "find-regex");
        matchCase = check("bulk.find.matchCase", "find-match-case");
        wholeCell = check("bulk.find.wholeCell", "find-whole-cell");
        inSelection = radio("bulk.find.scope.selection", "find-scope-selection", SearchArea.Scope.SELECTION);
        inColumns = radio("bulk.find.scope.columns", "find-scope-columns", SearchArea.Scope.SELECTED_COLUMNS);
        inRows = radio("bulk.find.scope.rows", "find-scope-rows", SearchArea.Scope.SELECTED_ROWS);
        inFile = radio("bulk.find.scope.file", "find-scope-file", SearchArea.Scope.WHOLE_FILE);
        find.setId("find-text");
        replace.setId("replace-text");
        count.setId("find-count");
        count.setWrapText(true);
        count.setMaxWidth(460);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8, 0, 0, 0));
        form.addRow(0, label("bulk.find.find", find), find);
        form.addRow(1, label("bulk.find.replace", replace), replace);
        form.add(new HBox(12, regex, matchCase, wholeCell), 1, 2);
        form.addRow(3, new Label(text.get("bulk.find.scope")), new HBox(12, inSelection, inColumns, inRows, inFile));
        form.add(count, 0, 4, 2, 1);
        GridPane.setHgrow(find, Priority.ALWAYS);
        find.setPrefColumnCount(28);

        dialog.setTitle(text.get("bulk.find.title"));
        dialog.initModality(Modality.NONE);
        dialog.getDialogPane().setId("find-replace");
        dialog.getDialogPane().setContent(form);
        ButtonType next = new ButtonType(text.get("bulk.find.next"), ButtonBar.ButtonData.OTHER);
        ButtonType all = new ButtonType(text.get("bulk.find.replaceAll"), ButtonBar.ButtonData.APPLY);
        ButtonType close = new ButtonType(text.get("bulk.find.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(next, all, close);
        wire(next, "find-next", this::findNext);
        wire(all, "replace-all", this::replaceAll);
        ((Button) dialog.getDialogPane().lookupButton(close)).setId("find-close");
        dialog.setOnHidden(event -> grid.focus());
        DialogFocus.onOpen(dialog);

        find.textProperty().addListener((obs, old, now) -> recount());
        regex.selectedProperty().addListener((obs, old, now) -> recount());
        matchCase.selectedProperty().addListener((obs, old, now) -> recount());
        wholeCell.selectedProperty().addListener((obs, old, now) -> recount());
        scope.selectedToggleProperty().addListener((obs, old, now) -> recount());
        // Another file, or columns added, removed or reordered: the selection taken at opening no
        // longer names the same cells, so the search goes back to the whole file.
        viewModel.document().columnsRevisionProperty().addListener((obs, old, now) -> {
            selectedRows = List.of();
            selectedColumns = new int[0];
            scope.selectToggle(inFile);
        });
        viewModel.undoStack().revisionProperty().addListener((obs, old, now) -> {
            if (dialog.isShowing() && !replacing) {
                recount();
            }
        });
    }

    /** Opens the dialog (or brings it forward) on the grid's current selection. */
    void show() {
        selectedRows = grid.selectedRows();
        TreeSet<Integer> columns = new TreeSet<>();
        for (CellRef cell : grid.selectedCells()) {
            columns.add(cell.column());
        }
        selectedColumns = columns.stream().mapToInt(Integer::intValue).toArray();
        // One cell selected: the user means the whole file; a block or whole rows: there.
        boolean block = grid.selectedCells().size() > 1;
        boolean wholeRows = block && columns.size() == viewModel.document().columnCount();
        scope.selectToggle(!block ? inFile : wholeRows ? inRows : inSelection);
        if (dialog.getOwner() == null) {
            dialog.initOwner(grid.node().getScene().getWindow());
        }
        recount();
        if (dialog.isShowing()) {
            dialog.getDialogPane().getScene().getWindow().requestFocus();
            find.requestFocus();
        } else {
            dialog.show();
        }
    }

    private SearchArea area() {
        SearchArea.Scope chosen = (SearchArea.Scope) scope.getSelectedToggle().getUserData();
        return viewModel.searchArea(chosen, selectedRows, selectedColumns);
    }

    private FindReplace query() {
        return FindReplace.of(new FindQuery(find.getText(), regex.isSelected(), matchCase.isSelected(),
                wholeCell.isSelected()));
    }

    /**
     * The count of matching cells, or why the query cannot be used, under the fields. A regular
     * expression over every cell of a big file takes longer than a keystroke may: the count runs
     * beside the window, and only the one for what the fields hold now is shown.
     */
    private void recount() {
        long request = ++countRequest;
        if (!viewModel.hasDocument() || scope.getSelectedToggle() == null) {
            return;
        }
        FindReplace query = query();
        if (find.getText().isEmpty() || query.error() != null) {
            say(query.error() == null ? null : problem(query.error()), query.error() != null);
            return;
        }
        SearchArea area = area();
        tasks.runBeside(progress -> request == countRequest ? query.count(area, viewModel.editableCells()) : null,
                counted -> {
                    if (counted != null && request == countRequest) {
                        showCount(counted);
                    }
                }, failure -> { });
    }

    private void showCount(FindReplace.Plan counted) {
        if (counted.error() != null) {
            say(problem(counted.error()), true);
        } else if (counted.skipped() > 0) {
            say(text.format("bulk.find.countSkipped", counted.matched(), counted.skipped()), false);
        } else {
            say(text.format("bulk.find.count", counted.matched()), false);
        }
    }

    private void findNext() {
        FindReplace query = query();
        if (query.error() != null) {
            say(problem(query.error()), true);
            return;
        }
        SearchArea area = area();
        CellRef focused = grid.focusedCell();
        int from = focused == null ? -1 : area.rows().indexOf(focused.row());
        DocumentViewModel.ViewCell found = query.next(area.rows(), area.columns(), from,
                focused == null ? -1 : focused.column(), true);
        if (found == null) {
            say(text.get("bulk.find.none"), false);
            return;
        }
        grid.reveal(area.rows().get(found.viewRow()), found.column());
    }

    private void replaceAll() {
        // The count on its way describes the cells before the replacement.
        countRequest++;
        FindReplace.Plan plan;
        replacing = true;
        try {
            plan = viewModel.replaceAll(query(), area(), replace.getText());
        } finally {
            replacing = false;
        }
        if (plan.error() != null) {
            say(problem(plan.error()), true);
        } else {
            say(text.format("notice.bulk.replaced", plan.changes().size(), plan.skipped()), false);
        }
    }

    private String problem(FindReplace.Problem problem) {
        return text.format(problem.key(), problem.args());
    }

    private void say(String message, boolean problem) {
        count.setText(message == null ? "" : message);
        // The dialog has the theme's stylesheet only (not studio.css): its own danger colour, in either theme.
        count.setStyle(problem ? "-fx-text-fill: -color-danger-fg;" : "");
    }

    /** A button that acts and keeps the dialog open. */
    private void wire(ButtonType type, String id, Runnable action) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            action.run();
        });
    }

    private CheckBox check(String key, String id) {
        CheckBox box = new CheckBox(text.get(key));
        box.setMnemonicParsing(true);
        box.setId(id);
        return box;
    }

    private RadioButton radio(String key, String id, SearchArea.Scope value) {
        RadioButton button = new RadioButton(text.get(key));
        button.setMnemonicParsing(true);
        button.setId(id);
        button.setUserData(value);
        button.setToggleGroup(scope);
        return button;
    }

    private Label label(String key, Node field) {
        Label label = new Label(text.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }
}
