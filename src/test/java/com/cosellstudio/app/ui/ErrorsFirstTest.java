package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.RoundTripFiles;
import com.cosellstudio.app.Samples;
import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.app.model.IssueList;
import com.cosellstudio.roundtrip.TestDeals;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.ColumnGroup;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Errors first: the issues panel's order, severity filter, column filter and following the grid;
 * the focused cell's message in the status bar; the banner's actions that resolve its problems.
 */
class ErrorsFirstTest extends WindowTestBase {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    /** F5 in the grid, as a user checks: the panel opens. */
    private TableView<IssueList.Entry> check(FxRobot robot) throws TimeoutException {
        robot.clickOn("#deal-grid");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#issues-table").tryQuery().isPresent()
                && !robot.lookup("#issues-table").queryTableView().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#issues-table").queryTableView();
    }

    private static List<Severity> severities(TableView<IssueList.Entry> issues) {
        return issues.getItems().stream().map(entry -> entry.issue().severity()).toList();
    }

    private static boolean inSeverityOrder(List<Severity> severities) {
        for (int i = 1; i < severities.size(); i++) {
            if (severities.get(i).compareTo(severities.get(i - 1)) < 0) {
                return false;
            }
        }
        return true;
    }

    private String cellMessage(FxRobot robot) {
        return robot.lookup("#status-cell-message").queryAs(Label.class).getText();
    }

    private boolean gridHasFocus() {
        Node owner = window.scene().getFocusOwner();
        for (Node node = owner; node != null; node = node.getParent()) {
            if (node == window.grid().node()) {
                return true;
            }
        }
        return false;
    }

    /** The first cell (by row, then column) with an error of its own: near the top, so in view without scrolling. */
    private Issue firstCellError() {
        for (GridRow row : window.viewModel().document().rows()) {
            Issue first = row.issues().stream().filter(issue -> issue.isError() && issue.columnIndex() != null)
                    .min(java.util.Comparator.comparing(Issue::columnIndex)).orElse(null);
            if (first != null) {
                return first;
            }
        }
        throw new AssertionError("no cell with an error");
    }

    /** A cell of {@code columnName} (a row from the top) with no issue. */
    private int cleanRow(String columnName) {
        for (GridRow row : window.viewModel().document().rows()) {
            if (row.issuesAt(column(columnName)).isEmpty()) {
                return row.number();
            }
        }
        throw new AssertionError("no clean " + columnName);
    }

    @Test
    void errorsComeFirstAndNotesAreHiddenWhileTheFileHasErrors(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-with-errors.csv", 60);
        TableView<IssueList.Entry> issues = check(robot);
        int errors = window.viewModel().totals().errors();
        int warnings = window.viewModel().totals().warnings();
        int notes = window.viewModel().totals().infosProperty().get();
        assertTrue(errors > 0 && warnings > 0 && notes > 0, errors + " " + warnings + " " + notes);

        List<Severity> shown = severities(issues);
        assertEquals(errors + warnings, shown.size(), "notes hidden");
        assertTrue(inSeverityOrder(shown), "errors, then warnings: " + shown);
        assertEquals(Severity.ERROR, shown.get(0));
        // Within a severity the rows keep their order.
        List<Integer> errorRows = issues.getItems().stream().filter(entry -> entry.issue().isError())
                .map(IssueList.Entry::rowNumber).filter(java.util.Objects::nonNull).toList();
        assertEquals(errorRows.stream().sorted().toList(), errorRows);

        ToggleButton showNotes = robot.lookup("#issues-show-info").queryAs(ToggleButton.class);
        assertFalse(showNotes.isSelected());
        assertEquals(notes + " notes", showNotes.getText());
        assertEquals(errors + (errors == 1 ? " error" : " errors"),
                robot.lookup("#issues-show-error").queryAs(ToggleButton.class).getText());

        robot.clickOn(showNotes);
        WaitForAsyncUtils.waitForFxEvents();
        shown = severities(issues);
        assertEquals(errors + warnings + notes, shown.size());
        assertTrue(inSeverityOrder(shown), "notes last: " + shown);

        robot.clickOn("#issues-show-error");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(severities(issues).contains(Severity.ERROR), "errors hidden on request");
        assertEquals(warnings + notes, issues.getItems().size());
        assertTrue(gridHasFocus(), "the filter buttons leave the keyboard in the grid");
    }

