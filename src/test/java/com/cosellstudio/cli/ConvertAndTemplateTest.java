package com.cosellstudio.cli;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.io.BulkFileReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} and {@code template}: the upload-ready CSV of spec section 7. */
class ConvertAndTemplateTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void semicolonWindows1252BecomesCommaUtf8WithTheSameCells() throws Exception {
        Path output = dir.resolve("upload.csv");
        CliRun run = CliRun.of("convert", CliRun.sample("deals-semicolon-windows1252.csv"), "--output", output.toString());
        assertEquals(ExitStatus.OK, run.status(), run.err());
        assertEquals("", run.err());
        assertUploadReadyBytes(output);

        List<String[]> expected = CliRun.readCsv(CliRun.SAMPLES.resolve("deals-semicolon-windows1252.csv"),
                Charset.forName("windows-1252"), ';');
        List<String[]> written = CliRun.readCsv(output, StandardCharsets.UTF_8, ',');
        assertEquals(31, written.size(), "header and 30 deals");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), written.get(i), "record " + i);
        }
        assertTrue(Files.readString(output, StandardCharsets.UTF_8).contains("José"), "accents survive the re-encoding");
    }

    @Test
    void xlsxBecomesTheSameCellsAsRead() throws Exception {
        Path output = dir.resolve("upload.csv");
        CliRun run = CliRun.of("convert", CliRun.sample("deals-libreoffice.xlsx"), "--output", output.toString());
        assertEquals(ExitStatus.OK, run.status(), run.err());
        assertUploadReadyBytes(output);

        BulkFile workbook = ShippedReader.reader().read(CliRun.SAMPLES.resolve("deals-libreoffice.xlsx"));
        List<String[]> written = CliRun.readCsv(output, StandardCharsets.UTF_8, ',');
        assertArrayEquals(workbook.header().toArray(new String[0]), written.get(0));
        List<Row> deals = new ArrayList<>();
        for (Row row : workbook.rows()) {
            if (!row.isBlank()) {
                deals.add(row);
            }
        }
        assertEquals(deals.size() + 1, written.size());
        for (int i = 0; i < deals.size(); i++) {
            String[] cells = Arrays.copyOf(deals.get(i).toArray(), workbook.columnCount());
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c] == null ? "" : cells[c];
            }
            assertArrayEquals(cells, written.get(i + 1), "deal " + (i + 1));
        }
        // Postal codes stored as text keep their leading zeros (spec section 6).
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(text.contains(",02134,"), "leading zero kept");
    }

    @Test
    void templateIsThe2023TemplateAndTheRevisionOptionGivesThe2021One() throws Exception {
        Path output = dir.resolve("template.csv");
        CliRun run = CliRun.of("template", "--output", output.toString());
        assertEquals(ExitStatus.OK, run.status(), run.err());
        assertEquals("Wrote " + output + " (the 2023 template).", run.out().strip());
        // Byte for byte the sample, but for the one header the 2023 template spells "Customer Postal code".
        String sample = Files.readString(CliRun.SAMPLES.resolve("template-2023.csv"), StandardCharsets.UTF_8);
        assertEquals(sample.replace("Customer Postal Code", "Customer Postal code"),
                Files.readString(output, StandardCharsets.UTF_8));

        Path old = dir.resolve("template-2021.csv");
        CliRun oldRun = CliRun.of("template", "--revision", "2021", "--output", old.toString());
        assertEquals(ExitStatus.OK, oldRun.status(), oldRun.err());
        assertArrayEquals(Files.readAllBytes(CliRun.SAMPLES.resolve("template-2021.csv")), Files.readAllBytes(old));

        CliRun bad = CliRun.of("template", "--revision", "2019", "--output", dir.resolve("x.csv").toString());
        assertEquals(ExitStatus.FAILURE, bad.status());
        assertEquals("cosell-studio template: --revision must be one of 2021, 2023, not \"2019\"", bad.err().strip());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void unreadableInputLeavesNoOutput() throws Exception {
        Path output = dir.resolve("upload.csv");
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        CliRun run = CliRun.of("convert", empty.toString(), "--output", output.toString());
        assertEquals(ExitStatus.FAILURE, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void outputIntoAMissingDirectoryFails() {
        Path output = dir.resolve("missing/upload.csv");
        CliRun run = CliRun.of("template", "--output", output.toString());
        assertEquals(ExitStatus.FAILURE, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertEquals("", run.out());
    }

    /** UTF-8 with BOM, CRLF after the header and at the end, comma-delimited. */
    private static void assertUploadReadyBytes(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        String text = new String(bytes, StandardCharsets.UTF_8);
        String header = text.substring(1, text.indexOf('\n') + 1);
        assertTrue(header.startsWith("Errors,Engagement ID,Referral ID,Deal Name,"), header);
        assertTrue(header.endsWith("\r\n"), "CRLF after the header");
        assertTrue(text.endsWith("\r\n"), "CRLF at the end");
    }

}
