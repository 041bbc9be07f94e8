package com.cosellstudio.app.model;

import com.cosellstudio.io.TextWorkbookWriter;
import com.cosellstudio.rules.Issue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The messages of each cell, as Export to Excel writes them into cell comments: taken on the UI
 * thread from the rows with issues only, so that the workbook can be written in the background
 * while the user goes on editing. An issue of the whole row goes on the row's first cell.
 */
public final class ExcelNotes implements TextWorkbookWriter.CellNotes {
    private final Map<Long, String> notes = new HashMap<>();

    private ExcelNotes() {
    }

    /** The notes of every row of the document, in file order, rendered by {@code messages}. */
    public static ExcelNotes of(GridDocument document, Function<Issue, String> messages) {
        ExcelNotes result = new ExcelNotes();
        List<GridRow> rows = document.rows();
        for (int i = 0; i < rows.size(); i++) {
            GridRow row = rows.get(i);
            for (Issue issue : row.issues()) {
                int column = issue.columnIndex() == null ? 0 : issue.columnIndex();
                result.notes.merge(key(i, column), messages.apply(issue), (a, b) -> a + "\n" + b);
            }
        }
        return result;
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }

    @Override
    public String noteAt(int rowIndex, int column) {
        return notes.isEmpty() ? null : notes.get(key(rowIndex, column));
    }
}
