package com.cosellstudio.io;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.OutputColumn;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceFormat;
import com.cosellstudio.domain.SourceInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The upload-ready CSV of spec section 7, and the CSV report with the Errors column filled. */
class UploadCsvWriterTest {
    @TempDir
    Path dir;

    private final UploadCsvWriter writer = new UploadCsvWriter();

    private static List<OutputColumn> asIs(BulkFile file) {
        List<OutputColumn> columns = new ArrayList<>();
        for (int i = 0; i < file.columnCount(); i++) {
            columns.add(new OutputColumn(file.header().get(i), i));
        }
        return columns;
    }

    private static BulkFile document(List<String> header, String[]... rows) {
        List<Row> list = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            list.add(new Row(rows[i], i + 2));
        }
        return new BulkFile(null, SourceInfo.uploadReady(), header, list);
    }

    private String text(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deals-valid.csv", "deals-with-errors.csv", "deals-semicolon-windows1252.csv",
            "deals-libreoffice.xlsx", "template-2021.csv"})
    void writingThenReadingGivesTheSameCellsBack(String sample) throws Exception {
        BulkFile original = ShippedReader.reader().read(Samples.copy(sample, dir));
        Path out = dir.resolve("upload.csv");

        writer.write(original, asIs(original), out);
        BulkFile again = ShippedReader.reader().read(out);

        assertEquals(new SourceInfo(SourceFormat.CSV, "UTF-8", true, ',', "\r\n"), again.source());
        assertEquals(original.header(), again.header());
        assertEquals(Samples.nonBlankCells(original), Samples.cells(again));
    }

    @Test
    void utf8WithBomCrlfAndQuotesOnlyWhereNeeded() throws Exception {
        BulkFile file = document(List.of("Deal Name", "Notes", "Customer Name", "Value"),
                new String[] {"Plain", "one, two", "Say \"hi\"", "12563.50"},
                new String[] {"Москва 東京", "line one\r\nline two", "", "7"});
        Path out = dir.resolve("upload.csv");

        writer.write(file, asIs(file), out);

        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("Deal Name,Notes,Customer Name,Value\r\n"
                + "Plain,\"one, two\",\"Say \"\"hi\"\"\",12563.50\r\n"
                + "Москва 東京,\"line one\r\nline two\",,7\r\n", text(out));
    }

    @Test
    void columnsComeFromTheLayoutAndBlankRowsAreLeftOut() throws Exception {
        BulkFile file = document(List.of("Deal Name", "Mystery", "Errors"),
                new String[] {"A", "kept", "old error"},
                new String[] {"", "  ", ""},
                new String[] {"B"});
        List<OutputColumn> layout = List.of(new OutputColumn("Errors", -1), new OutputColumn("Deal Name", 0),
                new OutputColumn("Currency", -1), new OutputColumn("Mystery", 1));
        Path out = dir.resolve("upload.csv");

        writer.write(file, layout, out);

        assertEquals("Errors,Deal Name,Currency,Mystery\r\n,A,,kept\r\n,B,,\r\n", text(out));
    }

    @Test
    void chosenRowsInAChosenOrder() throws Exception {
        BulkFile file = document(List.of("Deal Name"), new String[] {"one"}, new String[] {"two"}, new String[] {"three"});
        Path out = dir.resolve("part.csv");

        writer.write(file, asIs(file), List.of(file.row(3), file.row(1)), out);

        assertEquals("Deal Name\r\nthree\r\none\r\n", text(out));
    }

    @Test
    void reportFillsTheErrorsColumnByRowNumber() throws Exception {
        BulkFile file = document(List.of("Errors", "Deal Name"),
                new String[] {"", "one"}, new String[] {"", ""}, new String[] {"stale", "three"});
        Path out = dir.resolve("report.csv");
        List<OutputColumn> columns = List.of(new OutputColumn("Errors", -1, true), new OutputColumn("Deal Name", 1));

        writer.writeWithErrors(file, columns, row -> row == 3 ? "Deal Name is required; Currency is required" : null, out);

        assertEquals("Errors,Deal Name\r\n,one\r\nDeal Name is required; Currency is required,three\r\n", text(out));
    }

    @Test
    void reportOfChosenRowsKeepsTheirOwnNumbers() throws Exception {
        BulkFile file = document(List.of("Deal Name"), new String[] {"one"}, new String[] {"two"}, new String[] {"three"});
        Path out = dir.resolve("report.csv");
        List<OutputColumn> columns = List.of(new OutputColumn("Errors", -1, true), new OutputColumn("Deal Name", 0));

        writer.writeWithErrors(file, columns, List.of(file.row(3), file.row(2)), row -> "row " + row, out);

        assertEquals("Errors,Deal Name\r\nrow 3,three\r\nrow 2,two\r\n", text(out));
    }

    @Test
    void aReportWithoutTheErrorsColumnIsRefusedBeforeAnythingIsWritten() {
        BulkFile file = document(List.of("Deal Name"), new String[] {"one"});
        Path out = dir.resolve("report.csv");

        assertThrows(IllegalArgumentException.class, () -> writer.writeWithErrors(file, asIs(file), row -> "x", out));
        assertFalse(Files.exists(out));
    }

    @Test
    void aFailedSaveLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path out = dir.resolve("upload.csv");
        Files.writeString(out, "previous content");
        BulkFile file = document(List.of("Deal Name"), new String[] {"new"});
        // Rows that fail while being written: the save must not leave half a file.
        List<Row> exploding = new ArrayList<>(file.rows()) {
            @Override
            public Row get(int index) {
                throw new IllegalStateException("the document changed under the writer");
            }
        };

        assertThrows(IllegalStateException.class, () -> writer.write(file, asIs(file), exploding, out));

        assertEquals("previous content", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "the temporary file is gone");
        }
    }
}
