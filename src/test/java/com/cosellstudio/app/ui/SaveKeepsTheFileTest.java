package com.cosellstudio.app.ui;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.Samples;
import com.cosellstudio.app.prefs.RecentFiles;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.io.BulkFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+S on a file that is not an upload-ready CSV asks where the upload-ready CSV goes (beside it or
 * in its place, with one backup) instead of silently rewriting it in another form; the status bar
 * then shows what is on disk and a notice confirms. Export Report on an unsaved file offers to save
 * and export.
 */
class SaveKeepsTheFileTest extends WindowTestBase {
    private static final String SEMICOLON_SAMPLE = "deals-semicolon-windows1252.csv";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void besideItWritesDealsUploadCsvLeavesTheOriginalAndLaterSavesGoThereWithoutAsking(FxRobot robot)
            throws Exception {
        Path original = copy(SEMICOLON_SAMPLE, "deals.csv");
        byte[] originalBytes = Files.readAllBytes(original);
        open(robot, original);
        typeInto(robot, 2, "Deal Name", "Edited deal");

        pressSave(robot);
        DialogPane question = dialog(robot);
        assertEquals("deals.csv is not an upload-ready CSV", question.getHeaderText());
        assertTrue(question.getContentText().contains("windows-1252")
                && question.getContentText().contains("deals.upload.csv")
                && question.getContentText().contains("deals.csv.bak"), question.getContentText());
        robot.clickOn("Save Beside It");
        Path beside = folder.resolve("deals.upload.csv");
        waitUntilSavedTo(beside);

        assertArrayEquals(originalBytes, Files.readAllBytes(original), "the original is left as it was");
        BulkFile saved = assertUploadReady(beside);
        assertEquals("Edited deal", dealName(saved, 2));
        assertEquals("CSV \u00B7 UTF-8 with BOM \u00B7 delimiter ,", statusText(robot));
        assertEquals("Saved " + saved.rowCount() + " deals to deals.upload.csv", noticeText(robot));
        assertEquals(List.of(), backups());

        // The answer holds: the next Ctrl+S writes deals.upload.csv again, without a question.
        editAndSaveWithoutAQuestion(robot, beside);
        assertArrayEquals(originalBytes, Files.readAllBytes(original));
        assertEquals(List.of(), backups());
    }

