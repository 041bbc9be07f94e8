package com.cosellstudio.report;

import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceFormat;
import com.cosellstudio.rules.ColumnRole;
import java.util.List;

/**
 * The heading of a row's issues in the HTML page, as escaped markup: its number, its deal name (so
 * a reader recognises the deal) and where it stands in the file. In a CSV that is the physical line
 * the record starts on, the line breaks inside quoted cells counted, so a text editor's "go to
 * line" lands on it; in a workbook it is the sheet row.
 */
final class RowHeadings {
    private final Texts text;
    private final List<Row> rows;
    private final int nameColumn;
    private final String whereKey;

    RowHeadings(CheckReport report, Texts text) {
        this.text = text;
        this.rows = report.file().rows();
        this.nameColumn = report.layout().indexOf(ColumnRole.DEAL_NAME);
        this.whereKey = report.file().source().format() == SourceFormat.XLSX ? "html.rowSheetRow" : "html.rowLine";
    }

    String of(int rowNumber) {
        StringBuilder heading = new StringBuilder(HtmlReport.escape(text.get("html.row", String.valueOf(rowNumber))));
        if (rowNumber < 1 || rowNumber > rows.size()) {
            return heading.toString();
        }
        Row row = rows.get(rowNumber - 1);
        String name = nameColumn < 0 ? "" : row.get(nameColumn).strip();
        if (!name.isEmpty()) {
            heading.append(" \u2014 ").append(HtmlReport.escape(name));
        }
        // A row added in the window has no place in the file yet.
        if (row.sourceLine() > 0) {
            heading.append(" <span class=\"context\">")
                    .append(HtmlReport.escape(text.get(whereKey, String.valueOf(row.sourceLine())))).append("</span>");
        }
        return heading.toString();
    }
}
