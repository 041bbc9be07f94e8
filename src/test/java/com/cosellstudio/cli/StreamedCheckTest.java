package com.cosellstudio.cli;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.io.UnreadableFileException;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.RuleEngine;
import com.opencsv.CSVWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line's check while reading ({@link StreamedCheck}) gives exactly what the engine's
 * whole-file check gives for the file read whole: same issues in the same order, same counts.
 */
class StreamedCheckTest {
    private static final RuleEngine ENGINE = RuleEngine.shipped();

    @TempDir
    Path dir;

    private static StreamedCheck.Outcome streamed(Path file, boolean keepRows) throws UnreadableFileException {
        return new StreamedCheck(() -> ENGINE, null, keepRows).run(file);
    }

    private static CheckResult whole(Path file) throws UnreadableFileException {
        return ENGINE.check(ShippedReader.reader().read(file));
    }

    private static List<List<String>> cells(List<Row> rows) {
        return rows.stream().map(row -> List.of(row.toArray())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"deals-valid.csv", "deals-with-errors.csv", "deals-semicolon-windows1252.csv",
        "deals-libreoffice.source.csv", "deals-libreoffice.xlsx", "template-2021.csv"})
    void everySampleChecksAsTheWholeFileDoes(String sample) throws Exception {
        Path file = CliRun.SAMPLES.resolve(sample);

        StreamedCheck.Outcome outcome = streamed(file, false);

        assertTrue(outcome.isBulkFile());
        assertEquals(whole(file), outcome.result());
        BulkFile read = ShippedReader.reader().read(file);
        assertEquals(read.source(), outcome.file().source());
        assertEquals(read.header(), outcome.file().header());
        assertEquals(0, outcome.file().rowCount(), "rows are not kept unless asked for");
    }

    /**
     * A byte that is not UTF-8, a workbook error and a formula-like value in cells past the header
     * are issues on those cells under their Extra names, as the window (the file read whole, with
     * its added columns) has them. Before, the streamed check failed with an internal error.
     */
    @ParameterizedTest
    @ValueSource(strings = {"faults-past-header.csv", "error-cell-past-header.xlsx"})
    void cellsPastTheHeaderChecksAsTheWholeFileDoes(String name) throws Exception {
        Path file = Path.of("src/test/resources/hostile", name);

        StreamedCheck.Outcome outcome = streamed(file, false);

        CheckResult whole = whole(file);
        assertEquals(whole, outcome.result());
        assertEquals(whole, streamed(file, true).result());
        List<String> cells = outcome.result().issues().stream()
                .filter(issue -> issue.code() != Code.RAGGED_ROW && issue.row() != null)
                .map(issue -> issue.code() + " " + issue.column()).toList();
        assertTrue(cells.contains(name.endsWith(".csv") ? "ENCODING Extra 2" : "INVALID_FORMAT Extra 3"), cells.toString());
        if (name.endsWith(".csv")) {
            assertTrue(cells.contains("FORMULA_LIKE Extra 3"), cells.toString());
        }
    }

    /**
     * The rows of deals-with-errors.csv many times over (so every Referral ID is repeated, some in
     * other case or with spaces), with blank rows, ragged rows, an unknown column and over 1,000 deals:
     * several batches of the pipeline, every file-level rule at work.
     */
    private Path generatedFile(Charset lastRowCharset) throws Exception {
        return generatedFile(lastRowCharset, false);
    }

