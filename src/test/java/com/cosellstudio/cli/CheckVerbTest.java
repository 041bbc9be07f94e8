package com.cosellstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code check}: exit statuses, the text summary and the JSON object of spec section 9. */
class CheckVerbTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"deals-valid.csv", "deals-semicolon-windows1252.csv", "deals-libreoffice.xlsx"})
    void validFilesExitZero(String sample) {
        CliRun run = CliRun.of("check", CliRun.sample(sample));
        assertEquals(ExitStatus.OK, run.status(), run.out() + run.err());
        assertEquals("", run.err());
    }

    @Test
    void errorsExitOne() {
        CliRun run = CliRun.of("check", CliRun.sample("deals-with-errors.csv"));
        assertEquals(ExitStatus.ERRORS_FOUND, run.status(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void textSummaryCountsAndOneLinePerIssue() {
        CliRun run = CliRun.of("check", CliRun.sample("deals-with-errors.csv"));
        List<String> lines = run.outLines();
        assertTrue(lines.get(0).contains("deals-with-errors.csv"), lines.get(0));
        assertTrue(lines.get(1).contains("CSV") && lines.get(1).contains("UTF-8"), lines.get(1));
        JsonNode summary = checkJson("deals-with-errors.csv").get("summary");
        assertTrue(run.out().contains("60 (" + summary.get("create").asInt() + " to create, "
                + summary.get("update").asInt() + " to update)"), run.out());
        assertTrue(run.out().contains(summary.get("errors").asInt() + " in 24 rows"), run.out());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("row 4, Partner Referral Status: error ")),
                run.out());
        long issueLines = lines.stream().filter(line -> line.startsWith("row ") || line.startsWith("file: ")).count();
        JsonNode json = checkJson("deals-with-errors.csv");
        assertEquals(json.get("issues").size(), issueLines);
    }

    @Test
    void jsonHasTheDocumentedFieldsAndCounts() throws IOException {
        JsonNode json = checkJson("deals-with-errors.csv");
        assertEquals(List.of("file", "format", "encoding", "delimiter", "sheet", "template", "templateDetected", "rows", "summary",
                "issues"), fieldNames(json));
        assertEquals("2021", json.get("template").asText());
        assertTrue(json.get("templateDetected").asBoolean());
        assertEquals("deals-with-errors.csv", json.get("file").asText());
        assertEquals("csv", json.get("format").asText());
        assertEquals("UTF-8", json.get("encoding").asText());
        assertEquals(",", json.get("delimiter").asText());
        assertEquals(60, json.get("rows").asInt());
        JsonNode summary = json.get("summary");
        assertEquals(List.of("create", "update", "rowsWithErrors", "errors", "warnings"), fieldNames(summary));
        assertEquals(60, summary.get("create").asInt() + summary.get("update").asInt());
        assertEquals(24, summary.get("rowsWithErrors").asInt());
        assertTrue(summary.get("errors").asInt() >= 24);

        int errors = 0;
        int warnings = 0;
        Set<Integer> errorRows = new TreeSet<>();
        for (JsonNode issue : json.get("issues")) {
            assertEquals(List.of("severity", "code", "row", "column", "value", "message"), fieldNames(issue));
            assertFalse(issue.get("message").asText().isBlank(), issue.toString());
            switch (issue.get("severity").asText()) {
                case "error" -> {
                    errors++;
                    errorRows.add(issue.get("row").asInt());
                }
                case "warning" -> warnings++;
                case "info" -> { }
                default -> throw new AssertionError("unknown severity in " + issue);
            }
        }
        assertEquals(summary.get("errors").asInt(), errors);
        assertEquals(summary.get("warnings").asInt(), warnings);

        // The rows the sample's author marked as faulty, and no others, carry errors.
        assertEquals(CliRun.expectedErrorRows(), errorRows);
    }

    @Test
    void fileLevelIssuesHaveNullRowColumnAndValue() throws IOException {
        Path file = dir.resolve("no-deal-name.csv");
        String header = Files.readAllLines(CliRun.SAMPLES.resolve("deals-with-errors.csv")).get(0);
        Files.writeString(file, header.replace(",Deal Name,", ",") + "\n");
        CliRun run = CliRun.of("check", file.toString(), "--format", "json");
        assertEquals(ExitStatus.ERRORS_FOUND, run.status(), run.err());
        JsonNode missing = null;
        for (JsonNode issue : JSON.readTree(run.out()).get("issues")) {
            if (issue.get("code").asText().equals("MISSING_COLUMN")) {
                missing = issue;
            }
        }
        assertTrue(missing != null, run.out());
        assertTrue(missing.get("row").isNull());
        assertTrue(missing.get("column").isNull());
        assertTrue(missing.get("value").isNull());
        assertTrue(missing.get("message").asText().contains("Deal Name"), missing.toString());
    }

    @Test
    void xlsxHasNullEncodingAndDelimiter() {
        JsonNode json = checkJson("deals-libreoffice.xlsx");
        assertEquals("xlsx", json.get("format").asText());
        assertTrue(json.get("encoding").isNull());
        assertTrue(json.get("delimiter").isNull());
        assertEquals("deals-libreoffice", json.get("sheet").asText(), "the sheet read is named");
        assertEquals(30, json.get("rows").asInt());
    }

    @Test
    void semicolonFileReportsWhatWasDetected() {
        JsonNode json = checkJson("deals-semicolon-windows1252.csv");
        assertEquals("windows-1252", json.get("encoding").asText());
        assertEquals(";", json.get("delimiter").asText());
    }

    @Test
    void missingFileExitsTwoWithOneLineAndWritesNothing() {
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of("check", dir.resolve("nowhere.csv").toString(), "--report", report.toString());
        assertUnreadable(run, "nowhere.csv");
        assertFalse(Files.exists(report));
    }

    @Test
    void emptyFileExitsTwo() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertUnreadable(CliRun.of("check", empty.toString(), "--format", "json"), "empty.csv");
    }

    @Test
    void binaryFileExitsTwoAndLeavesItAlone() throws IOException {
        Path binary = dir.resolve("photo.csv");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0x89;
        bytes[1] = 'P';
        bytes[2] = 'N';
        bytes[3] = 'G';
        bytes[100] = 0;
        Files.write(binary, bytes);
        Path report = dir.resolve("report.html");
        assertUnreadable(CliRun.of("check", binary.toString(), "--report", report.toString()), "photo.csv");
        assertFalse(Files.exists(report));
        assertEquals(List.of(binary.getFileName()), listDir());
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(binary)));
    }

    private List<Path> listDir() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(Path::getFileName).toList();
        }
    }

    private static void assertUnreadable(CliRun run, String fileName) {
        assertEquals(ExitStatus.FAILURE, run.status(), run.out());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains(fileName), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    static JsonNode checkJson(String sample) {
        CliRun run = CliRun.of("check", CliRun.sample(sample), "--format", "json");
        assertEquals("", run.err());
        try {
            return JSON.readTree(run.out());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + run.out(), e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
