package com.cosellstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file sent through real LibreOffice Calc, CSV → XLSX → CSV (issue 13). The fixtures were made by
 * LibreOffice itself, not simulated; how is written in {@code samples/README.md}:
 * {@code deals-libreoffice-roundtrip.source.csv} is the original, {@code .xlsx} the workbook Calc
 * saved from it, {@code .csv} what Calc wrote back. What Calc did: leading zeros of D-U-N-S numbers
 * and postal codes dropped, 19-digit CRM IDs written {@code 1.23456789012346E+018}, a 16-digit
 * Marketing Campaign ID rounded to {@code 7012345678901230}, every close date written {@code MM/DD/YY},
 * trailing zeros of deal values dropped, a CRM ID {@code 0012345} written {@code 12345}.
 */
class LibreOfficeRoundTripTest {
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final String SOURCE = "deals-libreoffice-roundtrip.source.csv";
    private static final String ROUND_TRIPPED = "deals-libreoffice-roundtrip.csv";
    private static final String WORKBOOK = "deals-libreoffice-roundtrip.xlsx";
    /** Row (1-based deal) and column of the values whose digits LibreOffice rounded away. */
    private static final Set<String> LOST = Set.of("2 CRM ID", "4 CRM ID", "9 Marketing Campaign ID");
    /** A free-text ID of digits that lost its zeros cannot be told from one that had none. */
    private static final String UNTOLD = "3 CRM ID";

    @TempDir
    Path dir;

    @BeforeAll
    static void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private static List<String[]> csv(Path file) throws IOException {
        return CliRun.readCsv(file, StandardCharsets.UTF_8, ',');
    }

    private static List<String[]> source() throws IOException {
        return csv(CliRun.SAMPLES.resolve(SOURCE));
    }

    @Test
    void theFixturesShowTheDamageLibreOfficeDid() throws IOException {
        List<String[]> source = source();
        List<String[]> damaged = csv(CliRun.SAMPLES.resolve(ROUND_TRIPPED));
        List<String> header = Arrays.asList(source.get(0));
        assertEquals("81466849", damaged.get(1)[header.indexOf("Customer D-U-N-S ID")]);
        assertEquals("2134", damaged.get(8)[header.indexOf("Customer Postal Code")]);
        assertEquals("1.23456789012346E+018", damaged.get(2)[header.indexOf("CRM ID")]);
        assertEquals("7012345678901230", damaged.get(9)[header.indexOf("Marketing Campaign ID")]);
        assertEquals("04/28/27", damaged.get(3)[header.indexOf("Estimated Close Date")]);
        assertEquals(source.size(), damaged.size());
    }

    @Test
    void fixRepairsEveryValueWhoseOriginalCanBeKnownAndNamesTheExportForTheRest() throws IOException {
        Path output = dir.resolve("fixed.csv");
        CliRun run = CliRun.of("fix", CliRun.sample(ROUND_TRIPPED), "--output", output.toString());
        assertEquals(ExitStatus.OK, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("row 1, Estimated Close Date: 03/16/27 \u2192 3/16/2027"), run.out());
        assertTrue(run.out().contains("row 1, Customer D-U-N-S ID: 81466849 \u2192 081466849"), run.out());
        assertTrue(run.out().contains("row 8, Customer Postal Code: 2134 \u2192 02134"), run.out());
        for (String lost : List.of("row 2: CRM ID: \"1.23456789012346E+018\"", "row 4: CRM ID: \"9.87654321098766E+018\"",
                "row 9: Marketing Campaign ID: \"7012345678901230\"")) {
            int at = run.out().indexOf(lost);
            assertTrue(at >= 0, lost + " in " + run.out());
            String line = run.out().substring(at, run.out().indexOf('\n', at));
            assertTrue(line.contains("cannot be known") && line.contains("export"), line);
        }
        assertTrue(run.out().contains("errors left: 0; warnings left: 3"), run.out());

        List<String[]> source = source();
        List<String[]> fixed = csv(output);
        int same = 0;
        for (int row = 1; row < source.size(); row++) {
            for (int column = 0; column < source.get(0).length; column++) {
                String name = source.get(0)[column];
                String key = row + " " + name;
                String was = source.get(row)[column];
                String now = fixed.get(row)[column];
                if (LOST.contains(key)) {
                    assertFalse(now.equals(was), key + " is not invented: " + now);
                } else if (key.equals(UNTOLD)) {
                    assertEquals("12345", now, key);
                } else if (name.equals("Estimated Close Date")) {
                    assertEquals(date(was), date(now), key);
                } else if (name.equals("Estimated Deal Value")) {
                    assertEquals(0, new BigDecimal(was).compareTo(new BigDecimal(now)), key);
                } else {
                    assertEquals(was, now, key);
                    same++;
                }
            }
        }
        assertTrue(same > 800, "every other cell compared: " + same);
    }

