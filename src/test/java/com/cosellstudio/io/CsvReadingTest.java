package com.cosellstudio.io;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.opencsv.CSVReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How CSV text becomes cells: quoting, line breaks, blank and ragged records, encodings. */
class CsvReadingTest {
    @TempDir
    Path dir;

    private BulkFile read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private BulkFile read(byte[] bytes) throws Exception {
        Path file = Files.createTempFile(dir, "deals", ".csv");
        Files.write(file, bytes);
        return ShippedReader.reader().read(file);
    }

    private static List<String> cells(Row row) {
        return List.of(row.toArray());
    }

    @Test
    void quotedFieldsHoldDelimitersDoubledQuotesAndLineBreaks() throws Exception {
        BulkFile file = read("A,B,C\r\n\"x, y\",\"say \"\"hi\"\"\",\"one\r\ntwo\nthree\"\r\nplain,,\"\"\r\n");

        assertEquals(List.of("x, y", "say \"hi\"", "one\r\ntwo\nthree"), cells(file.row(1)));
        assertEquals(List.of("plain", "", ""), cells(file.row(2)));
        assertEquals(5, file.row(2).sourceLine(), "the quoted line breaks count as lines");
    }

    @Test
    void crOnlyLineEnds() throws Exception {
        BulkFile file = read("A,B\r1,2\r3,\"4\r5\"\r");

        assertEquals("\r", file.source().lineEnding());
        assertEquals(List.of("1", "2"), cells(file.row(1)));
        assertEquals(List.of("3", "4\r5"), cells(file.row(2)));
        assertEquals(2, file.rowCount());
    }

    /** FastCSV 4.1.0 lost such a cell and merged the next line into its record. */
    @Test
    void aLoneCarriageReturnInsideAQuotedLastCellIsKept() throws Exception {
        BulkFile file = read("A,B\n1,\"x\ry\"\n2,\"z\r\"\n3,w\n");

        assertEquals(List.of("1", "x\ry"), cells(file.row(1)));
        assertEquals(List.of("2", "z\r"), cells(file.row(2)));
        assertEquals(List.of("3", "w"), cells(file.row(3)));
        assertEquals(6, file.row(3).sourceLine(), "a lone CR is a line break too");
    }

    @Test
    void blankRecordsKeepTheirPlaceSoRowNumbersMatchTheFile() throws Exception {
        BulkFile file = read("A,B\n1,2\n\n,\n3,4\n");

        assertEquals(4, file.rowCount(), "the final line break does not start a record");
        assertTrue(file.row(2).isBlank());
        assertTrue(file.row(3).isBlank());
        assertEquals(List.of("3", "4"), cells(file.row(4)));
        assertEquals(5, file.row(4).sourceLine());
    }

    /**
     * The sample's deals are named after the physical line each starts on; between them are Notes
     * of several lines (LF, CR LF and lone CR inside quotes, a cell that is only a line break, two
     * multi-line cells in one record), a blank record, and a late Windows-1252 byte that makes the
     * file be read a second time.
     */
    @Test
    void everyRecordAfterMultiLineNotesKnowsTheLineItStartsOn() throws Exception {
        BulkFile file = ShippedReader.reader().read(Samples.copy("deals-multiline-notes.csv", dir));
        int nameColumn = file.header().indexOf("Deal Name");
        assertEquals("windows-1252", file.source().encoding());

        int named = 0;
        for (int i = 0; i < file.rowCount(); i++) {
            Row row = file.rows().get(i);
            if (row.isBlank()) {
                // An empty line: the line right above the next record's first.
                assertEquals(file.rows().get(i + 1).sourceLine() - 1, row.sourceLine(), "the blank record's line");
                continue;
            }
            String name = row.get(nameColumn);
            assertTrue(name.startsWith("Deal starting on line "), name);
            assertEquals(Integer.parseInt(name.substring("Deal starting on line ".length())), row.sourceLine(),
                    "row " + (i + 1));
            named++;
        }
        assertEquals(file.rowCount() - 1, named, "every record but the blank one is a named deal");
    }

    @Test
    void lastRecordWithoutLineBreakAndRaggedRecords() throws Exception {
        BulkFile file = read("A,B,C\n1,2,3,4\n5\n6,7,");

        assertEquals(List.of("1", "2", "3", "4"), cells(file.row(1)), "more cells than the header are kept");
        assertEquals(List.of("5"), cells(file.row(2)));
        assertEquals("", file.row(2).get(2), "missing trailing cells read as empty");
        assertEquals(List.of("6", "7", ""), cells(file.row(3)));
    }

    @Test
    void cellsAreKeptExactlyAsWrittenIncludingSpaces() throws Exception {
        String text = "A,B\n  padded  , \"quoted\" \n";
        BulkFile file = read(text);
        assertEquals("  padded  ", file.row(1).get(0));
        // Quotes after a space are not RFC 4180 quoting: the value is whatever OpenCSV makes of it.
        assertEquals(oracle(text, ',').get(0), cells(file.row(1)));
    }

