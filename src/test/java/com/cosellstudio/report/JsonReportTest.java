package com.cosellstudio.report;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.RuleEngine;
import com.cosellstudio.rules.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report with many issues is written on two cores, the later half on a second thread: what a
 * script reads must be the same to the byte as when one thread writes it all.
 */
class JsonReportTest {
    private static final RuleEngine ENGINE = RuleEngine.shipped();

    @Test
    void twoThreadsWriteTheSameBytesAsOneForEveryShapeOfList() throws IOException {
        for (int count : new int[] {0, 1, 2, 3, 4, 7, 50}) {
            CheckReport report = report(issues(count));
            String oneThread = write(new JsonReport(Integer.MAX_VALUE), report);
            assertEquals(oneThread, write(new JsonReport(2), report), count + " issues");
            assertEquals(count, new ObjectMapper().readTree(oneThread).get("issues").size());
        }
    }

    @Test
    void aRealCheckReadsTheSameEitherWay() throws Exception {
        BulkFile file = ShippedReader.reader().read(Path.of("src/test/resources/samples/deals-with-errors.csv"));
        CheckResult result = ENGINE.check(file);
        CheckReport report = new CheckReport("deals-with-errors.csv", file, result, ENGINE.layout(file.header()),
                issue -> issue.code() + " " + issue.args());
        String oneThread = write(new JsonReport(Integer.MAX_VALUE), report);
        String twoThreads = write(new JsonReport(2), report);
        assertEquals(oneThread, twoThreads);
        JsonNode tree = new ObjectMapper().readTree(twoThreads);
        assertEquals(result.issues().size(), tree.get("issues").size());
        assertEquals(result.errors(), tree.get("summary").get("errors").asInt());
    }

    private static List<Issue> issues(int count) {
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            issues.add(switch (i % 3) {
                // A file-level issue (no row, no column), a row issue, and a cell issue with quotes to escape.
                case 0 -> new Issue(Severity.ERROR, Code.MISSING_COLUMN, null, null, null, null, "m", List.of(), null);
                case 1 -> new Issue(Severity.WARNING, Code.INVALID_VALUE, i + 1, null, null, null, "m", List.of(), null);
                default -> new Issue(Severity.INFO, Code.IGNORED, i + 1, "Notes", 2, "say \"hi\"\n" + i, "m", List.of(), null);
            });
        }
        return issues;
    }

    private static CheckReport report(List<Issue> issues) {
        BulkFile file = new BulkFile(null, SourceInfo.uploadReady(), List.of("Deal Name", "Notes"), List.of());
        CheckResult result = new CheckResult(issues, issues.size(), 1, 2, 3, 4, 5, 6);
        return new CheckReport("deals.csv", file, result, ENGINE.layout(file.header()),
                issue -> "message of " + issue.code() + " \u2014 row " + issue.row());
    }

    private static String write(JsonReport json, CheckReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
