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

/** The engine against the sample files: the valid one has no error, the faulty one exactly its known faults. */
class SampleFilesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final RuleEngine engine = RuleEngine.standard(CLOCK);
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

    @Test
    void theTemplateIsCleanAndEmpty() {
        CheckResult result = engine.check(SampleFiles.read("template-2021.csv"));
        assertEquals(List.of(), result.issues());
        assertEquals(0, result.rows());
    }

    @Test
    void faultyDealsHaveExactlyTheExpectedErrorCells() throws IOException {
        BulkFile file = SampleFiles.read("deals-with-errors.csv");
        CheckResult result = engine.check(file);
        Map<Integer, Set<String>> expected = expected();

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

    private List<String> render(List<Issue> issues) {
        return issues.stream().map(i -> i.row() + " " + messages.render(i)).toList();
    }

    private static Map<Integer, Set<String>> expected() throws IOException {
        try (InputStream in = SampleFilesTest.class.getResourceAsStream("/samples/deals-with-errors.expected.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<Integer, Set<String>> expected = new TreeMap<>();
            for (JsonNode entry : root) {
                Set<String> columns = new HashSet<>();
                entry.get("columns").forEach(c -> columns.add(c.asText()));
                expected.put(entry.get("row").asInt(), columns);
            }
            return expected;
        }
    }
}
