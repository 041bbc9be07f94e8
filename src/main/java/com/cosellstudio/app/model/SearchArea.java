package com.cosellstudio.app.model;

import java.util.List;

/**
 * The cells a find or a bulk edit covers: rows (in the order they are visited) and the document
 * columns of each.
 */
public record SearchArea(List<GridRow> rows, int[] columns) {
    public SearchArea {
        rows = List.copyOf(rows);
        columns = columns.clone();
    }

    /** Where Find and Replace looks. */
    public enum Scope {
        /** The selected cells: the rows with a selected cell, in the selected columns. */
        SELECTION,
        /** The selected columns, in every row shown. */
        SELECTED_COLUMNS,
        /** Every column of the selected rows. */
        SELECTED_ROWS,
        /** Every cell of the document, hidden rows too. */
        WHOLE_FILE
    }

    public int cellCount() {
        return rows.size() * columns.length;
    }
}