    /**
     * @param asciiOnly whether the rows before the last are made plain ASCII: a file whose last row
     *                  is Windows-1252 then holds no UTF-8 at all, and is Windows-1252 as a whole
     */
    private Path generatedFile(Charset lastRowCharset, boolean asciiOnly) throws Exception {
        BulkFile sample = ShippedReader.reader().read(CliRun.SAMPLES.resolve("deals-with-errors.csv"));
        List<String> header = new ArrayList<>(sample.header());
        header.add("Our region");
        int referral = header.indexOf("Referral ID");
        List<String[]> rows = new ArrayList<>();
        for (int copy = 0; copy < 30; copy++) {
            for (Row row : sample.rows()) {
                String[] cells = Arrays.copyOf(row.toArray(), header.size());
                Arrays.fill(cells, row.size(), cells.length, "");
                cells[cells.length - 1] = "EMEA " + copy;
                if (copy % 3 == 1 && !cells[referral].isEmpty()) {
                    cells[referral] = "  " + cells[referral].toUpperCase(Locale.ROOT) + " ";
                }
                rows.add(cells);
            }
            rows.add(new String[] {"", " ", ""});
            rows.add(Arrays.copyOf(rows.get(rows.size() - 2), header.size() + 2));
            rows.get(rows.size() - 1)[header.size() + 1] = "spilled";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer text = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVWriter csv = new CSVWriter(text, ',', '"', '"', "\r\n")) {
            csv.writeNext(header.toArray(new String[0]), false);
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = row[i] == null ? "" : row[i];
                }
                csv.writeNext(row, false);
            }
        }
        if (asciiOnly) {
            String text = bytes.toString(StandardCharsets.UTF_8).replaceAll("[^\\x00-\\x7F]", "?");
            bytes.reset();
            bytes.write(text.getBytes(StandardCharsets.US_ASCII));
        }
        bytes.write("Last deal,Caf\u00e9 M\u00fcller\r\n".getBytes(lastRowCharset));
        Path file = dir.resolve("generated.csv");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    @Test
    void aLargeFileWithErrorsDuplicatesAndBlankRowsChecksAsTheWholeFileDoes() throws Exception {
        Path file = generatedFile(StandardCharsets.UTF_8);

        StreamedCheck.Outcome outcome = streamed(file, false);

        CheckResult expected = whole(file);
        assertEquals(expected, outcome.result());
        List<Code> codes = expected.issues().stream().map(Issue::code).distinct().toList();
        assertTrue(codes.containsAll(List.of(Code.TOO_MANY_ROWS, Code.DUPLICATE_REFERRAL, Code.RAGGED_ROW,
                Code.UNKNOWN_COLUMN, Code.REQUIRED)), "the file exercises the file-level rules: " + codes);
        assertTrue(expected.rows() > 3 * StreamedCheck.BATCH_ROWS, "several batches: " + expected.rows());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void aShortQueueThatLetsTheReaderCheckTooChecksAsTheWholeFileDoes(int queueBatches) throws Exception {
        Path file = generatedFile(StandardCharsets.UTF_8);

        StreamedCheck.Outcome outcome = new StreamedCheck(() -> ENGINE, null, true, queueBatches).run(file);

        assertEquals(whole(file), outcome.result());
        assertEquals(cells(ShippedReader.reader().read(file).rows()), cells(outcome.file().rows()));
    }

    @Test
    void aFileReadAgainAsWindows1252ChecksAsTheWholeFileDoesAndKeepsTheRightRows() throws Exception {
        Path file = generatedFile(Charset.forName("windows-1252"), true);

        StreamedCheck.Outcome outcome = streamed(file, true);

        BulkFile read = ShippedReader.reader().read(file);
        assertEquals("windows-1252", read.source().encoding());
        assertEquals(read.source(), outcome.file().source());
        assertEquals(ENGINE.check(read), outcome.result());
        assertEquals(cells(read.rows()), cells(outcome.file().rows()), "the rows of the first pass are gone");
        assertEquals("Caf\u00e9 M\u00fcller", outcome.file().row(outcome.file().rowCount()).get(1));
    }

    @Test
    void aUtf8FileWithAStrayWindows1252RowChecksAsTheWholeFileDoesAndFlagsItsCell() throws Exception {
        Path file = generatedFile(Charset.forName("windows-1252"), false);

        StreamedCheck.Outcome outcome = streamed(file, true);

        BulkFile read = ShippedReader.reader().read(file);
        assertEquals("UTF-8", read.source().encoding());
        assertEquals(read.source(), outcome.file().source());
        assertEquals(ENGINE.check(read), outcome.result());
        assertEquals(cells(read.rows()), cells(outcome.file().rows()), "the rows of the first pass are gone");
        assertEquals("Caf\u00e9 M\u00fcller", outcome.file().row(outcome.file().rowCount()).get(1));
        List<Issue> encoding = outcome.result().issues().stream().filter(issue -> issue.code() == Code.ENCODING).toList();
        assertEquals(1, encoding.size(), encoding.toString());
        assertEquals(outcome.file().rowCount(), encoding.get(0).row());
    }

    @Test
    void keptRowsAreTheFileAsRead() throws Exception {
        Path file = CliRun.SAMPLES.resolve("deals-with-errors.csv");

        StreamedCheck.Outcome outcome = streamed(file, true);

        BulkFile read = ShippedReader.reader().read(file);
        assertEquals(cells(read.rows()), cells(outcome.file().rows()));
        assertEquals(read.rows().stream().map(Row::sourceLine).toList(),
                outcome.file().rows().stream().map(Row::sourceLine).toList());
    }

    @Test
    void aFileNamingNoTemplateColumnIsNoBulkFile() throws Exception {
        Path file = dir.resolve("passwd");
        StringBuilder text = new StringBuilder("root:x:0:0:root:/root:/bin/bash\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("user").append(i).append(":x:1000:1000::/home/user:/bin/sh\n");
        }
        Files.writeString(file, text);

        StreamedCheck.Outcome outcome = streamed(file, true);

        assertFalse(outcome.isBulkFile());
        assertNull(outcome.result());
    }

    @Test
    void anUnreadableFileFailsAsReadingItWholeDoes() throws Exception {
        Path file = dir.resolve("deals.csv");
        Files.writeString(file, "Deal Name,Notes\r\nok,\"fine\"\r\nbad,\"never closed\r\nmore,text\r\n");

        UnreadableFileException streaming = assertThrows(UnreadableFileException.class, () -> streamed(file, false));
        UnreadableFileException reading = assertThrows(UnreadableFileException.class,
                () -> ShippedReader.reader().read(file));

        assertEquals(reading.getMessage(), streaming.getMessage());
    }
}
