package com.cosellstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine against the sample files: the valid one has no error, the faulty one exactly its known faults. */
class SampleFilesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final RuleEngine engine = RuleEngine.shipped(CLOCK);
    private final IssueMessages messages = IssueMessages.english();

    @Test
    void validDealsHaveNoErrors() {
        CheckResult result = engine.check(SampleFiles.read("deals-valid.csv"));
        List<String> errors = result.issues().stream().filter(Issue::isError).map(messages::render).toList();
        assertEquals(List.of(), errors);
        assertEquals(40, result.rows());
        assertEquals(40, result.create() + result.update());
        assertTrue(result.create() > 0 && result.update() > 0, "the sample mixes new deals and updates");
    }

    @Test
    void theOtherValidSamplesHaveNoErrorsEither() {
        for (BulkFile file : List.of(SampleFiles.read("deals-libreoffice.source.csv"),
                SampleFiles.read("deals-semicolon-windows1252.csv", Charset.forName("windows-1252"), ';'))) {
            CheckResult result = engine.check(file);
            List<String> errors = result.issues().stream().filter(Issue::isError).map(messages::render).toList();
            assertEquals(List.of(), errors, file.path().toString());
            assertEquals(30, result.create() + result.update(), file.path().toString());
        }
    }

    @ParameterizedTest
    @CsvSource({"template-2021.csv, 2021", "template-2023.csv, 2023"})
    void eachTemplateIsCleanEmptyAndToldByItsHeader(String name, String revision) {
        BulkFile file = SampleFiles.read(name);
        ColumnLayout layout = engine.layout(file.header());
        assertEquals(new TemplateRevision(revision, TemplateRevision.Basis.DETECTED), layout.revision());
        CheckResult result = engine.check(layout, file);
        assertEquals(List.of(), result.issues());
        assertEquals(0, result.rows());
    }

    @ParameterizedTest
    @CsvSource({"deals-with-errors.csv, 2021, deals-with-errors.expected.json, UTF-8, ','",
            "deals-2023.csv, 2023, deals-2023.expected.json, UTF-8, ','",
            "deals-2023-rules.csv, 2023, deals-2023-rules.expected.json, UTF-8, ','",
            "deals-2023-shuffled-windows1252.csv, 2023, deals-2023-rules.expected.json, windows-1252, ';'"})
    void faultyDealsHaveExactlyTheExpectedErrorCells(String name, String revision, String expectedName, String charset,
                                                      char separator) throws IOException {
        BulkFile file = SampleFiles.read(name, Charset.forName(charset), separator);
        ColumnLayout layout = engine.layout(file.header());
        assertEquals(new TemplateRevision(revision, TemplateRevision.Basis.DETECTED), layout.revision());
        CheckResult result = engine.check(layout, file);
        assertEquals(List.of(), result.issues().stream().filter(i -> i.code() == Code.UNKNOWN_COLUMN)
                .map(messages::render).toList());
        Map<Integer, Set<String>> expected = expected(expectedName);

        Map<Integer, List<Issue>> errorsByRow = new TreeMap<>(result.issues().stream().filter(Issue::isError)
                .collect(Collectors.groupingBy(Issue::row)));
        for (Map.Entry<Integer, Set<String>> want : expected.entrySet()) {
            List<Issue> got = errorsByRow.getOrDefault(want.getKey(), List.of());
            assertTrue(got.stream().anyMatch(i -> want.getValue().contains(i.column())),
                    "row " + want.getKey() + " must have an error on " + want.getValue() + ", got " + render(got));
        }
        for (Map.Entry<Integer, List<Issue>> got : errorsByRow.entrySet()) {
            Set<String> allowed = expected.getOrDefault(got.getKey(), Set.of());
            List<Issue> unexpected = got.getValue().stream().filter(i -> !allowed.contains(i.column())).toList();
            assertEquals(List.of(), render(unexpected), "row " + got.getKey() + " has errors nobody expected");
        }
        assertEquals(expected.size(), result.rowsWithErrors());
    }

    /** The 2023 rules sample breaks each rule that only warns once, and each warns on its cell. */
    @Test
    void theRulesOfThe2023TemplateThatOnlyWarnDoSoOnTheirCell() {
        CheckResult result = engine.check(SampleFiles.read("deals-2023-rules.csv"));
        List<String> warnings = result.issues().stream().filter(i -> i.severity() == Severity.WARNING)
                .map(i -> i.code() + " " + i.column()).distinct().sorted().toList();
        for (String expected : List.of("REQUIRED_IF Notes", "INVALID_FORMAT Customer Domain Name",
                "INVALID_FORMAT PartnerID (formerly MPN ID)", "INVALID_VALUE Device Category", "INVALID_VALUE Silicon Type",
                "INVALID_VALUE Azure Certified Device", "INVALID_VALUE Attach Services",
                "INVALID_FORMAT Microsoft team member 2", "INVALID_VALUE Currency")) {
            assertTrue(warnings.contains(expected), expected + " in " + warnings);
        }
    }

    private List<String> render(List<Issue> issues) {
        return issues.stream().map(i -> i.row() + " " + messages.render(i)).toList();
    }

    /** The error cells a sample's {@code .expected.json} lists: a list, or an object with the list under "errors". */
    static Map<Integer, Set<String>> expected(String name) throws IOException {
        try (InputStream in = SampleFilesTest.class.getResourceAsStream("/samples/" + name)) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<Integer, Set<String>> expected = new TreeMap<>();
            for (JsonNode entry : root.isArray() ? root : root.get("errors")) {
                Set<String> columns = new HashSet<>();
                entry.get("columns").forEach(c -> columns.add(c.asText()));
                expected.put(entry.get("row").asInt(), columns);
            }
            return expected;
        }
    }
}
