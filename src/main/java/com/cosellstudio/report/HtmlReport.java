package com.cosellstudio.report;

import com.cosellstudio.domain.SourceFormat;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.Severity;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A self-contained HTML page of a check, the kind a person forwards to a colleague: inline CSS, no
 * scripts, no external resources, every text from the file HTML-escaped. Summary counts first, then
 * what must be fixed before uploading: the errors (of the file, then of each row in row order), then
 * the warnings of rows without errors, then the notes counted per code and column. A row with notes
 * only is not listed: an export with read-only columns filled has one on nearly every row.
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
        Map<Severity, List<Issue>> fileLevel = new EnumMap<>(Severity.class);
        Map<Integer, List<Issue>> byRow = new TreeMap<>();
        for (Issue issue : result.issues()) {
            if (issue.row() == null) {
                fileLevel.computeIfAbsent(issue.severity(), severity -> new ArrayList<>()).add(issue);
            } else {
                byRow.computeIfAbsent(issue.row(), row -> new ArrayList<>()).add(issue);
            }
        }
        // Within a row, what blocks the upload comes first (Severity is declared error, warning, info);
        // so a row's first issue is its worst, and it is listed in that severity's section.
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
        RowHeadings headings = new RowHeadings(report, text);
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING)) {
            writeSection(report, severity, fileLevel.getOrDefault(severity, List.of()), byRow, headings, out);
        }
        writeNotes(report, NotesSummary.of(result.issues()), out);
        out.write("<footer>" + escape(text.get("html.footer")));
        if (report.file().source().format() == SourceFormat.CSV) {
            out.write(" " + escape(text.get("html.footer.lines")));
        }
        out.write("</footer>\n</body>\n</html>\n");
    }

    /**
     * The issues of the file and the rows whose worst issue is of {@code severity}; each row with
     * all its issues, so that whoever fixes it sees everything about it in one place.
     */
    private void writeSection(CheckReport report, Severity severity, List<Issue> fileLevel,
                              Map<Integer, List<Issue>> byRow, RowHeadings headings, Writer out) throws IOException {
        List<Map.Entry<Integer, List<Issue>>> rows = new ArrayList<>();
        for (Map.Entry<Integer, List<Issue>> entry : byRow.entrySet()) {
            if (entry.getValue().get(0).severity() == severity) {
                rows.add(entry);
            }
        }
        if (fileLevel.isEmpty() && rows.isEmpty()) {
            return;
        }
        String id = severity.id();
        out.write("<section id=\"" + id + "s\">\n<h2>" + escape(text.get("html.section." + id)) + "</h2>\n");
        if (!fileLevel.isEmpty()) {
            out.write("<h3>" + escape(text.get("html.fileLevel")) + "</h3>\n");
            writeIssues(report, fileLevel, out);
        }
        for (Map.Entry<Integer, List<Issue>> entry : rows) {
            out.write("<h3 id=\"row-" + entry.getKey() + "\">" + headings.of(entry.getKey()) + "</h3>\n");
            writeIssues(report, entry.getValue(), out);
        }
        out.write("</section>\n");
    }

    /** The notes counted per code and column, each group with one of its messages as an example. */
    private void writeNotes(CheckReport report, NotesSummary notes, Writer out) throws IOException {
        if (notes.notes() == 0) {
            return;
        }
        out.write("<section id=\"notes\">\n<h2>" + escape(text.get("html.section.info")) + "</h2>\n");
        out.write("<p class=\"notes-total\">" + escape(text.get("html.notes.total", notes.notes(), notes.rows()))
                + "</p>\n");
        out.write("<table class=\"notes\">\n<thead><tr><th>" + escape(text.get("html.notes.code")) + "</th><th>"
                + escape(text.get("html.column.column")) + "</th><th>" + escape(text.get("html.notes.count"))
                + "</th><th>" + escape(text.get("html.notes.rows")) + "</th><th>"
                + escape(text.get("html.notes.example")) + "</th></tr></thead>\n<tbody>\n");
        for (NotesSummary.Group group : notes.groups()) {
            out.write("<tr><td><code>" + escape(group.code().name()) + "</code></td>");
            out.write("<td>" + escape(group.column() == null ? "" : group.column()) + "</td>");
            out.write("<td class=\"count\">" + escape(text.get("html.count", group.notes())) + "</td>");
            out.write("<td class=\"count\">" + escape(text.get("html.count", group.rows())) + "</td>");
            out.write("<td>" + escape(report.message(group.example())) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n</section>\n");
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

    private void writeIssues(CheckReport report, List<Issue> issues, Writer out) throws IOException {
        out.write("<table class=\"issues\">\n<thead><tr><th>" + escape(text.get("html.column.severity")) + "</th><th>"
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

    static String escape(String raw) {
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
