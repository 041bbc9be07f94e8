package com.cosellstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fix FILE --output OUT.csv [--dry-run] [--baseline EXPORT]} (issue 13). */
class FixVerbTest {
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    @TempDir
    Path dir;

    @BeforeAll
    static void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private static List<String[]> source() throws IOException {
        return CliRun.readCsv(CliRun.SAMPLES.resolve("deals-libreoffice.source.csv"), StandardCharsets.UTF_8, ',');
    }

    private static void write(Path file, List<String[]> records) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVWriter csv = new CSVWriter(out, ',', '"', '"', "\r\n")) {
            csv.writeAll(records, false);
        }
    }

    private static int column(List<String[]> records, String name) {
        return Arrays.asList(records.get(0)).indexOf(name);
    }

    @Test
    void fiveHundredIsoDatesAreAllFixedAndTheOutputChecksClean() throws IOException {
        List<String[]> valid = CliRun.readCsv(CliRun.SAMPLES.resolve("deals-valid.csv"), StandardCharsets.UTF_8, ',');
        int date = column(valid, "Estimated Close Date");
        int referral = column(valid, "Referral ID");
        // The sample's new deals, repeated: a Referral ID may be in one upload only once.
        List<String[]> newDeals = valid.subList(1, valid.size()).stream().filter(row -> row[referral].isEmpty()).toList();
        List<String[]> records = new ArrayList<>();
        records.add(valid.get(0));
        for (int i = 0; i < 500; i++) {
            String[] row = newDeals.get(i % newDeals.size()).clone();
            row[date] = String.format(Locale.ROOT, "2029-%02d-%02d", 1 + i % 12, 1 + i % 28);
            records.add(row);
        }
        Path input = dir.resolve("iso.csv");
        write(input, records);
        Path output = dir.resolve("fixed.csv");

        CliRun fix = CliRun.of("fix", input.toString(), "--output", output.toString());
        assertEquals(ExitStatus.OK, fix.status(), fix.out() + fix.err());
        assertTrue(fix.out().contains("row 1, Estimated Close Date: 2029-01-01 \u2192 1/1/2029"), fix.out());
        assertTrue(fix.out().contains("row 500, Estimated Close Date: 2029-08-24 \u2192 8/24/2029"), fix.out());
        assertTrue(fix.out().contains("Cells fixed: 500; errors left: 0"), fix.out());

        List<String[]> written = CliRun.readCsv(output, StandardCharsets.UTF_8, ',');
        assertEquals(501, written.size());
        for (int i = 1; i < written.size(); i++) {
            assertTrue(US_DATE.matcher(written.get(i)[date]).matches(), written.get(i)[date]);
        }
        CliRun check = CliRun.of("check", output.toString());
        assertEquals(ExitStatus.OK, check.status(), check.out());
    }

    @Test
    void aDryRunPrintsTheChangesAndWritesNothing() throws IOException {
        List<String[]> records = source();
        records.get(1)[column(records, "Estimated Close Date")] = "2027-01-30";
        records.get(2)[column(records, "Deal Name")] = "\tTabbed deal ";
        Path input = dir.resolve("in.csv");
        write(input, records);
        Path output = dir.resolve("out.csv");

        CliRun run = CliRun.of("fix", input.toString(), "--output", output.toString(), "--dry-run");
        assertEquals(ExitStatus.OK, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("row 1, Estimated Close Date: 2027-01-30 \u2192 1/30/2027"), run.out());
        assertTrue(run.out().contains("row 2, Deal Name: \"\\tTabbed deal \" \u2192 Tabbed deal"), run.out());
        assertTrue(run.out().contains("Nothing written (--dry-run)"), run.out());
        assertFalse(Files.exists(output));
    }

    @Test
    void errorsNoFixCanMendAreListedAndExitOne() throws IOException {
        List<String[]> records = source();
        records.get(1)[column(records, "Estimated Close Date")] = "03-04-2027";
        records.get(2)[column(records, "Microsoft help required?")] = "y";
        records.get(3)[column(records, "Partner Referral Status")] = "open";
        Path input = dir.resolve("in.csv");
        write(input, records);
        Path output = dir.resolve("out.csv");

        CliRun run = CliRun.of("fix", input.toString(), "--output", output.toString());
        assertEquals(ExitStatus.ERRORS_FOUND, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("row 2, Microsoft help required?: y \u2192 Yes"), run.out());
        assertTrue(run.out().contains("row 1: Estimated Close Date: \"03-04-2027\" is not a date"), run.out());
        // A synonym of a status is a guess for a person to confirm: offered, not applied.
        assertTrue(run.out().contains("row 3: Partner Referral Status: \"open\""), run.out());
        List<String[]> written = CliRun.readCsv(output, StandardCharsets.UTF_8, ',');
        assertEquals("03-04-2027", written.get(1)[column(records, "Estimated Close Date")]);
        assertEquals("open", written.get(3)[column(records, "Partner Referral Status")]);
    }

    @Test
    void theOutputMayNotBeTheInputAndUsageErrorsExitTwo() throws IOException {
        Path input = dir.resolve("in.csv");
        write(input, source());
        CliRun same = CliRun.of("fix", input.toString(), "--output", input.toString());
        assertEquals(ExitStatus.FAILURE, same.status());
        assertTrue(same.err().contains("is the same file as"), same.err());
        assertEquals(ExitStatus.FAILURE, CliRun.of("fix", input.toString()).status());
        assertEquals(ExitStatus.FAILURE, CliRun.of("fix", dir.resolve("missing.csv").toString(), "--output",
                dir.resolve("o.csv").toString()).status());
        assertTrue(CliRun.of("--help").out().contains("fix FILE --output OUT.csv [--dry-run]"));
    }
}
