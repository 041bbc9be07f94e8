package com.cosellstudio.app;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.SourceFormat;
import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.ColumnRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files Save may overwrite without asking, the names of the other places, and the backups kept. */
class SavePlacesTest {
    @TempDir
    Path folder;

    @Test
    void onlyACommaSeparatedUtf8CsvUnderACsvNameIsUploadReady() {
        Path csv = Path.of("deals.csv");
        assertTrue(SavePlaces.isUploadReady(csv, SourceInfo.uploadReady()));
        assertTrue(SavePlaces.isUploadReady(Path.of("DEALS.CSV"), SourceInfo.uploadReady()));
        assertTrue(SavePlaces.isUploadReady(csv, new SourceInfo(SourceFormat.CSV, "UTF-8", false, ',', "\n")),
                "no BOM, LF: the same cells");
        assertFalse(SavePlaces.isUploadReady(csv, new SourceInfo(SourceFormat.CSV, "UTF-8", true, ';', "\r\n")));
        assertFalse(SavePlaces.isUploadReady(csv, new SourceInfo(SourceFormat.CSV, "windows-1252", false, ',', "\r\n")));
        assertFalse(SavePlaces.isUploadReady(csv, new SourceInfo(SourceFormat.CSV, "UTF-16LE", true, ',', "\r\n")));
        assertFalse(SavePlaces.isUploadReady(Path.of("deals.txt"), SourceInfo.uploadReady()));
        assertFalse(SavePlaces.isUploadReady(Path.of("deals.xlsx"),
                new SourceInfo(SourceFormat.XLSX, null, false, null, null)));
    }

    @Test
    void besideAndInPlaceNamesNeverPutCsvBytesUnderAWorkbookName() {
        SavePlaces csv = new SavePlaces(folder.resolve("deals.csv"));
        assertEquals(folder.resolve("deals.upload.csv"), csv.beside());
        assertEquals(folder.resolve("deals.csv"), csv.replacement());
        SavePlaces workbook = new SavePlaces(folder.resolve("Q3 deals.xlsx"));
        assertEquals(folder.resolve("Q3 deals.upload.csv"), workbook.beside());
        assertEquals(folder.resolve("Q3 deals.csv"), workbook.replacement());
        assertEquals(folder.resolve("deals.tsv.bak"), SavePlaces.backupOf(folder.resolve("deals.tsv")));
    }

    @Test
    void replacingAWorkbookWritesItsCsvAndKeepsOneBackupOfEachFileReplaced() throws Exception {
        Path workbook = Files.copy(Samples.path("deals-libreoffice.xlsx"), folder.resolve("deals.xlsx"));
        byte[] workbookBytes = Files.readAllBytes(workbook);
        Path oldCsv = folder.resolve("deals.csv");
        Files.writeString(oldCsv, "a file of the same name");
        Files.writeString(folder.resolve("deals.xlsx.bak"), "an older backup");
        BulkFile file = ShippedReader.reader().read(workbook);
        ColumnLayout layout = Samples.ENGINE.layout(file.header());

        new DocumentFiles().saveReplacing(file, layout, workbook, oldCsv);

        assertEquals(file.rowCount(), ShippedReader.reader().read(oldCsv).rowCount());
        assertFalse(Files.exists(workbook));
        assertArrayEquals(workbookBytes, Files.readAllBytes(folder.resolve("deals.xlsx.bak")));
        assertEquals("a file of the same name", Files.readString(folder.resolve("deals.csv.bak")));
    }

    @Test
    void aSaveThatCannotWriteLeavesTheOriginalWhereItWas() throws Exception {
        Path original = Files.copy(Samples.path("deals-semicolon-windows1252.csv"), folder.resolve("deals.txt"),
                StandardCopyOption.REPLACE_EXISTING);
        byte[] bytes = Files.readAllBytes(original);
        BulkFile file = ShippedReader.reader().read(original);
        Path nowhere = folder.resolve("missing-folder").resolve("deals.csv");

        assertThrows(IOException.class,
                () -> new DocumentFiles().saveReplacing(file, Samples.ENGINE.layout(file.header()), original, nowhere));

        assertArrayEquals(bytes, Files.readAllBytes(original));
        assertFalse(Files.exists(SavePlaces.backupOf(original)));
    }

    @Test
    void everySaveOverAFileKeepsOneBackupOfItAsItWasWhenOpened() throws Exception {
        Path path = Files.copy(Samples.path("deals-valid.csv"), folder.resolve("deals.csv"));
        byte[] asOpened = Files.readAllBytes(path);
        DocumentFiles files = new DocumentFiles();
        BulkFile file = files.readAndCheck(Samples.ENGINE, path, progress -> { }).file();
        ColumnLayout layout = Samples.ENGINE.layout(file.header());

        file.row(1).set(layout.indexOf(ColumnRole.DEAL_NAME), "First edit");
        files.saveUploadReady(file, layout, path);
        assertArrayEquals(asOpened, Files.readAllBytes(SavePlaces.backupOf(path)), "the file as it was");
        byte[] firstSave = Files.readAllBytes(path);

        file.row(1).set(layout.indexOf(ColumnRole.DEAL_NAME), "Second edit");
        files.saveUploadReady(file, layout, path);
        assertArrayEquals(asOpened, Files.readAllBytes(SavePlaces.backupOf(path)),
                "a second save keeps the backup of the file as opened, not of the first save");

        // Opened again: the next save keeps the file as it is now.
        byte[] secondSave = Files.readAllBytes(path);
        BulkFile reopened = files.readAndCheck(Samples.ENGINE, path, progress -> { }).file();
        files.saveUploadReady(reopened, layout, path);
        assertArrayEquals(secondSave, Files.readAllBytes(SavePlaces.backupOf(path)));
        assertFalse(Arrays.equals(firstSave, secondSave));
        assertEquals(List.of(path, SavePlaces.backupOf(path)), filesIn(folder), "one backup, no temporary file");
    }

    @Test
    void saveAsOrChangedRowsOverAnotherFileKeepItsBackupAndANewFileHasNone() throws Exception {
        BulkFile file = ShippedReader.reader().read(Samples.path("deals-valid.csv"));
        ColumnLayout layout = Samples.ENGINE.layout(file.header());
        Path other = Files.writeString(folder.resolve("other.csv"), "somebody else's file");
        Path changed = Files.writeString(folder.resolve("changed.csv"), "last week's changes");
        Path fresh = folder.resolve("fresh.csv");

        DocumentFiles files = new DocumentFiles();
        files.saveUploadReady(file, layout, other);
        files.saveUploadReady(file, layout, file.rows().subList(0, 2), changed);
        files.saveUploadReady(file, layout, fresh);

        assertEquals("somebody else's file", Files.readString(SavePlaces.backupOf(other)));
        assertEquals("last week's changes", Files.readString(SavePlaces.backupOf(changed)));
        assertFalse(Files.exists(SavePlaces.backupOf(fresh)));
        files.saveUploadReady(file, layout, fresh);
        assertFalse(Files.exists(SavePlaces.backupOf(fresh)), "a file this session made has nothing to keep");
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
