package com.cosellstudio.report;

import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.Issue;
import java.io.PrintStream;

/**
 * The summary {@code check} prints by default: what was read and counted, then one line per issue
 * ({@code row 4, Partner Referral Status: error INVALID_VALUE — …}). Severity and code stay the
 * stable identifiers scripts grep for; everything else comes from {@code report.properties}.
 * Control characters of the file (in its name, its cells, its header) are spelled out
 * ({@link TerminalText}), never sent to the terminal.
 */
public final class TextReport {
    private final Texts text;

    public TextReport(Texts text) {
        this.text = text;
    }

    public void write(CheckReport report, PrintStream out) {
        CheckResult result = report.result();
        // Every line: the file name, the sheet name (on the Format line) and the cells quoted by
        // messages are the file's text, and may hold a terminal's control codes or line breaks.
        print(out, text.get("text.file", report.fileName()));
        print(out, text.get("text.format", report.describeSource(text)));
        print(out, text.get("text.template", report.describeTemplate(text)));
        print(out, text.get("text.deals", report.deals(), result.create(), result.update()));
        print(out, text.get("text.errors", result.errors(), result.rowsWithErrors()));
        print(out, text.get("text.warnings", result.warnings()));
        if (result.infos() > 0) {
            print(out, text.get("text.infos", result.infos()));
        }
        if (!result.issues().isEmpty()) {
            out.println();
        }
        for (Issue issue : result.issues()) {
            print(out, line(issue, report.message(issue)));
        }
    }

    private static void print(PrintStream out, String line) {
        out.println(TerminalText.visible(line));
    }

    /** A row number is written as digits alone, as the file's line numbers are, in every language. */
    private String line(Issue issue, String message) {
        String severity = issue.severity().id();
        String code = issue.code().name();
        if (issue.row() == null) {
            return text.get("text.issue.file", severity, code, message);
        }
        if (issue.column() == null) {
            return text.get("text.issue.row", String.valueOf(issue.row()), severity, code, message);
        }
        return text.get("text.issue.cell", String.valueOf(issue.row()), issue.column(), severity, code, message);
    }
}
