package com.cosellstudio.app.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo of {@link Command}s with a capped history. Every state of the document reached by
 * commands gets an id; the saved state's id is remembered, so undoing back to it clears the
 * unsaved-changes mark and redoing away from it sets it again. A command must not push another
 * command while it runs (that would corrupt the history), which the stack refuses.
 */
public final class UndoStack {
    /** Enough for a long session; each entry holds only the cells it changed. */
    public static final int DEFAULT_CAPACITY = 500;

    private record Entry(Command command, long state) {
    }

    private final int capacity;
    private final Deque<Entry> done = new ArrayDeque<>();
    private final Deque<Entry> undone = new ArrayDeque<>();
    private long nextState = 1;
    /** The state with nothing left to undo: the opened document, or where capped history now starts. */
    private long floorState;
    private long savedState;
    private boolean running;

    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoKey = new ReadOnlyStringWrapper(this, "undoKey");
    private final ReadOnlyStringWrapper redoKey = new ReadOnlyStringWrapper(this, "redoKey");

    public UndoStack() {
        this(DEFAULT_CAPACITY);
    }

    public UndoStack(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
    }

    /** Executes the command and records it; the redo history is dropped. */
    public void execute(Command command) {
        run(command::execute);
        undone.clear();
        done.push(new Entry(command, nextState++));
        if (done.size() > capacity) {
            floorState = done.removeLast().state();
        }
        changed();
    }

    /** The command the next undo takes back, or null when there is none. */
    public Command nextUndo() {
        return done.isEmpty() ? null : done.peek().command();
    }

    /** The command the next redo does again, or null when there is none. */
    public Command nextRedo() {
        return undone.isEmpty() ? null : undone.peek().command();
    }

    public void undo() {
        if (done.isEmpty()) {
            return;
        }
        Entry entry = done.peek();
        run(entry.command()::undo);
        undone.push(done.pop());
        changed();
    }

    public void redo() {
        if (undone.isEmpty()) {
            return;
        }
        Entry entry = undone.peek();
        run(entry.command()::redo);
        done.push(undone.pop());
        changed();
    }

    /** Forgets the history (a new document); the new state counts as saved. */
    public void clear() {
        done.clear();
        undone.clear();
        floorState = nextState++;
        savedState = floorState;
        changed();
    }

    /** The document was saved in its current state. */
    public void markSaved() {
        savedState = currentState();
        changed();
    }

    /**
     * The document differs from every file on disk (changes restored after a crash): unsaved until
     * saved, whatever is undone.
     */
    public void markUnsaved() {
        savedState = -1;
        changed();
    }

    private long currentState() {
        return done.isEmpty() ? floorState : done.peek().state();
    }

    private void run(Runnable action) {
        if (running) {
            throw new IllegalStateException("a command may not change the history while it runs");
        }
        running = true;
        try {
            action.run();
        } finally {
            running = false;
        }
    }

    private void changed() {
        revision.set(revision.get() + 1);
        dirty.set(currentState() != savedState);
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoKey.set(done.isEmpty() ? null : done.peek().command().descriptionKey());
        redoKey.set(undone.isEmpty() ? null : undone.peek().command().descriptionKey());
    }

    /** Ticks on every execute, undo, redo, clear and save. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** True while the document differs from its last saved (or opened) state. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Description key of the command Undo would revert, or null. */
    public ReadOnlyStringProperty undoKeyProperty() {
        return undoKey.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoKeyProperty() {
        return redoKey.getReadOnlyProperty();
    }

    public int undoDepth() {
        return done.size();
    }
}
