package com.cosellstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row longer than the header (spec section 5): {@code convert} and the CSV report write every
 * cell under added Extra columns; a row past the columns a bulk file may have is refused with one
 * clear line, and nothing is written. Before, such a row lost all its cells past the header with
 * exit status 0.
 */
class LongRowsTest {
    @TempDir
    Path dir;

    /** A header of three columns over one deal of {@code cells} cells, "v1" to "vN". */
    private Path longRow(String name, int cells) throws Exception {
        StringBuilder text = new StringBuilder("Deal Name,Customer Name,Customer City\r\n");
        for (int i = 1; i <= cells; i++) {
            text.append(i == 1 ? "" : ",").append('v').append(i);
        }
        text.append("\r\n");
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> values(String[] record) {
        return Arrays.stream(record).filter(cell -> !cell.isEmpty()).sorted().toList();
    }

    private static List<String> expected(int cells) {
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= cells; i++) {
            all.add("v" + i);
        }
        return all.stream().sorted().toList();
    }

    @Test
    void convertWritesEveryCellOfAThousandCellRow() throws Exception {
        Path output = dir.resolve("upload.csv");

        CliRun run = CliRun.of("convert", longRow("long.csv", 1000).toString(), "--output", output.toString());

        assertEquals(ExitStatus.OK, run.status(), run.err());
        List<String[]> written = CliRun.readCsv(output, StandardCharsets.UTF_8, ',');
        assertEquals(2, written.size());
        assertEquals(expected(1000), values(written.get(1)));
        List<String> header = List.of(written.get(0));
        assertTrue(header.contains("Extra 1") && header.contains("Extra 997"), "the cells past the header have columns");
        assertEquals("v1000", written.get(1)[header.indexOf("Extra 997")]);
    }

    @Test
    void theCsvReportKeepsTheCellsPastTheHeaderAndCallsTheRowRagged() throws Exception {
        Path report = dir.resolve("report.csv");

        CliRun run = CliRun.of("check", longRow("long.csv", 40).toString(), "--report", report.toString());

        assertEquals(ExitStatus.ERRORS_FOUND, run.status(), run.err());
        assertTrue(run.out().contains("RAGGED_ROW"), run.out());
        assertFalse(run.out().contains("UNKNOWN_COLUMN"), "the added columns are not unknown: " + run.out());
        List<String[]> written = CliRun.readCsv(report, StandardCharsets.UTF_8, ',');
        List<String> cells = new ArrayList<>(values(written.get(1)));
        cells.removeIf(cell -> !cell.matches("v[0-9]+"));
        assertEquals(expected(40), cells);
    }

    @Test
    void aRowPastTheColumnsABulkFileMayHaveIsRefusedAndNothingIsWritten() throws Exception {
        Path output = dir.resolve("upload.csv");

        CliRun run = CliRun.of("convert", longRow("wide.csv", 100_000).toString(), "--output", output.toString());

        assertEquals(ExitStatus.FAILURE, run.status());
        assertEquals(List.of("cosell-studio convert: wide.csv: line 2: a value in cell number 100000 of the row; "
                + "a bulk file has at most 1024 columns"), run.errLines());
        assertFalse(Files.exists(output));
    }

    /**
     * {@code check} reports a byte that is not UTF-8 and a formula-like value in cells past the
     * header on those cells, under their Extra columns, as the window does. Before, it stopped with
     * an internal error, and a formula there got only RAGGED_ROW.
     */
    @Test
    void checkReportsTheCellsPastTheHeaderUnderTheirExtraColumns() {
        CliRun run = CliRun.of("check", "src/test/resources/hostile/faults-past-header.csv");

        assertEquals(ExitStatus.ERRORS_FOUND, run.status(), run.err());
        assertTrue(run.out().contains("row 1, Extra 2: error ENCODING"), run.out());
        assertTrue(run.out().contains("row 1, Extra 3: warning FORMULA_LIKE"), run.out());
        assertTrue(run.out().contains("RAGGED_ROW"), run.out());
    }
}
