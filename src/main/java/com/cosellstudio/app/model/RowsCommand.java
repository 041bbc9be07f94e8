package com.cosellstudio.app.model;

import com.cosellstudio.app.undo.Command;
import java.util.List;

/**
 * Adds rows (new, duplicated, or appended by a paste) or deletes rows. The same rows go back at the
 * same places on undo, so later commands that refer to them stay valid.
 */
final class RowsCommand implements Command {
    private final GridDocument document;
    private final int[] positions;
    private final List<GridRow> rows;
    private final boolean insert;
    private final String descriptionKey;

    private RowsCommand(GridDocument document, int[] positions, List<GridRow> rows, boolean insert,
                        String descriptionKey) {
        this.document = document;
        this.positions = positions.clone();
        this.rows = List.copyOf(rows);
        this.insert = insert;
        this.descriptionKey = descriptionKey;
    }

    /** Inserts {@code rows} so that they end up at {@code positions} (0-based, ascending). */
    static RowsCommand insert(GridDocument document, int[] positions, List<GridRow> rows, String key) {
        return new RowsCommand(document, positions, rows, true, key);
    }

    /** Deletes {@code rows}, which stand at {@code positions} (0-based, ascending). */
    static RowsCommand delete(GridDocument document, int[] positions, List<GridRow> rows, String key) {
        return new RowsCommand(document, positions, rows, false, key);
    }

    @Override
    public void execute() {
        if (insert) {
            document.insertRows(positions, rows);
        } else {
            document.removeRows(positions);
        }
    }

    @Override
    public void undo() {
        if (insert) {
            document.removeRows(positions);
        } else {
            document.insertRows(positions, rows);
        }
    }

    @Override
    public String descriptionKey() {
        return descriptionKey;
    }
}
