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
        out.println(TerminalText.visible(text.get("text.file", report.fileName())));
        out.println(text.get("text.format", report.describeSource(text)));
        out.println(text.get("text.template", report.describeTemplate(text)));
        out.println(text.get("text.deals", report.deals(), result.create(), result.update()));
        out.println(text.get("text.errors", result.errors(), result.rowsWithErrors()));
        out.println(text.get("text.warnings", result.warnings()));
        if (result.infos() > 0) {
            out.println(text.get("text.infos", result.infos()));
        }
        if (!result.issues().isEmpty()) {
            out.println();
        }
        for (Issue issue : result.issues()) {
            // Messages quote cells, and cells may hold a terminal's control codes.
            out.println(TerminalText.visible(line(issue, report.message(issue))));
        }
    }

    private String line(Issue issue, String message) {
        String severity = issue.severity().id();
        String code = issue.code().name();
        if (issue.row() == null) {
            return text.get("text.issue.file", severity, code, message);
        }
        if (issue.column() == null) {
            return text.get("text.issue.row", issue.row(), severity, code, message);
        }
        return text.get("text.issue.cell", issue.row(), issue.column(), severity, code, message);
    }
}