    @Test
    void replacingTheOriginalKeepsOneBackupAndTheStatusBarShowsWhatIsOnDisk(FxRobot robot) throws Exception {
        Path original = copy(SEMICOLON_SAMPLE, "deals.csv");
        byte[] originalBytes = Files.readAllBytes(original);
        Path backup = folder.resolve("deals.csv.bak");
        Files.writeString(backup, "an older backup");
        open(robot, original);
        assertEquals("CSV \u00B7 windows-1252 \u00B7 delimiter ;", statusText(robot));
        typeInto(robot, 2, "Deal Name", "Edited deal");

        // Cancel writes nothing, and the question comes again on the next Ctrl+S.
        pressSave(robot);
        robot.clickOn(dialog(robot).lookupButton(dialog(robot).getButtonTypes().get(2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.viewModel().undoStack().isDirty());
        assertArrayEquals(originalBytes, Files.readAllBytes(original));

        pressSave(robot);
        dialog(robot);
        robot.clickOn("Replace Original");
        waitUntilSavedTo(original);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.viewModel().undoStack().isDirty());

        BulkFile saved = assertUploadReady(original);
        assertEquals("Edited deal", dealName(saved, 2));
        assertArrayEquals(originalBytes, Files.readAllBytes(backup), "one backup: the file as it was");
        assertEquals(List.of(backup), backups());
        assertFalse(Files.exists(folder.resolve("deals.upload.csv")));
        assertEquals("CSV \u00B7 UTF-8 with BOM \u00B7 delimiter ,", statusText(robot));
        assertEquals("Saved " + saved.rowCount() + " deals to deals.csv; the original is kept as deals.csv.bak",
                noticeText(robot));

        // Now an upload-ready CSV: saved in place without a question, and its backup stays the original.
        editAndSaveWithoutAQuestion(robot, original);
        assertArrayEquals(originalBytes, Files.readAllBytes(backup));
    }

    @Test
    void anUploadReadyCsvIsSavedInPlaceWithoutAQuestionKeepingOneBackup(FxRobot robot) throws Exception {
        Path file = copy("deals-valid.csv", "valid.csv");
        byte[] asOpened = Files.readAllBytes(file);
        open(robot, file);
        typeInto(robot, 2, "Deal Name", "Edited deal");
        pressSave(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.viewModel().undoStack().isDirty());

        BulkFile saved = assertUploadReady(file);
        assertEquals("Edited deal", dealName(saved, 2));
        assertEquals(List.of(folder.resolve("valid.csv.bak")), backups());
        assertArrayEquals(asOpened, Files.readAllBytes(folder.resolve("valid.csv.bak")), "the file as it was");
        assertEquals("Saved " + saved.rowCount() + " deals to valid.csv", noticeText(robot));
    }

    @Test
    void aWorkbookIsNeverOverwrittenWithCsvBytes(FxRobot robot) throws Exception {
        Path workbook = copy("deals-libreoffice.xlsx", "deals.xlsx");
        byte[] workbookBytes = Files.readAllBytes(workbook);
        open(robot, workbook);
        assertEquals("XLSX workbook, sheet deals-libreoffice", statusText(robot));

        pressSave(robot);
        DialogPane question = dialog(robot);
        assertTrue(question.getContentText().contains("writes deals.csv in its place")
                && question.getContentText().contains("deals.xlsx.bak"), question.getContentText());
        robot.clickOn("Replace Original");
        Path csv = folder.resolve("deals.csv");
        waitUntilSavedTo(csv);

        BulkFile saved = assertUploadReady(csv);
        assertEquals(ShippedReader.reader().read(Samples.path("deals-libreoffice.xlsx")).rowCount(), saved.rowCount());
        assertFalse(Files.exists(workbook), "the workbook is replaced, not rewritten under its name");
        assertArrayEquals(workbookBytes, Files.readAllBytes(folder.resolve("deals.xlsx.bak")));
        assertEquals("CSV \u00B7 UTF-8 with BOM \u00B7 delimiter ,", statusText(robot));
        assertEquals("Saved " + saved.rowCount() + " deals to deals.csv; the original is kept as deals.xlsx.bak",
                noticeText(robot));
        assertEquals(List.of(csv.toAbsolutePath().normalize()), new RecentFiles(preferences).list(),
                "Open Recent offers the file that replaced the workbook");
    }

    @Test
    void exportReportOnAnUnsavedFileOffersSaveAndExport(FxRobot robot) throws Exception {
        // A new document has no file to write the report beside.
        robot.clickOn("File").clickOn("Export Report");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(noticeText(robot).startsWith("Save the file first"), noticeText(robot));
        assertEquals("Save and Export", robot.lookup("#notice-action").queryButton().getText());

        // Unsaved edits: the report would point into a file that does not hold them.
        Path file = copy("deals-valid.csv", "valid.csv");
        open(robot, file);
        assertNull(window.viewModel().noticeProperty().get());
        typeInto(robot, 2, "Deal Name", "Edited deal");
        robot.clickOn("File").clickOn("Export Report");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(folder.resolve("valid-report.html")));
        robot.clickOn("#notice-action");

        Path html = folder.resolve("valid-report.html");
        Path csv = folder.resolve("valid-errors.csv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(html) && Files.exists(csv));
        assertFalse(window.viewModel().undoStack().isDirty());
        BulkFile saved = assertUploadReady(file);
        assertEquals("Edited deal", dealName(saved, 2));
        BulkFile report = ShippedReader.reader().read(csv);
        assertEquals("Edited deal", dealName(report, 2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> noticeText(robot).startsWith("Report written"));
    }

    /** Types into row 3 and presses Ctrl+S: the edit reaches {@code expected} with no question on the way. */
    private void editAndSaveWithoutAQuestion(FxRobot robot, Path expected) throws Exception {
        typeInto(robot, 3, "Deal Name", "Second edit");
        pressSave(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.viewModel().undoStack().isDirty());
        assertEquals("Second edit", dealName(assertUploadReady(expected), 3));
    }

    private static String dealName(BulkFile file, int rowNumber) {
        return file.rows().get(rowNumber - 1).get(file.header().indexOf("Deal Name"));
    }

    private Path copy(String sample, String name) throws IOException {
        return Files.copy(Samples.path(sample), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private void open(FxRobot robot, Path file) throws TimeoutException {
        robot.interact(() -> window.actions().load(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> file.equals(window.viewModel().pathProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void pressSave(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
    }

    private void waitUntilSavedTo(Path target) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> target.equals(window.viewModel().pathProperty().get())
                && !window.viewModel().undoStack().isDirty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** UTF-8 with BOM, comma-separated, every non-ASCII letter of the sample intact. */
    private static BulkFile assertUploadReady(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        BulkFile read = ShippedReader.reader().read(file);
        assertEquals("UTF-8", read.source().encoding());
        assertEquals(',', read.source().delimiter());
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.contains("Stuttgart")) {
            assertTrue(text.contains("K\u00F6nigstra\u00DFe 12") && text.contains("Jos\u00E9"), "letters re-encoded");
        }
        return read;
    }

    private List<Path> backups() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".bak")).sorted().toList();
        }
    }

    private static String statusText(FxRobot robot) {
        return robot.lookup("#status-bar").queryAs(StatusBar.class).getText();
    }

    private static String noticeText(FxRobot robot) {
        Label notice = robot.lookup("#notice-text").queryAs(Label.class);
        return notice.isVisible() ? notice.getText() : "";
    }
}