    @Test
    void withTheSourceAsBaselineTheLostDigitsComeBack() throws IOException {
        Path output = dir.resolve("fixed.csv");
        CliRun run = CliRun.of("fix", CliRun.sample(ROUND_TRIPPED), "--output", output.toString(),
                "--baseline", CliRun.sample(SOURCE));
        assertEquals(ExitStatus.OK, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("row 2, CRM ID: 1.23456789012346E+018 \u2192 1234567890123456789"), run.out());
        assertTrue(run.out().contains("row 9, Marketing Campaign ID: 7012345678901230 \u2192 7012345678901234"),
                run.out());
        assertFalse(run.out().contains("cannot be known"), run.out());
        assertTrue(run.out().contains("errors left: 0; warnings left: 0"), run.out());

        List<String[]> source = source();
        List<String[]> fixed = csv(output);
        List<String> header = Arrays.asList(source.get(0));
        for (String column : List.of("CRM ID", "Marketing Campaign ID", "Customer D-U-N-S ID", "Customer Postal Code")) {
            int at = header.indexOf(column);
            for (int row = 1; row < source.size(); row++) {
                String key = row + " " + column;
                assertEquals(key.equals(UNTOLD) ? "12345" : source.get(row)[at], fixed.get(row)[at], key);
            }
        }
    }

    @Test
    void theWorkbookLibreOfficeSavedIsCheckedForTheSameDamage() throws IOException {
        CliRun run = CliRun.of("check", CliRun.sample(WORKBOOK));
        assertEquals(ExitStatus.OK, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("Warnings:  11"), run.out());
        // Calc keeps a 19-digit ID as a number cell of 15 digits: read, it ends in zeros that were never typed.
        assertTrue(run.out().contains("row 2, CRM ID: warning EXCEL_DAMAGE \u2014 CRM ID: \"1234567890123460000\" has 19 digits"),
                run.out());
        assertTrue(run.out().contains("row 9, Marketing Campaign ID: warning EXCEL_DAMAGE"), run.out());
        assertTrue(run.out().contains("row 1, Customer D-U-N-S ID: warning EXCEL_DAMAGE"), run.out());
        assertTrue(run.out().contains("row 8, Customer Postal Code: warning EXCEL_DAMAGE"), run.out());
        assertFalse(run.out().contains("Estimated Close Date"), "date cells read as M/D/YYYY: " + run.out());

        Path output = dir.resolve("fixed.csv");
        CliRun fix = CliRun.of("fix", CliRun.sample(WORKBOOK), "--output", output.toString(), "--baseline",
                CliRun.sample(SOURCE));
        assertEquals(ExitStatus.OK, fix.status(), fix.out() + fix.err());
        assertTrue(fix.out().contains("row 2, CRM ID: 1234567890123460000 \u2192 1234567890123456789"), fix.out());
        assertTrue(fix.out().contains("Cells fixed: 11; errors left: 0; warnings left: 0"), fix.out());
        List<String[]> source = source();
        List<String[]> fixed = csv(output);
        int date = Arrays.asList(source.get(0)).indexOf("Estimated Close Date");
        for (int row = 1; row < source.size(); row++) {
            assertEquals(date(source.get(row)[date]), date(fixed.get(row)[date]), "row " + row);
        }
    }

    /** An M/D/YYYY date with or without leading zeros, as year, month, day. */
    private static String date(String text) {
        Matcher date = US_DATE.matcher(text);
        assertTrue(date.matches(), text);
        return Integer.parseInt(date.group(3)) + "-" + Integer.parseInt(date.group(1)) + "-" + Integer.parseInt(date.group(2));
    }
}
