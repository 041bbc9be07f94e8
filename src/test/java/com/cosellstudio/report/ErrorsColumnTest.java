package com.cosellstudio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.io.UploadCsvWriter;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.RuleEngine;
import com.cosellstudio.rules.Severity;
import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The CSV report's Errors column never starts like a formula, whatever its messages start with,
 * while the deal's own cells stay exactly as read (Partner Center needs them).
 */
class ErrorsColumnTest {
    private static final List<String> HEADER = List.of("Deal Name", "Notes");
    private static final String[] PAYLOADS = {"=HYPERLINK(\"http://evil\")", "-2+3+cmd|' /C calc'!A0",
        "+1+cmd|x", "@SUM(A1)", "\t=1+1", " =1+1"};

    @Test
    void aMessageThatOpensWithTheCellValueIsWrittenAsText() throws Exception {
        // A translation that puts the value first: the message then starts with whatever the cell holds.
        List<String[]> records = reportOf(issue -> issue.value() + " is not a valid deal name", PAYLOADS);
        for (int row = 1; row <= PAYLOADS.length; row++) {
            String[] record = records.get(row);
            assertEquals("'" + PAYLOADS[row - 1] + " is not a valid deal name", record[0], "row " + row);
            assertEquals(PAYLOADS[row - 1], record[1], "the deal's cell as read");
        }
    }

    @Test
    void aMessageThatStartsAsTextIsLeftAlone() throws Exception {
        List<String[]> records = reportOf(issue -> "Deal Name: \"" + issue.value() + "\" is not valid", "-5");
        assertEquals("Deal Name: \"-5\" is not valid", records.get(1)[0]);
    }

    private static List<String[]> reportOf(Function<Issue, String> messages, String... names)
            throws IOException, CsvException {
        List<Row> rows = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            rows.add(new Row(new String[] {names[i], "n"}, i + 2));
            issues.add(new Issue(Severity.ERROR, Code.INVALID_VALUE, i + 1, "Deal Name", 0, names[i], "m", List.of(), null));
        }
        BulkFile file = new BulkFile(null, SourceInfo.uploadReady(), HEADER, rows);
        ColumnLayout layout = RuleEngine.shipped().layout(HEADER);
        CheckReport report = new CheckReport("deals.csv", file,
                new CheckResult(issues, rows.size(), rows.size(), 0, rows.size(), rows.size(), 0, 0), layout, messages);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new UploadCsvWriter().writeTo(out, file, layout.uploadColumns(), rows, ErrorsColumn.of(report));
        String text = out.toString(StandardCharsets.UTF_8).substring(1); // the BOM
        try (CSVReader csv = new CSVReader(new StringReader(text))) {
            List<String[]> records = csv.readAll();
            int deal = List.of(records.get(0)).indexOf("Deal Name");
            // Errors first, then the deal's name, whatever the template's order.
            return records.stream().map(r -> new String[] {r[0], r[deal]}).toList();
        }
    }
}
