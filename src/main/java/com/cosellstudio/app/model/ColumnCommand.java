package com.cosellstudio.app.model;

import com.cosellstudio.app.undo.Command;
import java.util.List;

/**
 * Adds empty columns (the next Solution / Team member, the columns a merge brings) or removes one,
 * its cells kept for undo.
 */
final class ColumnCommand implements Command {
    private final GridDocument document;
    /** Where the inserted columns stand (ascending), or the one removed column. */
    private final int[] indexes;
    private final List<String> names;
    private final boolean insert;
    private List<String> removedCells;

    private ColumnCommand(GridDocument document, int[] indexes, List<String> names, boolean insert) {
        this.document = document;
        this.indexes = indexes.clone();
        this.names = List.copyOf(names);
        this.insert = insert;
    }

    static ColumnCommand insert(GridDocument document, int index, String name) {
        return insert(document, new int[] {index}, List.of(name));
    }

    /** Inserts empty columns named {@code names} so that they end up at {@code indexes} (ascending). */
    static ColumnCommand insert(GridDocument document, int[] indexes, List<String> names) {
        return new ColumnCommand(document, indexes, names, true);
    }

    static ColumnCommand remove(GridDocument document, int index) {
        return new ColumnCommand(document, new int[] {index}, List.of(document.header(index)), false);
    }

    @Override
    public void execute() {
        if (insert) {
            document.insertColumns(indexes, names);
        } else {
            removedCells = document.removeColumn(indexes[0]);
        }
    }

    @Override
    public void undo() {
        if (insert) {
            document.removeColumns(indexes);
        } else {
            document.restoreColumn(indexes[0], names.get(0), removedCells);
        }
    }

    @Override
    public String descriptionKey() {
        return insert ? "undo.addColumn" : "undo.removeColumn";
    }
}
