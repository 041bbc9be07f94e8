package com.cosellstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --report}: the JSON, CSV-with-Errors and HTML files a user keeps or forwards. */
class CheckReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void jsonReportIsTheObjectPrintedOnStdout() throws IOException {
        Path report = dir.resolve("check.json");
        CliRun run = CliRun.of("check", CliRun.sample("deals-with-errors.csv"), "--format", "json",
                "--report", report.toString());
        assertEquals(ExitStatus.ERRORS_FOUND, run.status(), run.err());
        assertEquals(JSON.readTree(run.out()), JSON.readTree(report.toFile()));
    }

    @Test
    void reportDoesNotChangeTheVerdictOrTheTextOnStdout() {
        CliRun plain = CliRun.of("check", CliRun.sample("deals-with-errors.csv"));
        CliRun withReport = CliRun.of("check", CliRun.sample("deals-with-errors.csv"),
                "--report", dir.resolve("r.html").toString());
        assertEquals(plain.status(), withReport.status());
        assertEquals(plain.out(), withReport.out());
    }

    @Test
    void csvReportFillsErrorsOnExactlyTheErrorRows() throws Exception {
        Path report = dir.resolve("result.csv");
        CliRun run = CliRun.of("check", CliRun.sample("deals-with-errors.csv"), "--report", report.toString());
        assertEquals(ExitStatus.ERRORS_FOUND, run.status(), run.err());

        byte[] bytes = Files.readAllBytes(report);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3),
                "upload-ready CSV starts with a UTF-8 BOM");
        List<String[]> records = CliRun.readCsv(report, StandardCharsets.UTF_8, ',');
        assertEquals("Errors", records.get(0)[0]);
        assertEquals(61, records.size(), "header and 60 deals");
        Set<Integer> filled = new TreeSet<>();
        for (int row = 1; row < records.size(); row++) {
            if (!records.get(row)[0].isEmpty()) {
                filled.add(row);
            }
        }
        assertEquals(CliRun.expectedErrorRows(), filled);
        // Each Errors cell holds the messages of that row's errors, as the JSON report words them.
        java.util.Map<Integer, List<String>> messages = new java.util.TreeMap<>();
        for (JsonNode issue : CheckVerbTest.checkJson("deals-with-errors.csv").get("issues")) {
            if (issue.get("severity").asText().equals("error")) {
                messages.computeIfAbsent(issue.get("row").asInt(), r -> new java.util.ArrayList<>())
                        .add(issue.get("message").asText());
            }
        }
        for (int row : filled) {
            assertEquals(String.join("; ", messages.get(row)), records.get(row)[0], "row " + row);
        }
    }

    @Test
    void csvReportKeepsEveryOtherCellAsRead() throws Exception {
        Path report = dir.resolve("result.csv");
        CliRun.of("check", CliRun.sample("deals-with-errors.csv"), "--report", report.toString());
        List<String[]> original = CliRun.readCsv(CliRun.SAMPLES.resolve("deals-with-errors.csv"), StandardCharsets.UTF_8, ',');
        List<String[]> written = CliRun.readCsv(report, StandardCharsets.UTF_8, ',');
        assertArrayEquals(original.get(0), written.get(0));
        for (int row = 1; row < original.size(); row++) {
            String[] expected = original.get(row).clone();
            String[] actual = written.get(row).clone();
            expected[0] = "";
            actual[0] = "";
            assertArrayEquals(expected, actual, "row " + row);
        }
    }

    @Test
    void htmlReportStandsAloneAndEscapesCellValues() throws IOException {
        String sample = Files.readString(CliRun.SAMPLES.resolve("deals-with-errors.csv"), StandardCharsets.UTF_8);
        String hostile = sample.replace("UK spring deal #6,", "<script>alert(1)</script> & co,")
                .replace("SOL-1234-PQRS, DOLLARS,", "SOL-1234-PQRS, <b>DOLLARS</b>,");
        assertFalse(hostile.equals(sample), "the sample changed under the test");
        Path input = dir.resolve("hostile.csv");
        Files.writeString(input, hostile, StandardCharsets.UTF_8);
        Path report = dir.resolve("check.html");

        CliRun run = CliRun.of("check", input.toString(), "--report", report.toString());
        assertEquals(ExitStatus.ERRORS_FOUND, run.status(), run.err());
        String html = Files.readString(report, StandardCharsets.UTF_8);

        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<script"), "cell text must never become markup");
        assertFalse(html.contains("<b>"), "cell text must never become markup");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"), "the deal name, escaped");
        assertTrue(html.contains("&lt;b&gt;DOLLARS&lt;/b&gt;"), "the bad value, escaped");
        assertTrue(html.contains("<style>"));
        assertFalse(html.contains("<link") || html.contains("src=") || html.contains("http://")
                || html.contains("https://"), "no external resources");
    }

    @Test
    void htmlReportListsEveryErrorRowWithItsColumn() throws IOException {
        Path report = dir.resolve("check.html");
        CliRun.of("check", CliRun.sample("deals-with-errors.csv"), "--report", report.toString());
        String html = Files.readString(report, StandardCharsets.UTF_8);
        JsonNode json = CheckVerbTest.checkJson("deals-with-errors.csv");
        for (int row : CliRun.expectedErrorRows()) {
            assertTrue(html.contains("id=\"row-" + row + "\""), "row " + row + " has a section");
            assertTrue(html.contains("href=\"#row-" + row + "\""), "row " + row + " is linked from the summary");
        }
        // Row 5 has only a note: it is counted among the notes, neither listed nor linked.
        assertFalse(html.contains("id=\"row-5\""));
        assertFalse(html.contains("href=\"#row-5\""));
        assertTrue(html.indexOf("<section id=\"errors\">") < html.indexOf("<section id=\"notes\">"));
        assertTrue(html.contains("Partner Referral Status"));
        int errors = json.get("summary").get("errors").asInt();
        assertEquals(errors, count(html, "class=\"badge error\""), "one error badge per error");
    }

    /**
     * A file whose Notes span several lines, with LF, CR LF and lone CR inside quotes, a blank
     * record and a late byte that makes it Windows-1252 (read twice): each deal is named after the
     * line it starts on. The JSON's {@code row} counts records (spec section 9), the page's "line N
     * of the file" counts the physical lines, for every record after the multi-line ones too.
     */
    @Test
    void rowsCountRecordsAndThePageSaysTheLineEachRecordStartsOn() throws IOException {
        Path report = dir.resolve("multiline.html");
        String sample = CliRun.sample("deals-multiline-notes.csv");
        CliRun run = CliRun.of("check", sample, "--format", "json", "--report", report.toString());
        assertEquals(ExitStatus.ERRORS_FOUND, run.status(), run.err());
        String html = Files.readString(report, StandardCharsets.UTF_8);
        List<String[]> records = CliRun.readCsv(Path.of(sample), java.nio.charset.Charset.forName("windows-1252"), ',');
        int nameColumn = List.of(records.get(0)).indexOf("Deal Name");

        Set<Integer> listed = new TreeSet<>();
        for (JsonNode issue : JSON.readTree(run.out()).get("issues")) {
            if (!issue.get("severity").asText().equals("info")) {
                listed.add(issue.get("row").asInt());
            }
        }
        assertTrue(listed.size() >= 5, "the sample has errors and warnings after its multi-line records");
        for (int row : listed) {
            String name = records.get(row)[nameColumn];
            assertTrue(name.startsWith("Deal starting on line "), "row " + row + " is record " + row + ": " + name);
            String line = name.substring("Deal starting on line ".length());
            assertTrue(html.contains("id=\"row-" + row + "\">Row " + row + " \u2014 " + name
                    + " <span class=\"context\">(line " + line + " of the file)</span>"), "row " + row);
        }
    }

    @Test
    void htmlReportOfACleanFileSaysSo() throws IOException {
        Path report = dir.resolve("clean.html");
        CliRun run = CliRun.of("check", CliRun.sample("deals-valid.csv"), "--report", report.toString());
        assertEquals(ExitStatus.OK, run.status(), run.err());
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(html.contains("class=\"verdict clean\""));
        assertEquals(0, count(html, "class=\"badge error\""));
    }

    @Test
    void reportIntoAMissingDirectoryFailsWithOneLine() {
        Path report = dir.resolve("no/such/dir/r.json");
        CliRun run = CliRun.of("check", CliRun.sample("deals-valid.csv"), "--report", report.toString());
        assertEquals(ExitStatus.FAILURE, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("r.json"), run.err());
        assertEquals("", run.out());
    }



    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
