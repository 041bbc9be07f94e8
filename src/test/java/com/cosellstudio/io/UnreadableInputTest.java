package com.cosellstudio.io;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is no bulk file ends in one UnreadableFileException whose message is a single line
 * naming the file (and the line where one is to blame), and nothing on disk changes.
 */
class UnreadableInputTest {
    @TempDir
    Path dir;

    private String failureReading(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        if (content != null) {
            Files.write(file, content);
        }
        byte[] before = content == null ? null : Files.readAllBytes(file);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> ShippedReader.reader().read(file));
        String message = e.getMessage();
        assertTrue(message.startsWith(name + ": "), "names the file: " + message);
        assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
        assertFalse(message.contains("Exception"), "no Java in it: " + message);
        if (before != null) {
            assertTrue(Arrays.equals(before, Files.readAllBytes(file)), "the file is left as it was");
        }
        return message;
    }

    @Test
    void missingFile() throws Exception {
        assertEquals("nowhere.csv: no such file", failureReading("nowhere.csv", null));
    }

    @Test
    void emptyFile() throws Exception {
        assertEquals("deals.csv: is empty", failureReading("deals.csv", new byte[0]));
    }

    @Test
    void fileWithOnlyABomOrBlankLines() throws Exception {
        assertEquals("bom.csv: is empty", failureReading("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        assertEquals("blank.csv: is empty", failureReading("blank.csv", "\r\n\r\n ,\r\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void zeroByteWorkbook() throws Exception {
        assertEquals("deals.xlsx: is empty", failureReading("deals.xlsx", new byte[0]));
    }

    @Test
    void binaryGarbage() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        String message = failureReading("picture.csv", png);
        assertTrue(message.startsWith("picture.csv: line 3: this is not a text file"), message);
    }

    @Test
    void unterminatedQuoteNamesTheLineWhereItOpened() throws Exception {
        String text = "Deal Name,Notes\r\nok,\"fine\"\r\nbad,\"never closed\r\nmore,text\r\n";
        assertEquals("deals.csv: line 3: a quoted field opened here is never closed",
                failureReading("deals.csv", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anOpenQuoteIsPlacedOnItsLineEvenAfterAMultiLineCell() throws Exception {
        String text = "Deal Name,Notes,More\n\"two\nlines\",\"open \"\"quoted\"\"\n";
        assertEquals("deals.csv: line 3: a quoted field opened here is never closed",
                failureReading("deals.csv", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anOpenQuoteInALargeFileIsStillReportedWhereItOpened() throws Exception {
        // Longer than FastCSV's default 16 M characters for one field.
        String text = "Deal Name,Notes\r\nok,fine\r\nbad,\"" + "x".repeat(17_000_000) + "\r\n";
        assertEquals("deals.csv: line 3: a quoted field opened here is never closed",
                failureReading("deals.csv", text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A cell longer than a workbook cell may be (the XLSX reader's cap) is refused naming the line
     * it starts on, quoted or not, even when its quote closes: before, any length was taken, and a
     * quote left open near the top of a big file needed memory for the whole file.
     */
    @Test
    void aCellLongerThanAnyWorkbookCellIsRefusedNamingItsLine() throws Exception {
        String tooLong = "x".repeat(ReadGuard.MAX_CELL_CHARS + 1);
        String quoted = "Deal Name,Notes\r\nok,fine\r\nbad,\"" + tooLong + "\",x\r\nok,\"fine\"\r\n";
        String plain = "Deal Name,Notes\r\nok,fine\r\nbad," + tooLong + ",x\r\nok,\"fine\"\r\n";
        String expected = "deals.csv: line 3: a cell starting here holds more text than any spreadsheet cell can";

        assertTrue(failureReading("deals.csv", quoted.getBytes(StandardCharsets.UTF_8)).startsWith(expected));
        assertTrue(failureReading("deals.csv", plain.getBytes(StandardCharsets.UTF_8)).startsWith(expected));
    }

    @Test
    void aCellAsLongAsAWorkbookCellMayBeIsRead() throws Exception {
        Path file = dir.resolve("long.csv");
        String longest = "x".repeat(ReadGuard.MAX_CELL_CHARS);
        Files.writeString(file, "Deal Name,Notes\r\nok,\"" + longest + "\"\r\n", StandardCharsets.UTF_8);

        assertEquals(longest, ShippedReader.reader().read(file).row(1).get(1));
    }

    @Test
    void textAfterAClosingQuoteNamesTheLineWhereTheFieldOpened() throws Exception {
        String text = "Deal Name,Notes\nok,fine\nbad,\"27\" monitors\",x\n";
        assertEquals("deals.csv: line 3: a quoted field opened here goes on after its closing quote;"
                + " a quote inside quotes must be doubled (\"\")",
                failureReading("deals.csv", text.getBytes(StandardCharsets.UTF_8)));
        String afterMultiLineCell = "Deal Name,Notes,More\r\n\"a\r\nb\",\"c\" ,d\r\n";
        assertTrue(failureReading("multi.csv", afterMultiLineCell.getBytes(StandardCharsets.UTF_8))
                .startsWith("multi.csv: line 3: a quoted field opened here goes on after its closing quote"));
    }

    @Test
    void binaryDataIsNamedAsSuchEvenWhenItsQuotesAreBroken() throws Exception {
        byte[] data = {'"', 'a', '"', 'b', '\n', 'c', 0, '"', '\n'};
        String message = failureReading("blob.csv", data);
        assertTrue(message.startsWith("blob.csv: line 2: this is not a text file"), message);
    }

    @Test
    void truncatedWorkbook() throws Exception {
        byte[] whole = Samples.bytes("deals-libreoffice.xlsx");
        String message = failureReading("half.xlsx", Arrays.copyOf(whole, whole.length / 2));
        assertTrue(message.startsWith("half.xlsx: ") && message.contains("damaged or incomplete"), message);
    }

    @Test
    void zipThatIsNoWorkbook() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.US_ASCII));
        }
        String message = failureReading("archive.xlsx", zip.toByteArray());
        assertTrue(message.contains("damaged or incomplete"), message);
    }

    @Test
    void oldOrEncryptedWorkbook() throws Exception {
        byte[] ole2 = new byte[1024];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0, ole2, 0, 8);
        assertEquals("deals.xlsx: is an old .xls workbook or an encrypted workbook: save it as .xlsx or CSV",
                failureReading("deals.xlsx", ole2));
    }

    @Test
    void folderInsteadOfFile() throws Exception {
        Files.createDirectory(dir.resolve("exports"));
        assertEquals("exports: is a folder, not a file", failureReading("exports", null));
    }
}