    @Test
    void notesShowWhenTheFileHasNoErrors(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-valid.csv", 40);
        robot.clickOn("#deal-grid");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#issues-table").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.viewModel().totals().errors());
        assertTrue(robot.lookup("#issues-show-info").queryAs(ToggleButton.class).isSelected());
        TableView<IssueList.Entry> issues = robot.lookup("#issues-table").queryTableView();
        assertEquals(window.viewModel().totals().warnings() + window.viewModel().totals().infosProperty().get(),
                issues.getItems().size());
    }

    @Test
    void thePanelFollowsTheGridWithoutTakingTheKeyboard(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-with-errors.csv", 60);
        TableView<IssueList.Entry> issues = check(robot);

        Issue error = firstCellError();
        robot.clickOn(cell(robot, error.row(), error.column()));
        WaitForAsyncUtils.waitForFxEvents();
        IssueList.Entry selected = issues.getSelectionModel().getSelectedItem();
        assertNotNull(selected, "the issue of the clicked cell is selected");
        assertEquals(error.row(), selected.rowNumber());
        assertEquals(error.column(), selected.issue().column());
        assertTrue(gridHasFocus());
        int index = issues.getSelectionModel().getSelectedIndex();
        assertTrue(robot.lookup("#issues-table .table-row-cell").match((TableRow<?> row) -> row.getIndex() == index
                && row.isVisible()).tryQuery().isPresent(), "scrolled to the issue");

        // Moving on with the keyboard: a clean cell selects nothing, the grid keeps the keys.
        int clean = cleanRow("Deal Name");
        robot.clickOn(cell(robot, clean, "Deal Name"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(issues.getSelectionModel().getSelectedItem());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(gridHasFocus(), "arrows still move in the grid");
    }

    @Test
    void clickingAColumnInThePerColumnListFiltersToIt(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-with-errors.csv", 60);
        TableView<IssueList.Entry> issues = check(robot);
        int all = issues.getItems().size();

        // The column with most issues: first after "All columns", in view.
        Node country = robot.lookup("#issues-by-column .list-cell").match((ListCell<?> cell) -> cell.getIndex() == 1).query();
        String name = ((ListCell<?>) country).getText().split(" \u2014 ")[0];
        robot.clickOn(country);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(issues.getItems().isEmpty());
        assertTrue(issues.getItems().size() < all);
        assertTrue(issues.getItems().stream().allMatch(entry -> name.equals(entry.issue().column())), name);
        assertTrue(((ListCell<?>) country).getText().endsWith(String.valueOf(issues.getItems().size())));

        robot.clickOn(robot.lookup("#issues-by-column .list-cell").match((ListCell<?> cell) -> cell.getText() != null
                && cell.getText().startsWith("All columns")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, issues.getItems().size());
    }

    @Test
    void theStatusBarTellsWhatIsWrongWithTheFocusedCell(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-with-errors.csv", 60);
        Issue error = firstCellError();
        GridRow row = window.viewModel().document().rows().get(error.row() - 1);
        String expected = error.code().name() + ": ";

        robot.clickOn(cell(robot, error.row(), error.column()));
        WaitForAsyncUtils.waitForFxEvents();
        String message = cellMessage(robot);
        assertTrue(message.startsWith(expected), message);
        assertTrue(message.contains(error.column()), message);

        int clean = cleanRow("Deal Name");
        robot.clickOn(cell(robot, clean, "Deal Name"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", cellMessage(robot));

        // The value of a clean cell of that column fixes it: the message goes; undo brings it back.
        String fixed = value(cleanRow(error.column()), error.column());
        robot.interact(() -> {
            window.grid().select(error.row() - 1, error.columnIndex());
            window.viewModel().editCell(row, error.columnIndex(), fixed);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(row.issuesAt(error.columnIndex()).isEmpty(), row.issues()::toString);
        assertEquals("", cellMessage(robot));
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cellMessage(robot).startsWith(expected), cellMessage(robot));
    }

    @Test
    void aMissingColumnIsAddedFromTheBanner(FxRobot robot) throws Exception {
        Path file = folder.resolve("no-city.csv");
        String content = Files.readString(Samples.path("deals-valid.csv"), StandardCharsets.UTF_8);
        int city = List.of(content.lines().findFirst().orElseThrow().split(",")).indexOf("Customer City");
        // The header alone loses the column.
        Files.writeString(file, content.replaceFirst("Customer City,", ""), StandardCharsets.UTF_8);
        open(robot, file, 40);
        assertEquals(-1, column("Customer City"));
        int columns = window.viewModel().document().columnCount();

        robot.clickOn("#banner-add-column");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> column("Customer City") >= 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(city, column("Customer City"), "where the template puts it");
        assertEquals(columns + 1, window.viewModel().document().columnCount());
        assertTrue(window.viewModel().document().documentIssues().stream()
                .noneMatch(issue -> issue.code() == Code.MISSING_COLUMN));
        assertTrue(robot.lookup("#banner-add-column").tryQuery().isEmpty());

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> column("Customer City") < 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(columns, window.viewModel().document().columnCount(), "one undo step");
        assertTrue(robot.lookup("#banner-add-column").tryQuery().isPresent());
    }

    @Test
    void overAThousandDealsTheBannerSavesParts(FxRobot robot) throws Exception {
        open(robot, RoundTripFiles.newDeals(folder.resolve("deals.csv"), 1, 1001), 1001);
        nextFolder = Files.createDirectory(folder.resolve("parts"));

        Button save = robot.lookup("#banner-save-parts").queryAs(Button.class);
        assertEquals("Save as parts of 1,000\u2026", save.getText());
        robot.clickOn(save);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(nextFolder.resolve("deals-part-2-of-2.csv")));
        try (var listing = Files.list(nextFolder)) {
            assertEquals(2, listing.count());
        }
    }

    @Test
    void aChangedDealThatWasClosedIsRemovedFromTheUploadFromTheBanner(FxRobot robot) throws Exception {
        open(robot, RoundTripFiles.closedExport(folder.resolve("closed.csv")), 2);
        assertTrue(robot.lookup("#banner-remove-row").tryQuery().isEmpty(), "unchanged: nothing to remove");

        typeInto(robot, 1, "Estimated Deal Value", "99000");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#banner-remove-row").tryQuery().isPresent());
        String line = robot.lookup("#file-banner .file-issue").match((Label label) -> label.getText().startsWith("Row 1:"))
                .queryAs(Label.class).getText();
        assertTrue(line.contains("Won"), line);

        robot.clickOn("#banner-remove-row");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.viewModel().document().rows().size());
        assertEquals(TestDeals.referralId(2), value(1, "Referral ID"));
        assertTrue(robot.lookup("#banner-remove-row").tryQuery().isEmpty());

        robot.interact(window.viewModel()::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, window.viewModel().document().rows().size(), "one undo step brings the row back");
        assertTrue(robot.lookup("#banner-remove-row").tryQuery().isPresent());
    }

    @Test
    void theLimitNoticeGoesWhenUndoTakesTheLastColumnAway(FxRobot robot) {
        int limit = window.viewModel().document().layout().columnsPerGroup();
        robot.interact(() -> {
            while (window.viewModel().document().layout().groupCount(ColumnGroup.SOLUTION) < limit) {
                window.viewModel().addGroupColumn(ColumnGroup.SOLUTION);
            }
        });
        robot.clickOn("#add-solution");
        WaitForAsyncUtils.waitForFxEvents();
        Label notice = robot.lookup("#notice-text").queryAs(Label.class);
        assertTrue(notice.isVisible() && notice.getText().contains(String.valueOf(limit)), notice.getText());

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(limit - 1, window.viewModel().document().layout().groupCount(ColumnGroup.SOLUTION));
        assertFalse(robot.lookup("#file-banner").query().isVisible(), "the notice went with its cause");
    }
}
