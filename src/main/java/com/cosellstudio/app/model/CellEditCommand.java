package com.cosellstudio.app.model;

import com.cosellstudio.app.undo.Command;
import java.util.List;

/** Changes one or many cells as one step: a typed value, a cleared range, a pasted block. */
final class CellEditCommand implements Command {
    private final GridDocument document;
    private final List<CellChange> changes;
    private final String descriptionKey;

    CellEditCommand(GridDocument document, List<CellChange> changes, String descriptionKey) {
        this.document = document;
        this.changes = List.copyOf(changes);
        this.descriptionKey = descriptionKey;
    }

    @Override
    public void execute() {
        document.setCells(changes, true);
    }

    @Override
    public void undo() {
        document.setCells(changes, false);
    }

    /** The first cell the command changes (where the grid shows an undo or redo of it). */
    CellChange firstChange() {
        return changes.isEmpty() ? null : changes.get(0);
    }

    @Override
    public String descriptionKey() {
        return descriptionKey;
    }
}
