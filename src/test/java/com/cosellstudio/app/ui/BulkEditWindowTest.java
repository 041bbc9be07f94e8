package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.ShippedReader;
import com.cosellstudio.app.Samples;
import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.domain.BulkFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Editing in bulk in the window: Find and Replace, Fill Down, column filters and sorting, Export to Excel. */
class BulkEditWindowTest extends WindowTestBase {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.ENGLISH);
        startWindow(stage);
    }

    private List<String> columnValues(String name) {
        int column = column(name);
        List<String> values = new ArrayList<>();
        for (GridRow row : window.viewModel().document().rows()) {
            values.add(row.get(column));
        }
        return values;
    }

    /** Selects from the cell of row {@code first} in {@code column} down and right, with Shift+arrows. */
    private void selectBlock(FxRobot robot, int first, String column, int down, int right) {
        robot.clickOn(cell(robot, first, column));
        robot.press(KeyCode.SHIFT);
        for (int i = 0; i < down; i++) {
            robot.type(KeyCode.DOWN);
        }
        for (int i = 0; i < right; i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void regexReplaceAcrossTwoColumnsIsUndoneByOneCtrlZ(FxRobot robot) throws Exception {
        openSample(robot, "deals-valid.csv", 40);
        List<String> names = columnValues("Deal Name");
        List<String> cities = columnValues("Customer Contact First Name");
        List<String> states = columnValues("Customer Contact Last Name");
        // Rows 1-10 of the contact's first and last name, side by side.
        selectBlock(robot, 1, "Customer Contact First Name", 9, 1);
        shortcut(robot, KeyCode.H);
        dialog(robot);
        // Match case is off: capitals match too.
        Pattern vowels = Pattern.compile("[aeiou]", Pattern.CASE_INSENSITIVE);
        long expected = 0;
        for (int i = 0; i < 10; i++) {
            expected += (vowels.matcher(cities.get(i)).find() ? 1 : 0) + (vowels.matcher(states.get(i)).find() ? 1 : 0);
        }
        assertTrue(expected > 3, "the sample has cities with vowels");

        robot.clickOn("#find-regex");
        robot.clickOn("#find-text").write("(");
        Label count = robot.lookup("#find-count").queryAs(Label.class);
        assertTrue(count.getText().startsWith("Not a valid regular expression"), count.getText());
        robot.interact(() -> robot.lookup("#find-text").queryAs(TextField.class).setText("[aeiou]"));
        // Counted beside the window.
        String counted = "Matching cells: " + expected;
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> counted.equals(count.getText()));
        robot.clickOn("#replace-text").write("<$0>");
        robot.clickOn("#replace-all");
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 10; i++) {
            assertEquals(cities.get(i).replaceAll("(?i)[aeiou]", "<$0>"), value(i + 1, "Customer Contact First Name"));
            assertEquals(states.get(i).replaceAll("(?i)[aeiou]", "<$0>"), value(i + 1, "Customer Contact Last Name"));
        }
        assertEquals(cities.get(10), value(11, "Customer Contact First Name"), "outside the selection");
        assertEquals(names, columnValues("Deal Name"));
        assertEquals("Replace All: cells changed: " + expected + "; read-only cells left as they were: 0.", count.getText());

        robot.clickOn("#find-close");
        WaitForAsyncUtils.waitForFxEvents();
        shortcut(robot, KeyCode.Z);
        assertEquals(cities, columnValues("Customer Contact First Name"));
        assertEquals(states, columnValues("Customer Contact Last Name"));
        assertFalse(window.viewModel().undoStack().isDirty());
    }

    @Test
    void findNextMovesTheSelectionAndReadOnlyCellsAreCountedAndKept(FxRobot robot) throws Exception {
        openSample(robot, "deals-valid.csv", 40);
        robot.clickOn(cell(robot, 1, "Deal Name"));
        shortcut(robot, KeyCode.H);
        dialog(robot);
        robot.clickOn("#find-text").write("#3");
        robot.clickOn("#find-next");
        WaitForAsyncUtils.waitForFxEvents();
        GridRow found = window.viewModel().viewRows().get(window.grid().node().getFocusModel().getFocusedCell().getRow());
        assertTrue(found.get(column("Deal Name")).contains("#3"), found.toString());
        robot.clickOn("#find-next");
        WaitForAsyncUtils.waitForFxEvents();
        GridRow second = window.viewModel().viewRows().get(window.grid().node().getFocusModel().getFocusedCell().getRow());
        assertNotEquals(found, second);
        assertTrue(second.get(column("Deal Name")).contains("#3"));

        // Over the whole file "a" is also in the Errors column and in columns Partner Center takes
        // only when a deal is created, on the update rows: counted, and said to be left alone.
        robot.interact(() -> robot.lookup("#find-text").queryAs(TextField.class).setText("a"));
        Label count = robot.lookup("#find-count").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> count.getText().contains("read-only"));
        List<String> customers = columnValues("Customer Name");
        robot.interact(() -> robot.lookup("#find-match-case").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        robot.interact(() -> robot.lookup("#replace-text").queryAs(TextField.class).setText("A"));
        robot.clickOn("#replace-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(count.getText().contains("read-only cells left as they were: "), count.getText());
        assertFalse(count.getText().endsWith(": 0."), count.getText());
        for (int i = 0; i < customers.size(); i++) {
            GridRow row = window.viewModel().document().rows().get(i);
            if (row.kind() == com.cosellstudio.app.model.RowKind.UPDATE) {
                assertEquals(customers.get(i), row.get(column("Customer Name")), "read-only on an update row");
            }
        }
        robot.clickOn("#find-close");
    }

    @Test
    void fillDownCopiesTheTopCellAndUndoesAsOne(FxRobot robot) throws Exception {
        openSample(robot, "deals-valid.csv", 40);
        List<String> cities = columnValues("Customer City");
        selectBlock(robot, 2, "Customer City", 4, 0);
        shortcut(robot, KeyCode.D);
        for (int row = 2; row <= 6; row++) {
            assertEquals(cities.get(1), value(row, "Customer City"));
        }
        assertEquals(cities.get(6), value(7, "Customer City"));
        assertEquals(40, window.viewModel().document().rows().size(), "Ctrl+D no longer duplicates rows");
        shortcut(robot, KeyCode.Z);
        assertEquals(cities, columnValues("Customer City"));
    }

    @Test
    void setValueFromTheContextMenuFillsTheSelectionAsOneStep(FxRobot robot) throws Exception {
        openSample(robot, "deals-valid.csv", 40);
        List<String> stages = columnValues("Sales Stage");
        selectBlock(robot, 3, "Sales Stage", 3, 0);
        robot.interact(() -> window.grid().node().getContextMenu().show(window.grid().node(), 0, 0));
        robot.clickOn("Set Value in Selected Cells…");
        javafx.scene.control.DialogPane pane = dialog(robot);
        assertTrue(pane.getHeaderText().contains("4 selected"), pane.getHeaderText());
        robot.interact(() -> robot.lookup("#set-value-text").queryAs(TextField.class).setText("80"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        for (int row = 3; row <= 6; row++) {
            assertEquals("80", value(row, "Sales Stage"));
        }
        assertEquals(stages.get(6), value(7, "Sales Stage"));
        shortcut(robot, KeyCode.Z);
        assertEquals(stages, columnValues("Sales Stage"));
    }

    @Test
    void errorFilterFromTheEditMenuKeepsTheRowsWithAnErrorInTheColumn(FxRobot robot) throws Exception {
        openSample(robot, "deals-with-errors.csv", 60);
        // The column with errors on the most rows.
        int close = -1;
        long withError = 0;
        for (int c = 0; c < window.viewModel().document().columnCount(); c++) {
            int at = c;
            long rows = window.viewModel().document().rows().stream()
                    .filter(row -> row.issuesAt(at).stream().anyMatch(issue -> issue.isError())).count();
            if (rows > withError) {
                close = c;
                withError = rows;
            }
        }
        assertTrue(withError > 0 && withError < 60, "a column with some errors: " + withError);
        String header = window.viewModel().document().header(close);
        robot.clickOn(cell(robot, 1, header));
        robot.interact(() -> menuItem(robot, "menu-edit-filterError").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(withError, window.viewModel().viewRows().size());
        Label summary = robot.lookup("#filter-summary").queryAs(Label.class);
        assertTrue(summary.getText().contains(header + " has an error"), summary.getText());
        assertTrue(summary.getText().contains("Showing " + withError + " of 60 rows"), summary.getText());
        robot.interact(() -> menuItem(robot, "menu-edit-filterRemove").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(60, window.viewModel().viewRows().size());
    }

    @Test
    void filterAndSortChangeTheViewButSavingWritesFileOrder(FxRobot robot) throws Exception {
        openSample(robot, "deals-valid.csv", 40);
        String currency = value(1, "Currency");
        long same = columnValues("Currency").stream().filter(currency::equals).count();
        robot.clickOn(cell(robot, 1, "Currency"));
        robot.interact(() -> window.filters().filterByFocusedValue());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(same, window.viewModel().viewRows().size());
        Label summary = robot.lookup("#filter-summary").queryAs(Label.class);
        assertTrue(summary.getText().contains("Showing " + same + " of 40 rows"), summary.getText());
        assertTrue(summary.getText().contains("Currency = \u201c" + currency + "\u201d"), summary.getText());
        robot.interact(() -> window.filters().sort(column("Deal Name"), false));
        WaitForAsyncUtils.waitForFxEvents();
        List<GridRow> shown = new ArrayList<>(window.viewModel().viewRows());
        List<GridRow> inFileOrder = new ArrayList<>(shown);
        inFileOrder.sort(java.util.Comparator.comparingInt(GridRow::number));
        assertNotEquals(inFileOrder, shown, "sorted by name, not in file order");

        Path target = folder.resolve("saved.csv");
        robot.interact(() -> window.actions().saveTo(target, () -> { }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> target.equals(window.viewModel().pathProperty().get()));
        BulkFile saved = ShippedReader.reader().read(target);
        BulkFile original = ShippedReader.reader().read(Samples.path("deals-valid.csv"));
        assertEquals(40, saved.rowCount());
        for (int i = 0; i < 40; i++) {
            assertEquals(List.of(original.rows().get(i).toArray()), List.of(saved.rows().get(i).toArray()), "row " + (i + 1));
        }

        robot.clickOn("#filter-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(40, window.viewModel().viewRows().size());
        assertFalse(robot.lookup("#filter-bar").query().isVisible());
    }

    @Test
    void exportToExcelWritesAWorkbookOurReaderReadsBackCellForCell(FxRobot robot) throws Exception {
        openSample(robot, "deals-with-errors.csv", 60);
        nextSaveTarget = folder.resolve("for-excel");
        robot.clickOn("File").clickOn("Export to Excel\u2026");
        Path written = folder.resolve("for-excel.xlsx");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(written) && !window.busyProperty().get());
        BulkFile back = ShippedReader.reader().read(written);
        BulkFile document = window.viewModel().document().file();
        assertEquals(document.header(), back.header());
        assertEquals(document.rowCount(), back.rowCount());
        for (int i = 0; i < document.rowCount(); i++) {
            for (int c = 0; c < document.columnCount(); c++) {
                assertEquals(document.rows().get(i).get(c), back.rows().get(i).get(c), "row " + (i + 1) + " column " + c);
            }
        }
        assertEquals(Samples.path("deals-with-errors.csv"), window.viewModel().pathProperty().get(), "the document stays where it was");
    }
}
