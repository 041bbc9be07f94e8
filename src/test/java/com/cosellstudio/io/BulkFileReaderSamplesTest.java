package com.cosellstudio.io;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.SourceFormat;
import com.cosellstudio.domain.SourceInfo;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every sample file reads to the values it holds, and what was detected about it is right. */
class BulkFileReaderSamplesTest {
    @TempDir
    Path dir;

    private final BulkFileReader reader = ShippedReader.reader();

    @Test
    void validDealsUtf8WithBomAndCrlf() throws Exception {
        BulkFile file = reader.read(Samples.copy("deals-valid.csv", dir));

        assertEquals(new SourceInfo(SourceFormat.CSV, "UTF-8", true, ',', "\r\n"), file.source());
        assertEquals("Errors", file.header().get(0), "the BOM is not part of the first header");
        assertEquals(36, file.columnCount());
        assertEquals(40, file.rowCount());
        assertEquals(oracle("deals-valid.csv", StandardCharsets.UTF_8, ','), Samples.cells(file));
        int notes = file.header().indexOf("Notes");
        assertTrue(file.rows().stream().anyMatch(r -> r.get(notes).contains("\n")), "a Notes cell keeps its line breaks");
        int customer = file.header().indexOf("Customer Name");
        assertTrue(file.rows().stream().anyMatch(r -> r.get(customer).matches(".*\\p{IsCyrillic}.*")), "Cyrillic text");
        assertTrue(file.rows().stream().anyMatch(r -> r.get(customer).contains("株式会社")), "Japanese text");
        assertTrue(file.rows().stream().anyMatch(r -> r.get(customer).contains("\"")), "quotes inside a cell");
    }

    @Test
    void sourceLineCountsLineBreaksInsideQuotedCells() throws Exception {
        BulkFile file = reader.read(Samples.copy("deals-valid.csv", dir));
        int notes = file.header().indexOf("Notes");
        assertEquals(2, file.row(1).sourceLine());
        for (int i = 1; i < file.rowCount(); i++) {
            var previous = file.rows().get(i - 1);
            int breaks = (int) previous.get(notes).chars().filter(c -> c == '\n').count();
            assertEquals(previous.sourceLine() + 1 + breaks, file.rows().get(i).sourceLine(), "row " + (i + 1));
        }
    }

    @Test
    void dealsWithErrorsUtf8WithoutBomAndLf() throws Exception {
        BulkFile file = reader.read(Samples.copy("deals-with-errors.csv", dir));

        assertEquals(new SourceInfo(SourceFormat.CSV, "UTF-8", false, ',', "\n"), file.source());
        assertEquals(60, file.rowCount());
        assertEquals(oracle("deals-with-errors.csv", StandardCharsets.UTF_8, ','), Samples.cells(file));
    }

    @Test
    void europeanExcelCsvIsSemicolonSeparatedWindows1252() throws Exception {
        BulkFile file = reader.read(Samples.copy("deals-semicolon-windows1252.csv", dir));

        assertEquals(new SourceInfo(SourceFormat.CSV, "windows-1252", false, ';', "\r\n"), file.source());
        assertEquals(30, file.rowCount());
        assertEquals(oracle("deals-semicolon-windows1252.csv", Charset.forName("windows-1252"), ';'), Samples.cells(file));
        int firstName = file.header().indexOf("Customer Contact First Name");
        assertEquals("José", file.row(1).get(firstName));
        assertEquals("Adventure Works \"Cycles\"", file.row(1).get(file.header().indexOf("Customer Name")));
    }

    @Test
    void templateIsHeaderOnly() throws Exception {
        BulkFile file = reader.read(Samples.copy("template-2021.csv", dir));

        assertEquals(0, file.rowCount());
        assertEquals(34, file.columnCount());
        assertEquals("Team member 1", file.header().get(33));
        assertEquals(new SourceInfo(SourceFormat.CSV, "UTF-8", true, ',', "\r\n"), file.source());
    }

    @Test
    void libreOfficeWorkbookHoldsTheSameValuesAsTheCsvItWasMadeFrom() throws Exception {
        BulkFile xlsx = reader.read(Samples.copy("deals-libreoffice.xlsx", dir));
        BulkFile csv = reader.read(Samples.copy("deals-libreoffice.source.csv", dir));

        assertEquals(SourceInfo.workbook("deals-libreoffice"), xlsx.source());
        assertEquals(csv.header(), xlsx.header());
        assertEquals(csv.rowCount(), xlsx.rowCount());
        int dealValue = csv.header().indexOf("Estimated Deal Value");
        int closeDate = csv.header().indexOf("Estimated Close Date");
        for (int r = 1; r <= csv.rowCount(); r++) {
            assertEquals(r + 1, xlsx.row(r).sourceLine(), "sheet row of record " + r);
            for (int c = 0; c < csv.columnCount(); c++) {
                String expected = csv.row(r).get(c);
                if (c == dealValue && !expected.isEmpty()) {
                    // A number cell: its value without display zeros (84190.40 is 84190.4).
                    expected = new BigDecimal(expected).stripTrailingZeros().toPlainString();
                } else if (c == closeDate && !expected.isEmpty()) {
                    // A date cell: M/D/YYYY without leading zeros (03/16/2027 is 3/16/2027).
                    String[] mdy = expected.split("/");
                    expected = Integer.parseInt(mdy[0]) + "/" + Integer.parseInt(mdy[1]) + "/" + mdy[2];
                }
                assertEquals(expected, xlsx.row(r).get(c), "row " + r + ", " + csv.header().get(c));
            }
        }
        int postalCode = csv.header().indexOf("Customer Postal Code");
        assertTrue(xlsx.rows().stream().anyMatch(row -> row.get(postalCode).equals("02134")), "leading zeros kept");
    }

    @Test
    void progressRisesToOne() throws Exception {
        List<Double> seen = new ArrayList<>();
        reader.read(Samples.copy("deals-valid.csv", dir), seen::add);
        assertEquals(1.0, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1));
        }
    }

    @Test
    void aWorkbookNamedCsvIsStillReadAsAWorkbook() throws Exception {
        Path disguised = dir.resolve("deals.csv");
        java.nio.file.Files.write(disguised, Samples.bytes("deals-libreoffice.xlsx"));
        BulkFile file = reader.read(disguised);
        assertEquals(SourceFormat.XLSX, file.source().format());
        assertNull(file.source().delimiter());
        assertEquals(30, file.rowCount());
    }

    /** The file as OpenCSV's own reader sees it: the reference our reader must agree with. */
    static List<List<String>> oracle(String sample, Charset charset, char separator) throws Exception {
        String text = new String(Samples.bytes(sample), charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String[] row : OpenCsvOracle.recordsAfterHeader(text, separator)) {
            rows.add(Samples.trimmed(row));
        }
        return rows;
    }
}
