package com.cosellstudio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.RuleEngine;
import com.cosellstudio.rules.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The page's structure: summary, then the errors (the file's, then each row's in row order), then
 * the warnings of rows without errors, then the notes counted, never listed row by row.
 */
class HtmlReportTest {
    private static final List<String> HEADER = List.of("Deal Name", "Customer City", "Notes");

    @Test
    void fileLevelFirstThenRowsInOrderErrorsFirstWithinARow() throws IOException {
        BulkFile file = new BulkFile(null, SourceInfo.workbook("Deals"), HEADER, List.of(
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
        assertTrue(html.contains("(row 2 of the sheet)"), "a workbook has sheet rows, not lines");
        assertFalse(html.contains("of the file)"));
        assertTrue(html.contains("<span class=\"empty\">(empty)</span>"), "an empty value is said, not left blank");
        assertTrue(html.contains("XLSX workbook, sheet Deals"), "the sheet read is named");
        assertTrue(html.contains("href=\"#row-1\""));
        assertFalse(html.contains("href=\"#row-3\""), "row 3 has no error to fix");
        assertEquals(1, count(html, "class=\"verdict errors\""));
    }

    @Test
    void errorsLeadThenWarningsAndRowsWithNotesOnlyAreCountedNotListed() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            rows.add(new Row(new String[] {"Deal " + i, "City", ""}, i * 3));
        }
        BulkFile file = new BulkFile(null, SourceInfo.uploadReady(), HEADER, rows);
        List<Issue> issues = List.of(
                // In row order, as the engine reports them: the page regroups them by severity.
                cell(Severity.INFO, Code.IGNORED, 1, "Notes", 2, "n"),
                cell(Severity.WARNING, Code.FORMULA_LIKE, 2, "Notes", 2, "=1"),
                cell(Severity.INFO, Code.IGNORED, 2, "Notes", 2, "n"),
                cell(Severity.INFO, Code.IGNORED, 3, "Customer City", 1, "City"),
                cell(Severity.ERROR, Code.REQUIRED, 6, "Deal Name", 0, ""),
                cell(Severity.INFO, Code.IGNORED, 6, "Notes", 2, "n"),
                cell(Severity.ERROR, Code.INVALID_VALUE, 7, "Customer City", 1, "x"),
                cell(Severity.WARNING, Code.FORMULA_LIKE, 8, "Notes", 2, "=2"),
                new Issue(Severity.WARNING, Code.UNKNOWN_COLUMN, null, null, null, null, "m", List.of(), null),
                new Issue(Severity.ERROR, Code.MISSING_COLUMN, null, null, null, null, "m", List.of(), null));
        String html = render(file, new CheckResult(issues, 8, 8, 0, 2, 3, 3, 4));

        int errors = html.indexOf("<section id=\"errors\">");
        int warnings = html.indexOf("<section id=\"warnings\">");
        int notes = html.indexOf("<section id=\"notes\">");
        assertTrue(errors > 0 && errors < warnings && warnings < notes, "errors, then warnings, then notes");
        assertTrue(html.indexOf("Errors: fix these before uploading") > errors);
        assertInOrder(html, "MISSING_COLUMN-message", "id=\"row-6\"", "id=\"row-7\"", "<section id=\"warnings\">",
                "UNKNOWN_COLUMN-message", "id=\"row-2\"", "id=\"row-8\"", "<section id=\"notes\">");
        assertTrue(html.indexOf("IGNORED-message", html.indexOf("id=\"row-6\"")) < html.indexOf("id=\"row-7\""),
                "a row that is listed shows its notes too");
        assertFalse(html.contains("id=\"row-1\""), "a row with notes only is not listed");
        assertFalse(html.contains("id=\"row-3\""), "a row with notes only is not listed");
        assertTrue(html.contains("4 notes in 4 rows"), html);
        // Row 2's and row 6's notes count among the notes of their column, beside the notes-only rows'.
        assertTrue(html.contains("<td><code>IGNORED</code></td><td>Notes</td><td class=\"count\">3</td>"
                + "<td class=\"count\">3</td>"), "3 notes on Notes in 3 rows");
        assertTrue(html.contains("<td><code>IGNORED</code></td><td>Customer City</td><td class=\"count\">1</td>"));
        assertTrue(html.indexOf(">Notes</td>") < html.indexOf(">Customer City</td>", notes), "the larger group first");
    }

    /** The case that made the page unreadable: a few errors among an export's read-only notes. */
    @Test
    void thousandsOfNotesAreOneLineEach() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (int i = 1; i <= 412; i++) {
            rows.add(new Row(new String[] {"Deal " + i, "City", "n"}, i + 1));
            issues.add(cell(Severity.INFO, Code.IGNORED, i, "Notes", 2, "n"));
            issues.add(cell(Severity.INFO, Code.IGNORED, i, "Customer City", 1, "City"));
            if (i <= 345) {
                issues.add(cell(Severity.INFO, Code.IGNORED, i, "Deal Name", 0, "Deal " + i));
            }
        }
        issues.add(5, cell(Severity.ERROR, Code.REQUIRED, 2, "Deal Name", 0, ""));
        BulkFile file = new BulkFile(null, SourceInfo.uploadReady(), HEADER, rows);
        String html = render(file, new CheckResult(issues, 412, 412, 0, 1, 1, 0, 1169));

        assertTrue(html.contains("1,169 notes in 412 rows"));
        assertEquals(1, count(html, "id=\"row-"), "only the row with an error has a section");
        assertEquals(3, count(html, "<td><code>IGNORED</code></td>"), "one line per column");
        assertTrue(html.indexOf("id=\"row-2\"") < html.indexOf("<section id=\"notes\">"));
    }

    @Test
    void aRowOfACsvFileSaysTheLineItStartsOn() throws IOException {
        BulkFile file = new BulkFile(null, SourceInfo.uploadReady(), HEADER, List.of(
                new Row(new String[] {"First", "", "two\nlines"}, 2),
                new Row(new String[] {"Second", "", ""}, 4)));
        List<Issue> issues = List.of(cell(Severity.ERROR, Code.REQUIRED, 1, "Customer City", 1, ""),
                cell(Severity.ERROR, Code.REQUIRED, 2, "Customer City", 1, ""));
        String html = render(file, new CheckResult(issues, 2, 2, 0, 2, 2, 0, 0));

        assertTrue(html.contains("Row 2 \u2014 Second <span class=\"context\">(line 4 of the file)</span>"));
        assertTrue(html.contains("line breaks inside quoted cells"), "the footer says what a line is");
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

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, part + " after what comes before it");
            from = at + part.length();
        }
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
