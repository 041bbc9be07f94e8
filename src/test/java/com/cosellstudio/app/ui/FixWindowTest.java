package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.Samples;
import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.app.model.IssueList;
import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The engine's suggested fixes in the window: Fix on one cell, Fix All Like This with its preview (issue 13). */
class FixWindowTest extends WindowTestBase {
    private static final Pattern US_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final String CLOSE = "Estimated Close Date";

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.ENGLISH);
        startWindow(stage);
    }

    /** The sample's new deals repeated to {@code rows} rows, each close date written as ISO. */
    private Path isoDates(int rows) throws Exception {
        List<String[]> valid;
        try (Reader in = Files.newBufferedReader(Samples.path("deals-valid.csv"), StandardCharsets.UTF_8);
             CSVReader csv = new CSVReader(in)) {
            valid = csv.readAll();
        }
        List<String> header = Arrays.asList(valid.get(0));
        int date = header.indexOf(CLOSE);
        int referral = header.indexOf("Referral ID");
        List<String[]> newDeals = valid.subList(1, valid.size()).stream().filter(row -> row[referral].isEmpty()).toList();
        List<String[]> records = new ArrayList<>();
        records.add(valid.get(0));
        for (int i = 0; i < rows; i++) {
            String[] row = newDeals.get(i % newDeals.size()).clone();
            row[date] = String.format(Locale.ROOT, "2029-%02d-%02d", 1 + i % 12, 1 + i % 28);
            records.add(row);
        }
        Path file = folder.resolve("iso-dates.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVWriter csv = new CSVWriter(out, ',', '"', '"', "\r\n")) {
            csv.writeAll(records, false);
        }
        return file;
    }

    private List<String> closeDates() {
        int column = column(CLOSE);
        return window.viewModel().document().rows().stream().map(row -> row.get(column)).toList();
    }

    private boolean closeHasError() {
        int column = column(CLOSE);
        return window.viewModel().document().rows().stream()
                .anyMatch(row -> row.issuesAt(column).stream().anyMatch(issue -> issue.isError()));
    }

    /** Right-click menu of the grid's focused cell, as the mouse opens it. */
    private void contextMenu(FxRobot robot, int rowNumber) {
        cell(robot, rowNumber, CLOSE);
        robot.interact(() -> window.grid().node().getContextMenu().show(window.grid().node(), 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node menuEntry(FxRobot robot, String label) {
        // The menu shows its label with the mnemonic mark taken out.
        return robot.lookup((Node node) -> node instanceof Labeled labeled && labeled.getText() != null
                && labeled.getText().replaceFirst("_", "").equals(label)
                && node.getScene().getWindow() instanceof ContextMenu).query();
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void edit(FxRobot robot, int rowNumber, String value) {
        GridRow row = window.viewModel().document().rows().get(rowNumber - 1);
        robot.interact(() -> window.viewModel().editCell(row, column(CLOSE), value));
    }

    @Test
    void fixAllLikeThisPreviewsFiveHundredIsoDatesAndOneCtrlZRestoresThem(FxRobot robot) throws Exception {
        Path file = isoDates(500);
        open(robot, file, 500);
        List<String> iso = closeDates();
        assertTrue(closeHasError(), "ISO dates are errors");

        contextMenu(robot, 7);
        robot.clickOn(menuEntry(robot, "Fix All Like This\u2026"));
        DialogPane preview = dialog(robot);
        assertEquals("fix-preview", preview.getId());
        assertTrue(preview.getHeaderText().startsWith("500 cells of Estimated Close Date"), preview.getHeaderText());
        TableView<?> table = robot.lookup("#fix-preview-table").queryTableView();
        assertEquals(500, table.getItems().size());
        // Virtualised: the rows in sight have nodes, not all 500.
        long rowNodes = robot.from(table).lookup(".table-row-cell").queryAll().size();
        assertTrue(rowNodes < 60, "row nodes: " + rowNodes);
        assertTrue(robot.from(table).lookup(LabeledMatchers.hasText("2029-01-01")).tryQuery().isPresent());
        assertTrue(robot.from(table).lookup(LabeledMatchers.hasText("1/1/2029")).tryQuery().isPresent());
        assertEquals(iso, closeDates(), "nothing changes before Apply");

        robot.clickOn("#fix-apply");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !closeHasError());
        WaitForAsyncUtils.waitForFxEvents();
        for (String date : closeDates()) {
            assertTrue(US_DATE.matcher(date).matches(), date);
        }
        assertEquals("8/24/2029", closeDates().get(499));
        assertFalse(closeHasError());

        undo(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, this::closeHasError);
        assertEquals(iso, closeDates(), "one Ctrl+Z restores all 500");
        assertFalse(window.viewModel().undoStack().isDirty());
    }

    @Test
    void oneCellIsFixedFromItsMenuTheIssuesPanelAndTheStatusBarEachUndoneByOneCtrlZ(FxRobot robot) throws Exception {
        openSample(robot, "deals-valid.csv", 40);
        edit(robot, 2, "2027-01-30");
        TableCell<?, ?> cell = cell(robot, 2, CLOSE);
        assertTrue(cell.getTooltip().getText().contains("Fix: 1/30/2027"), cell.getTooltip().getText());
        Hyperlink status = robot.lookup("#status-fix").queryAs(Hyperlink.class);
        assertTrue(status.isVisible());
        assertEquals("Fix: 1/30/2027", status.getText());

        contextMenu(robot, 2);
        robot.clickOn(menuEntry(robot, "Fix: 1/30/2027"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1/30/2027", value(2, CLOSE));
        assertTrue(window.viewModel().document().rows().get(1).issuesAt(column(CLOSE)).isEmpty(), "re-checked");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !status.isVisible());
        undo(robot);
        assertEquals("2027-01-30", value(2, CLOSE));

        robot.clickOn(cell(robot, 2, CLOSE));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#issues-table").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<IssueList.Entry> issues = robot.lookup("#issues-table").queryTableView();
        GridRow second = window.viewModel().document().rows().get(1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            IssueList.Entry selected = issues.getSelectionModel().getSelectedItem();
            return selected != null && selected.isAt(second, column(CLOSE));
        });
        Button fix = robot.lookup("#issues-fix").queryButton();
        assertFalse(fix.isDisabled());
        robot.clickOn(fix);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1/30/2027", value(2, CLOSE));
        undo(robot);
        assertEquals("2027-01-30", value(2, CLOSE));

        robot.clickOn(cell(robot, 2, CLOSE));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, status::isVisible);
        robot.clickOn(status);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1/30/2027", value(2, CLOSE));
        undo(robot);
        assertEquals("2027-01-30", value(2, CLOSE));
    }

    @Test
    void anAmbiguousDateOffersNoFix(FxRobot robot) throws Exception {
        openSample(robot, "deals-valid.csv", 40);
        edit(robot, 3, "03-04-2027");
        TableCell<?, ?> cell = cell(robot, 3, CLOSE);
        assertFalse(cell.getTooltip().getText().contains("Fix:"), cell.getTooltip().getText());
        assertFalse(robot.lookup("#status-fix").queryAs(Hyperlink.class).isVisible());
        contextMenu(robot, 3);
        menuEntry(robot, "Fix");
        assertTrue(isDisabledItem(robot, "context-fix"));
        assertTrue(isDisabledItem(robot, "context-fix-all"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        edit(robot, 3, "03/04/2027");
        robot.clickOn(cell(robot, 3, CLOSE));
        assertFalse(robot.lookup("#status-fix").queryAs(Hyperlink.class).isVisible());
        assertEquals("03/04/2027", value(3, CLOSE));
    }

    private boolean isDisabledItem(FxRobot robot, String id) {
        return window.grid().node().getContextMenu().getItems().stream()
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow().isDisable();
    }
}
