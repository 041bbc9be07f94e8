package com.cosellstudio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceFormat;
import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.RuleEngine;
import com.cosellstudio.rules.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The page's structure: summary, file-level issues first, then rows in order, errors first within a row. */
class HtmlReportTest {
    private static final List<String> HEADER = List.of("Deal Name", "Customer City", "Notes");

    @Test
    void fileLevelFirstThenRowsInOrderErrorsFirstWithinARow() throws IOException {
        BulkFile file = new BulkFile(null, new SourceInfo(SourceFormat.XLSX, null, false, null, null), HEADER, List.of(
                new Row(new String[] {"Alpha & Omega", "", "x"}, 2),
                new Row(new String[] {"", "", ""}, 3),
                new Row(new String[] {"Gamma", "Paris", "=SUM(A1)"}, 4)));
        List<Issue> issues = List.of(
                // Deliberately out of order: the page must sort what it shows.
                cell(Severity.WARNING, Code.FORMULA_LIKE, 3, "Notes", 2, "=SUM(A1)"),
                cell(Severity.INFO, Code.IGNORED, 1, "Notes", 2, "x"),
                cell(Severity.ERROR, Code.REQUIRED, 1, "Customer City", 1, ""),
                new Issue(Severity.ERROR, Code.MISSING_COLUMN, null, null, null, null, "m", List.of(), null));
        CheckResult result = new CheckResult(issues, 3, 2, 0, 1, 2, 1, 1);
        String html = render(file, result);

        int fileLevel = html.indexOf("MISSING_COLUMN-message");
        int row1 = html.indexOf("id=\"row-1\"");
        int row3 = html.indexOf("id=\"row-3\"");
        assertTrue(fileLevel > 0 && fileLevel < row1 && row1 < row3, "file level, row 1, row 3");
        assertTrue(html.indexOf("REQUIRED-message") < html.indexOf("IGNORED-message"), "the error before the note");
        assertFalse(html.contains("id=\"row-2\""), "a row without issues gets no section");
        assertTrue(html.contains("Row 1 \u2014 Alpha &amp; Omega"), "the deal name names the row");
        assertTrue(html.contains("(line 2 of the file)"));
        assertTrue(html.contains("<span class=\"empty\">(empty)</span>"), "an empty value is said, not left blank");
        assertTrue(html.contains("XLSX workbook"));
        assertTrue(html.contains("href=\"#row-1\""));
        assertFalse(html.contains("href=\"#row-3\""), "row 3 has no error to fix");
        assertEquals(1, count(html, "class=\"verdict errors\""));
    }

    @Test
    void aCleanFileSaysNoIssues() throws IOException {
        BulkFile file = new BulkFile(null, SourceInfo.uploadReady(), HEADER, List.of());
        String html = render(file, new CheckResult(List.of(), 0, 0, 0, 0, 0, 0, 0));
        assertTrue(html.contains("No issues found."));
        assertTrue(html.contains("class=\"verdict clean\""));
        assertTrue(html.contains("CSV, UTF-8 with BOM, delimiter ,"));
    }

    private static String render(BulkFile file, CheckResult result) throws IOException {
        CheckReport report = new CheckReport("deals.xlsx", file, result, RuleEngine.shipped().layout(file.header()),
                issue -> issue.code() + "-message");
        StringWriter out = new StringWriter();
        new HtmlReport(Texts.report(Locale.ROOT)).write(report, out);
        return out.toString();
    }

    private static Issue cell(Severity severity, Code code, int row, String column, int index, String value) {
        return new Issue(severity, code, row, column, index, value, "m", List.of(), null);
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
