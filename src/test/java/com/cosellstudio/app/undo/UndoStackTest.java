package com.cosellstudio.app.undo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoStackTest {
    /** A command that appends to / removes from a shared list. */
    private static Command adding(List<String> list, String value) {
        return new Command() {
            @Override
            public void execute() {
                list.add(value);
            }

            @Override
            public void undo() {
                list.remove(list.size() - 1);
            }

            @Override
            public String descriptionKey() {
                return "undo.editCell";
            }
        };
    }

    @Test
    void theHistoryIsCappedAndTheOldestStepsFallOff() {
        UndoStack stack = new UndoStack(3);
        List<String> list = new ArrayList<>();
        for (String value : List.of("a", "b", "c", "d")) {
            stack.execute(adding(list, value));
        }
        for (int i = 0; i < 5; i++) {
            stack.undo();
        }
        assertEquals(List.of("a"), list);
        assertEquals(0, stack.undoDepth());
        assertTrue(stack.isDirty(), "'a' can no longer be undone, so the saved state is out of reach");
    }

    @Test
    void undoingBackToTheSavedStateClearsTheUnsavedMark() {
        UndoStack stack = new UndoStack();
        List<String> list = new ArrayList<>();
        long revision = stack.revisionProperty().get();
        stack.execute(adding(list, "a"));
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.execute(adding(list, "b"));
        assertTrue(stack.isDirty());
        stack.undo();
        assertFalse(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty());
        stack.redo();
        assertFalse(stack.isDirty());
        assertTrue(stack.revisionProperty().get() > revision);
        // A new command after an undo drops the redo history.
        stack.undo();
        stack.execute(adding(list, "c"));
        assertFalse(stack.canRedoProperty().get());
        assertEquals(List.of("c"), list);
    }

    @Test
    void aCommandCannotPushAnotherWhileItRuns() {
        UndoStack stack = new UndoStack();
        Command nested = new Command() {
            @Override
            public void execute() {
                stack.execute(adding(new ArrayList<>(), "x"));
            }

            @Override
            public void undo() {
            }

            @Override
            public String descriptionKey() {
                return "undo.editCell";
            }
        };
        assertThrows(IllegalStateException.class, () -> stack.execute(nested));
        assertEquals(0, stack.undoDepth());
    }
}
