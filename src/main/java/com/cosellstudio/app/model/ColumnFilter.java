package com.cosellstudio.app.model;

import com.cosellstudio.rules.Issue;

/**
 * A filter on one column: rows whose cell equals a value (surrounding spaces and case ignored; an
 * empty value keeps the blank cells), or rows with an error on that cell.
 *
 * @param column document column
 * @param value  the value kept, or null for "has an error"
 */
public record ColumnFilter(int column, String value) {

    public static ColumnFilter byValue(int column, String value) {
        return new ColumnFilter(column, value == null ? "" : value.strip());
    }

    public static ColumnFilter hasError(int column) {
        return new ColumnFilter(column, null);
    }

    public boolean isHasError() {
        return value == null;
    }

    boolean keeps(GridRow row) {
        if (value == null) {
            if (!row.hasErrors()) {
                return false;
            }
            for (Issue issue : row.issuesAt(column)) {
                if (issue.isError()) {
                    return true;
                }
            }
            return false;
        }
        return row.get(column).strip().equalsIgnoreCase(value);
    }
}