    /**
     * RFC 4180 only opens a quoted field at the start of a field; a quote anywhere else in an
     * unquoted field is an ordinary character and the cell is read exactly as typed. (The
     * upload-ready file then quotes it properly.)
     */
    @Test
    void aQuoteInsideAnUnquotedFieldIsKeptAsTyped() throws Exception {
        String text = "Deal Name,Notes,Size\n27\" monitors,x\"\"y,a \"b\"\nplain,\"regular\",again\n";
        BulkFile file = read(text);
        assertEquals(List.of("27\" monitors", "x\"\"y", "a \"b\""), cells(file.row(1)));
        assertEquals(List.of("plain", "regular", "again"), cells(file.row(2)));
    }

    @Test
    void aQuotedLastFieldThatClosesAtTheEndOfTheFileIsFine() throws Exception {
        assertEquals(List.of("1", "x"), cells(read("A,B\n1,\"x\"").row(1)));
        assertEquals(List.of("1", "abc\""), cells(read("A,B\r\n1,\"abc\"\"\"\r\n").row(1)));
        assertEquals(List.of("1", "two\nlines"), cells(read("A,B\n1,\"two\nlines\"\n").row(1)));
    }

    @Test
    void headerOnlyFileHasNoRows() throws Exception {
        BulkFile file = read("Errors,Deal Name\r\n");
        assertEquals(List.of("Errors", "Deal Name"), file.header());
        assertEquals(0, file.rowCount());
        BulkFile noLineBreak = read("Errors;Deal Name");
        assertEquals(List.of("Errors", "Deal Name"), noLineBreak.header());
        assertEquals(0, noLineBreak.rowCount());
        assertEquals(';', noLineBreak.source().delimiter());
    }

    @Test
    void delimiterIsTheOneTheHeaderUsesOutsideQuotes() throws Exception {
        BulkFile file = read("\"a;b;c\",D,E\n1,2,3\n");
        assertEquals(',', file.source().delimiter());
        assertEquals(List.of("a;b;c", "D", "E"), file.header());
    }

    @Test
    void windows1252IsRecognisedEvenWhenTheOnlyAccentIsFarDown() throws Exception {
        StringBuilder text = new StringBuilder("A,B\r\n");
        for (int i = 0; i < 5000; i++) {
            text.append("row").append(i).append(",plain\r\n");
        }
        text.append("Société,Zoë €5\r\n");
        BulkFile file = read(text.toString().getBytes(Charset.forName("windows-1252")));

        assertEquals("windows-1252", file.source().encoding());
        assertEquals(List.of("Société", "Zoë €5"), cells(file.row(5001)));
    }

    @Test
    void aGenuineReplacementCharacterStaysUtf8() throws Exception {
        BulkFile file = read("A\n\uFFFD ok\n");
        assertEquals("UTF-8", file.source().encoding());
        assertEquals("\uFFFD ok", file.row(1).get(0));
    }

    /**
     * Random records full of delimiters, quotes and line breaks, written by OpenCSV, read back by
     * both our reader and OpenCSV's: every cell must agree.
     */
    @Test
    void agreesWithOpenCsvOnRandomFiles() throws Exception {
        Random random = new Random(20261125);
        String alphabet = "ab ,;\"\n\t|é€日x";
        for (int round = 0; round < 200; round++) {
            char delimiter = ",;\t|".charAt(random.nextInt(4));
            StringBuilder text = new StringBuilder("H1" + delimiter + "H2" + delimiter + "H3\n");
            int records = 1 + random.nextInt(8);
            for (int r = 0; r < records; r++) {
                int fields = 1 + random.nextInt(5);
                for (int f = 0; f < fields; f++) {
                    if (f > 0) {
                        text.append(delimiter);
                    }
                    StringBuilder value = new StringBuilder();
                    for (int k = random.nextInt(6); k > 0; k--) {
                        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    String v = value.toString();
                    boolean needsQuotes = v.indexOf(delimiter) >= 0 || v.contains("\"") || v.contains("\n");
                    text.append(needsQuotes || random.nextInt(4) == 0 ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
                }
                text.append('\n');
            }
            String csv = text.toString();
            BulkFile file = read(csv);
            assertEquals(delimiter, file.source().delimiter(), csv);
            List<List<String>> ours = new ArrayList<>();
            for (Row row : file.rows()) {
                ours.add(cells(row));
            }
            assertEquals(oracle(csv, delimiter), ours, csv);
        }
    }

    @Test
    void progressIsReportedWhileALargeFileIsRead() throws Exception {
        StringBuilder text = new StringBuilder("A,B\r\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("row").append(i).append(",\"a, b\"\r\n");
        }
        Path file = Files.createTempFile(dir, "large", ".csv");
        Files.writeString(file, text);
        List<Double> seen = new ArrayList<>();

        BulkFile read = ShippedReader.reader().read(file, seen::add);

        assertEquals(10_000, read.rowCount());
        assertTrue(seen.stream().anyMatch(p -> p > 0 && p < 1), "some progress before the end: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "never goes back: " + seen);
        }
        assertEquals(1.0, seen.get(seen.size() - 1));
    }

    /** Records after the header as OpenCSV's CSVReader reads them. */
    private static List<List<String>> oracle(String text, char separator) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (String[] row : OpenCsvOracle.recordsAfterHeader(text, separator)) {
            rows.add(List.of(row));
        }
        return rows;
    }
}
