package com.cosellstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line with both template revisions: which one a file is, told in every report;
 * {@code --template} to choose; {@code convert --to 2023} moving a 2021 file on, every cell kept.
 */
class TemplateRevisionCliTest {

    @TempDir
    Path dir;

    private static JsonNode json(CliRun run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    /** Error cells of a JSON report as "row column". */
    private static Set<String> errorCells(JsonNode report) {
        Set<String> cells = new TreeSet<>();
        for (JsonNode issue : report.get("issues")) {
            if (issue.get("severity").asText().equals("error")) {
                cells.add(issue.get("row").asText() + " " + issue.get("column").asText());
            }
        }
        return cells;
    }

    private static Set<String> codes(JsonNode report) {
        Set<String> codes = new TreeSet<>();
        report.get("issues").forEach(issue -> codes.add(issue.get("code").asText()));
        return codes;
    }

    /** The cells of each row of a sample's expected error list as "row column" (the first column listed). */
    private static Set<String> expectedCells(String expectedJson) throws Exception {
        Set<String> cells = new TreeSet<>();
        for (JsonNode error : new ObjectMapper().readTree(CliRun.SAMPLES.resolve(expectedJson).toFile()).get("errors")) {
            cells.add(error.get("row").asText() + " " + error.get("columns").get(0).asText());
        }
        return cells;
    }

    @ParameterizedTest
    @ValueSource(strings = {"deals-2023-rules.csv", "deals-2023-shuffled-windows1252.csv"})
    void a2023FileIsToldAndCheckedAsSuchWithNoFalseErrorAndNoUnknownColumn(String sample) throws Exception {
        CliRun run = CliRun.of("check", CliRun.sample(sample), "--format", "json");
        assertEquals(ExitStatus.ERRORS_FOUND, run.status(), run.err());
        JsonNode report = json(run);
        assertEquals("2023", report.get("template").asText());
        assertTrue(report.get("templateDetected").asBoolean());
        assertEquals(expectedCells("deals-2023-rules.expected.json"), errorCells(report));
        assertFalse(codes(report).contains("UNKNOWN_COLUMN"), codes(report)::toString);
    }

    @Test
    void theTextReportSaysWhichTemplateAndHowItWasTold() {
        CliRun run = CliRun.of("check", CliRun.sample("deals-2023.csv"));
        assertTrue(run.out().lines().anyMatch(line -> line.equals("Template:  2023 template (told by its header)")),
                run.out());
        CliRun old = CliRun.of("check", CliRun.sample("deals-valid.csv"));
        assertEquals(ExitStatus.OK, old.status(), old.out());
        assertTrue(old.out().lines().anyMatch(line -> line.equals("Template:  2021 template (told by its header)")),
                old.out());
    }

    @Test
    void aHeaderThatTellsNoRevisionIsCheckedAs2023AndSaysItWasAssumed() throws Exception {
        Path file = dir.resolve("minimal.csv");
        Files.writeString(file, "Deal Name,Customer Name\nSpring deal,Contoso\n", StandardCharsets.UTF_8);
        JsonNode report = json(CliRun.of("check", file.toString(), "--format", "json"));
        assertEquals("2023", report.get("template").asText());
        assertFalse(report.get("templateDetected").asBoolean());
        CliRun text = CliRun.of("check", file.toString());
        assertTrue(text.out().contains("Template:  2023 template (assumed: no column of the header tells one revision"
                + " from another)"), text.out());
    }

    @Test
    void templateChoosesTheRevisionAndTheReportSaysItWasNotDetected() throws Exception {
        CliRun run = CliRun.of("check", CliRun.sample("deals-2023.csv"), "--template", "2021", "--format", "json");
        JsonNode report = json(run);
        assertEquals("2021", report.get("template").asText());
        assertFalse(report.get("templateDetected").asBoolean());
        assertFalse(codes(report).contains("UNKNOWN_COLUMN"), "the 2023 columns are known, not unknown");
        // The 2021 template has no substatus Error: the valid Closed/Error rows of the sample are errors now.
        assertTrue(errorCells(report).contains("4 Partner Referral Substatus"), errorCells(report)::toString);
        CliRun html = CliRun.of("check", CliRun.sample("deals-2023.csv"), "--template", "2021", "--report",
                dir.resolve("r.html").toString());
        assertTrue(Files.readString(dir.resolve("r.html")).contains("2021 template (chosen by you)"), html.err());
    }

    @Test
    void anUnknownTemplateIsAUsageError() {
        for (String verb : List.of("check", "convert", "split", "retry")) {
            List<String> args = new ArrayList<>(List.of(verb, CliRun.sample("deals-2023.csv"), "--template", "2022"));
            args.addAll(switch (verb) {
                case "split" -> List.of("--output-dir", dir.resolve("parts").toString());
                case "check" -> List.of();
                default -> List.of("--output", dir.resolve("out.csv").toString());
            });
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(ExitStatus.FAILURE, run.status(), verb);
            assertEquals(List.of("cosell-studio " + verb + ": --template must be one of 2021, 2023, not \"2022\""),
                    run.errLines());
        }
        assertFalse(Files.exists(dir.resolve("out.csv")));
    }

    @Test
    void convertToTwentyTwentyThreeWritesThe2023LayoutKeepingEveryCell() throws Exception {
        Path out = dir.resolve("upload-2023.csv");
        CliRun run = CliRun.of("convert", CliRun.sample("deals-valid.csv"), "--output", out.toString(), "--to", "2023");
        assertEquals(ExitStatus.OK, run.status(), run.err());

        List<String[]> before = CliRun.readCsv(CliRun.SAMPLES.resolve("deals-valid.csv"), StandardCharsets.UTF_8, ',');
        List<String[]> after = CliRun.readCsv(out, StandardCharsets.UTF_8, ',');
        List<String> header = List.of(after.get(0));
        assertEquals("Declined/Lost/Error reason", header.get(19));
        assertFalse(header.contains("Declined/Lost reason"), "one reason column, not both");
        for (String added : List.of("CLA Number", "Marketplace Purchase Intent", "Final Matched Customer Account",
                "DUNS Account 2", "Microsoft team member 1")) {
            assertTrue(header.contains(added), added);
        }
        assertTrue(header.indexOf("Marketplace Purchase Intent") < header.indexOf("Solution 1"), "template order");
        assertEquals(before.size(), after.size());
        // Headers match whatever their case: the 2023 template writes "Customer Postal code".
        List<String> lowerHeader = header.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).toList();
        Map<String, String> renamed = Map.of("declined/lost reason", "declined/lost/error reason");
        List<String> oldHeader = List.of(before.get(0));
        for (int r = 1; r < before.size(); r++) {
            for (int c = 0; c < oldHeader.size(); c++) {
                if (oldHeader.get(c).equals("Errors")) {
                    continue;
                }
                String name = oldHeader.get(c).toLowerCase(java.util.Locale.ROOT);
                int at = lowerHeader.indexOf(renamed.getOrDefault(name, name));
                assertEquals(before.get(r)[c], after.get(r)[at], "row " + r + ", " + oldHeader.get(c));
            }
        }

        // Checked afterwards, the new deals lack their Marketplace Purchase Intent, and only that.
        JsonNode report = json(CliRun.of("check", out.toString(), "--format", "json"));
        assertEquals("2023", report.get("template").asText());
        Map<String, Integer> errors = new TreeMap<>();
        int creating = 0;
        for (JsonNode issue : report.get("issues")) {
            if (issue.get("severity").asText().equals("error")) {
                errors.merge(issue.get("code").asText() + " " + issue.get("column").asText(), 1, Integer::sum);
            }
        }
        creating = report.get("summary").get("create").asInt();
        assertTrue(creating > 0);
        assertEquals(Map.of("REQUIRED Marketplace Purchase Intent", creating), errors);
    }

