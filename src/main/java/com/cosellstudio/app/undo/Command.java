package com.cosellstudio.app.undo;

/**
 * One user change to the document as an object that can be done, undone and redone. Bulk changes
 * (a paste, clearing a range, deleting rows) are one command, so one Ctrl+Z undoes them whole.
 */
public interface Command {

    /** Applies the change the first time. */
    void execute();

    /** Reverts exactly what {@link #execute()} did. */
    void undo();

    /** Applies the change again after an undo; by default the same as executing it. */
    default void redo() {
        execute();
    }

    /** Bundle key of a short description ("undo.editCell"), shown in the Edit menu. */
    String descriptionKey();
}
