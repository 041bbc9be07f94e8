package com.cosellstudio.report;

import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.ColumnRole;
import com.cosellstudio.rules.Issue;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A self-contained HTML page of a check, the kind a person forwards to a colleague: inline CSS, no
 * scripts, no external resources, every text from the file HTML-escaped. Summary counts first, then
 * the file-level issues, then the issues of each row with column, value and message.
 */
public final class HtmlReport {
    private final Texts text;

    public HtmlReport(Texts text) {
        this.text = text;
    }

    /** Writes the page on {@code out} in UTF-8, the charset it declares; leaves {@code out} open. */
    public void write(CheckReport report, OutputStream out) throws IOException {
        Writer page = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(report, page);
        page.flush();
    }

    public void write(CheckReport report, Writer out) throws IOException {
        CheckResult result = report.result();
        List<Issue> fileLevel = new ArrayList<>();
        Map<Integer, List<Issue>> byRow = new TreeMap<>();
        for (Issue issue : result.issues()) {
            if (issue.row() == null) {
                fileLevel.add(issue);
            } else {
                byRow.computeIfAbsent(issue.row(), row -> new ArrayList<>()).add(issue);
            }
        }
        // Within a row, what blocks the upload comes first (Severity is declared error, warning, info).
        byRow.values().forEach(issues -> issues.sort(Comparator.comparing(Issue::severity)));

        out.write("<!DOCTYPE html>\n<html lang=\"" + escape(text.locale().toLanguageTag()) + "\">\n<head>\n");
        out.write("<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + escape(text.get("html.title", report.fileName())) + "</title>\n");
        out.write("<style>\n" + Stylesheet.CSS + "</style>\n</head>\n<body>\n");
        out.write("<h1>" + escape(text.get("html.heading", report.fileName())) + "</h1>\n");
        out.write("<p class=\"source\">" + escape(report.describeSource(text)) + "</p>\n");
        out.write("<p class=\"template\">" + escape(report.describeTemplate(text)) + "</p>\n");
        writeSummary(report, out);
        writeErrorRowLinks(byRow, out);

        if (result.issues().isEmpty()) {
            out.write("<p>" + escape(text.get("html.noIssues")) + "</p>\n");
        }
        if (!fileLevel.isEmpty()) {
            out.write("<h2>" + escape(text.get("html.fileLevel")) + "</h2>\n");
            writeIssues(report, fileLevel, out);
        }
        // The column whose value names a row in its heading, so a reader recognises the deal.
        int nameColumn = report.layout().indexOf(ColumnRole.DEAL_NAME);
        for (Map.Entry<Integer, List<Issue>> entry : byRow.entrySet()) {
            writeRowHeading(report, entry.getKey(), nameColumn, out);
            writeIssues(report, entry.getValue(), out);
        }
        out.write("<footer>" + escape(text.get("html.footer")) + "</footer>\n</body>\n</html>\n");
    }

    private void writeSummary(CheckReport report, Writer out) throws IOException {
        CheckResult result = report.result();
        String verdict = result.hasErrors() ? "errors" : "clean";
        out.write("<p class=\"verdict " + verdict + "\">" + escape(text.get("html.verdict." + verdict)) + "</p>\n");
        out.write("<table class=\"summary\">\n");
        summaryRow(out, "html.summary.deals", report.deals());
        summaryRow(out, "html.summary.create", result.create());
        summaryRow(out, "html.summary.update", result.update());
        summaryRow(out, "html.summary.rowsWithErrors", result.rowsWithErrors());
        summaryRow(out, "html.summary.errors", result.errors());
        summaryRow(out, "html.summary.warnings", result.warnings());
        summaryRow(out, "html.summary.infos", result.infos());
        out.write("</table>\n");
    }

    private void summaryRow(Writer out, String key, int count) throws IOException {
        out.write("<tr><th scope=\"row\">" + escape(text.get(key)) + "</th><td class=\"count\">"
                + escape(text.get("html.count", count)) + "</td></tr>\n");
    }

    /** Links to the sections of the rows with errors, so a reader can jump to what must be fixed. */
    private void writeErrorRowLinks(Map<Integer, List<Issue>> byRow, Writer out) throws IOException {
        StringBuilder links = new StringBuilder();
        for (Map.Entry<Integer, List<Issue>> entry : byRow.entrySet()) {
            if (entry.getValue().get(0).isError()) {
                links.append(links.length() == 0 ? " " : ", ").append("<a href=\"#row-").append(entry.getKey())
                        .append("\">").append(entry.getKey()).append("</a>");
            }
        }
        if (links.length() > 0) {
            out.write("<p class=\"error-rows\">" + escape(text.get("html.errorRows")) + links + "</p>\n");
        }
    }

    private void writeRowHeading(CheckReport report, int rowNumber, int nameColumn, Writer out) throws IOException {
        StringBuilder heading = new StringBuilder(escape(text.get("html.row", rowNumber)));
        List<Row> rows = report.file().rows();
        if (rowNumber >= 1 && rowNumber <= rows.size()) {
            Row row = rows.get(rowNumber - 1);
            String name = nameColumn < 0 ? "" : row.get(nameColumn).strip();
            if (!name.isEmpty()) {
                heading.append(" \u2014 ").append(escape(name));
            }
            if (row.sourceLine() > 0) {
                heading.append(" <span class=\"context\">")
                        .append(escape(text.get("html.rowLine", row.sourceLine()))).append("</span>");
            }
        }
        out.write("<h2 id=\"row-" + rowNumber + "\">" + heading + "</h2>\n");
    }

    private void writeIssues(CheckReport report, List<Issue> issues, Writer out) throws IOException {
        out.write("<table>\n<thead><tr><th>" + escape(text.get("html.column.severity")) + "</th><th>"
                + escape(text.get("html.column.column")) + "</th><th>" + escape(text.get("html.column.value"))
                + "</th><th>" + escape(text.get("html.column.message")) + "</th></tr></thead>\n<tbody>\n");
        for (Issue issue : issues) {
            String severity = issue.severity().id();
            out.write("<tr><td><span class=\"badge " + severity + "\">"
                    + escape(text.get("html.severity." + severity)) + "</span></td>");
            out.write("<td>" + escape(issue.column() == null ? "" : issue.column()) + "</td>");
            out.write("<td class=\"value\">" + value(issue.value()) + "</td>");
            out.write("<td>" + escape(report.message(issue)) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    private String value(String value) {
        if (value == null) {
            return "";
        }
        if (value.isBlank()) {
            // White space reads as empty to Partner Center too; an invisible value helps nobody.
            return "<span class=\"empty\">" + escape(text.get("html.emptyValue")) + "</span>";
        }
        return "<code>" + escape(value) + "</code>";
    }


    private static String escape(String raw) {
        return StringEscapeUtils.escapeHtml4(raw);
    }

    /** The page's stylesheet, inlined so the page stands alone. Loaded once, on first HTML report. */
    private static final class Stylesheet {
        static final String CSS = load();

        private static String load() {
            try (InputStream in = HtmlReport.class.getResourceAsStream("html-report.css")) {
                if (in == null) {
                    throw new IllegalStateException("html-report.css missing from the build");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
