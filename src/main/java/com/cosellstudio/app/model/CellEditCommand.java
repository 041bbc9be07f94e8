package com.cosellstudio.app.model;

import com.cosellstudio.app.undo.Command;
import com.cosellstudio.domain.ReadFault;
import java.util.List;

/** Changes one or many cells as one step: a typed value, a cleared range, a pasted block. */
final class CellEditCommand implements Command {
    private final GridDocument document;
    private final List<CellChange> changes;
    /** What the reader could not read faithfully in the changed cells: undo gives it back with the value. */
    private final ReadFault[] faultsBefore;
    private final String descriptionKey;

    CellEditCommand(GridDocument document, List<CellChange> changes, String descriptionKey) {
        this.document = document;
        this.changes = List.copyOf(changes);
        this.faultsBefore = faultsOf(this.changes);
        this.descriptionKey = descriptionKey;
    }

    /** The fault of each changed cell before the change (null where none), in the order of the changes. */
    private static ReadFault[] faultsOf(List<CellChange> changes) {
        ReadFault[] faults = new ReadFault[changes.size()];
        for (int i = 0; i < faults.length; i++) {
            CellChange change = changes.get(i);
            faults[i] = change.row().row().faultAt(change.column());
        }
        return faults;
    }

    @Override
    public void execute() {
        document.setCells(changes, true, null);
    }

    @Override
    public void undo() {
        document.setCells(changes, false, faultsBefore);
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