    @Test
    void convertWritesEachFileInItsOwnRevisionUnlessAskedOtherwise() throws Exception {
        Path old = dir.resolve("old.csv");
        assertEquals(ExitStatus.OK, CliRun.of("convert", CliRun.sample("deals-valid.csv"), "--output", old.toString()).status());
        List<String> oldHeader = List.of(CliRun.readCsv(old, StandardCharsets.UTF_8, ',').get(0));
        assertTrue(oldHeader.contains("Declined/Lost reason"));
        assertFalse(oldHeader.contains("Declined/Lost/Error reason") || oldHeader.contains("Marketplace Purchase Intent"),
                "no mixed layout: " + oldHeader);

        Path today = dir.resolve("today.csv");
        assertEquals(ExitStatus.OK, CliRun.of("convert", CliRun.sample("deals-2023.csv"), "--output", today.toString()).status());
        List<String> header = List.of(CliRun.readCsv(today, StandardCharsets.UTF_8, ',').get(0));
        assertTrue(header.contains("Declined/Lost/Error reason") && !header.contains("Declined/Lost reason"), header::toString);
        assertEquals("Microsoft team member 1", header.get(header.size() - 1));
    }

    @Test
    void splitAndRetryTakeTheTemplateToo() throws Exception {
        CliRun split = CliRun.of("split", CliRun.sample("deals-2023.csv"), "--output-dir", dir.resolve("parts").toString(),
                "--size", "10", "--template", "2023");
        assertEquals(ExitStatus.OK, split.status(), split.err());
        assertEquals(3, split.out().lines().count());
        CliRun tooBig = CliRun.of("split", CliRun.sample("deals-2023.csv"), "--output-dir", dir.resolve("p2").toString(),
                "--size", "1001");
        assertEquals(List.of("cosell-studio split: --size must be a whole number from 1 to 1,000, not \"1001\""),
                tooBig.errLines());

        Path processed = dir.resolve("processed.csv");
        String text = Files.readString(CliRun.SAMPLES.resolve("deals-2023.csv"), StandardCharsets.UTF_8);
        // Partner Center's processed-records file: the Errors column of the second deal filled.
        List<String> lines = new ArrayList<>(text.lines().toList());
        lines.set(2, "Mandatory field Solution 1 missing" + lines.get(2));
        Files.writeString(processed, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        CliRun retry = CliRun.of("retry", processed.toString(), "--output", dir.resolve("retry.csv").toString(),
                "--template", "2023");
        assertEquals(ExitStatus.OK, retry.status(), retry.err());
        assertTrue(retry.out().contains("kept 1 rejected row"), retry.out());
    }

    @Test
    void theJsonReportsOfBothRevisionsShareTheirFields() throws Exception {
        Map<String, JsonNode> reports = new HashMap<>();
        for (String sample : List.of("deals-valid.csv", "deals-2023.csv")) {
            reports.put(sample, json(CliRun.of("check", CliRun.sample(sample), "--format", "json")));
        }
        List<String> fields = new ArrayList<>();
        reports.get("deals-valid.csv").fieldNames().forEachRemaining(fields::add);
        List<String> other = new ArrayList<>();
        reports.get("deals-2023.csv").fieldNames().forEachRemaining(other::add);
        assertEquals(fields, other);
        assertEquals(expectedCells("deals-2023.expected.json").size(), reports.get("deals-2023.csv").get("summary")
                .get("rowsWithErrors").asInt());
    }
}
