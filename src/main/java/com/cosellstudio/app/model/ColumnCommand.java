package com.cosellstudio.app.model;

import com.cosellstudio.app.undo.Command;
import java.util.List;

/** Adds an empty column (the next Solution / Team member) or removes one, cells kept for undo. */
final class ColumnCommand implements Command {
    private final GridDocument document;
    private final int index;
    private final String name;
    private final boolean insert;
    private List<String> removedCells;

    private ColumnCommand(GridDocument document, int index, String name, boolean insert) {
        this.document = document;
        this.index = index;
        this.name = name;
        this.insert = insert;
    }

    static ColumnCommand insert(GridDocument document, int index, String name) {
        return new ColumnCommand(document, index, name, true);
    }

    static ColumnCommand remove(GridDocument document, int index) {
        return new ColumnCommand(document, index, document.header(index), false);
    }

    @Override
    public void execute() {
        if (insert) {
            document.insertColumn(index, name);
        } else {
            removedCells = document.removeColumn(index);
        }
    }

    @Override
    public void undo() {
        if (insert) {
            document.removeColumn(index);
        } else {
            document.restoreColumn(index, name, removedCells);
        }
    }

    @Override
    public String descriptionKey() {
        return insert ? "undo.addColumn" : "undo.removeColumn";
    }
}
