package com.cosellstudio.report;

import com.cosellstudio.rules.Issue;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The Errors column of the CSV report: for each row, the messages of its errors separated by
 * semicolons, as Partner Center fills that column in the result file of an upload. Warnings and
 * notes stay out (the row would upload), and so do file-level issues (they belong to no row).
 * The rest of that report is the upload-ready file itself, written by {@code io.UploadCsvWriter}.
 */
public final class ErrorsColumn {
    /** Between two messages in one cell. */
    public static final String SEPARATOR = "; ";

    private ErrorsColumn() {
    }

    /** 1-based row number → that row's error messages, or null for a row without errors. */
    public static IntFunction<String> of(CheckReport report) {
        Map<Integer, StringBuilder> byRow = new HashMap<>();
        for (Issue issue : report.result().issues()) {
            if (!issue.isError() || issue.row() == null) {
                continue;
            }
            StringBuilder cell = byRow.get(issue.row());
            if (cell == null) {
                byRow.put(issue.row(), new StringBuilder(report.message(issue)));
            } else {
                cell.append(SEPARATOR).append(report.message(issue));
            }
        }
        return row -> {
            StringBuilder cell = byRow.get(row);
            return cell == null ? null : startingAsText(cell.toString());
        };
    }

    /**
     * The cell as a spreadsheet program shows it as text: a message that would start like a formula
     * (a translation that opens with the cell's value, a column named {@code =...}) gets the
     * apostrophe spreadsheet users know for "text, not a formula" in front. The cells of the deals
     * are never changed (Partner Center needs them as they are); this column is ours.
     */
    static String startingAsText(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formulaStart = first == '=' || first == '+' || first == '-' || first == '@'
                || first == '\t' || first == '\r' || first == '\n' || first == ' ';
        return formulaStart ? "'" + cell : cell;
    }
}
