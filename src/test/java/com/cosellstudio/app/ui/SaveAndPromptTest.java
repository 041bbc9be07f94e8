package com.cosellstudio.app.ui;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.rules.ColumnGroup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Saving the upload-ready CSV and reading it back; the questions asked before losing edits. */
class SaveAndPromptTest extends WindowTestBase {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private Stage stage(FxRobot robot) {
        return (Stage) robot.window(0);
    }

    @Test
    void saveAsWritesTheUploadReadyFileInDocumentOrderEvenWhenSorted(FxRobot robot) throws Exception {
        openSample(robot, "deals-with-errors.csv", 60);
        robot.clickOn(cell(robot, 2, "Deal Name"));
        robot.write("Renamed deal");
        robot.type(KeyCode.ENTER);
        // Sort the view by deal name: the saved file must keep the document's order.
        robot.interact(() -> {
            TableColumn<?, ?> dealName = window.grid().node().getColumns().get(column("Deal Name"));
            @SuppressWarnings("unchecked")
            TableColumn<com.cosellstudio.app.model.GridRow, ?> sortColumn =
                    (TableColumn<com.cosellstudio.app.model.GridRow, ?>) dealName;
            sortColumn.setSortType(TableColumn.SortType.DESCENDING);
            window.grid().node().getSortOrder().setAll(java.util.List.of(sortColumn));
        });
        assertTrue(stage(robot).getTitle().startsWith("\u25CF"));
        int errors = window.viewModel().totals().errors();
        nextSaveTarget = folder.resolve("upload.csv");

        robot.clickOn("File").clickOn("Save As\u2026");
        // The file has errors: the user is told how many and may save anyway.
        DialogPane question = dialog(robot);
        assertTrue(question.getHeaderText().contains(errors + " errors"), question.getHeaderText());
        robot.clickOn("Save Anyway");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.viewModel().undoStack().isDirty());

        byte[] bytes = Files.readAllBytes(nextSaveTarget);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        String content = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(content.contains("\r\n"));
        BulkFile saved = ShippedReader.reader().read(nextSaveTarget);
        BulkFile original = ShippedReader.reader().read(com.cosellstudio.app.Samples.path("deals-with-errors.csv"));
        assertEquals(original.header(), saved.header());
        assertEquals(60, saved.rowCount());
        int name = saved.header().indexOf("Deal Name");
        assertEquals("Renamed deal", saved.rows().get(1).get(name));
        for (int r = 2; r < 60; r++) {
            assertEquals(original.rows().get(r).get(name), saved.rows().get(r).get(name), "row " + (r + 1));
        }
        assertEquals("upload.csv \u2014 Co-sell Studio", stage(robot).getTitle(), "saved: no unsaved mark");

        // File > Export Report writes the HTML page and the CSV with the Errors column beside it.
        robot.clickOn("File").clickOn("Export Report");
        Path html = folder.resolve("upload-report.html");
        Path csv = folder.resolve("upload-errors.csv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(html) && Files.exists(csv));
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("upload.csv"));
        BulkFile errorsReport = ShippedReader.reader().read(csv);
        int errorsColumn = errorsReport.header().indexOf("Errors");
        long rowsWithMessages = errorsReport.rows().stream().filter(row -> !row.get(errorsColumn).isBlank()).count();
        assertEquals(window.viewModel().totals().rowsWithErrorsProperty().get(), rowsWithMessages);
    }

    @Test
    void anXlsxWorkbookIsSavedAsANewCsvBesideItNotOverTheWorkbook(FxRobot robot) throws Exception {
        Path workbook = Files.copy(com.cosellstudio.app.Samples.path("deals-libreoffice.xlsx"),
                folder.resolve("deals-libreoffice.xlsx"));
        byte[] workbookBytes = Files.readAllBytes(workbook);
        robot.interact(() -> window.actions().load(workbook));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbook.equals(window.viewModel().pathProperty().get()));
        assertTrue(robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText().contains("XLSX"));
        robot.clickOn("#deal-grid");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        dialog(robot);
        robot.clickOn("Save Beside It");
        Path beside = folder.resolve("deals-libreoffice.upload.csv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> beside.equals(window.viewModel().pathProperty().get()));
        BulkFile saved = ShippedReader.reader().read(beside);
        assertEquals(30, saved.rowCount());
        assertArrayEquals(workbookBytes, Files.readAllBytes(workbook), "the workbook is left as it was");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) throws TimeoutException {
        robot.clickOn("#add-team-member");
        assertEquals(2, window.viewModel().document().layout().groupCount(ColumnGroup.TEAM_MEMBER));
        // The question is modal: ask from the FX thread without waiting for the answer.
        WaitForAsyncUtils.asyncFx(window::requestClose);
        DialogPane question = dialog(robot);
        assertTrue(question.getHeaderText().contains("Untitled"), question.getHeaderText());
        robot.clickOn(question.lookupButton(question.getButtonTypes().get(2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage(robot).isShowing());

        // Opening another file asks too; Don't Save drops the change and opens it.
        WaitForAsyncUtils.asyncFx(() -> window.actions().openFile(com.cosellstudio.app.Samples.path("deals-valid.csv")));
        robot.clickOn(dialog(robot).lookupButton(dialog(robot).getButtonTypes().get(1)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().document().rows().size() == 40);
        assertFalse(window.viewModel().undoStack().isDirty());
    }

    @Test
    void anUnreadableFileSaysWhyAndTheCurrentDocumentStaysOpen(FxRobot robot) throws Exception {
        openSample(robot, "deals-valid.csv", 40);
        Path garbage = folder.resolve("broken.csv");
        Files.write(garbage, "Errors,Deal Name\n\"never closed,x\n".getBytes(StandardCharsets.UTF_8));
        robot.interact(() -> window.actions().load(garbage));
        DialogPane error = dialog(robot);
        assertTrue(error.getHeaderText().contains("broken.csv"), error.getHeaderText());
        String reason = error.getContentText();
        assertTrue(reason.contains("broken.csv") && !reason.contains("Exception") && reason.lines().count() == 1, reason);
        robot.clickOn("OK");
        assertEquals(40, window.viewModel().document().rows().size());
        assertTrue(stage(robot).getTitle().startsWith("deals-valid.csv"));
    }
}
