package com.cosellstudio.app.view;

import com.cosellstudio.app.editors.Move;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;

/**
 * Spreadsheet keys on the grid when no cell is being edited: Enter / Tab move (Shift backwards),
 * F2 edits with the column's editor, Delete and Backspace clear the selection, and typing a
 * character starts editing with it. Arrows are the table's own. While a cell editor is open its
 * keys are the editor's.
 */
final class GridKeys {
    private final DealGrid grid;

    GridKeys(DealGrid grid) {
        this.grid = grid;
    }

    void install() {
        TableView<?> table = grid.node();
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        table.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
    }

    private boolean editing() {
        return grid.node().getEditingCell() != null;
    }

    private void pressed(KeyEvent event) {
        if (editing() || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        switch (event.getCode()) {
            case ENTER:
                grid.move(event.isShiftDown() ? Move.UP : Move.DOWN);
                event.consume();
                break;
            case TAB:
                grid.move(event.isShiftDown() ? Move.LEFT : Move.RIGHT);
                event.consume();
                break;
            case F2:
                grid.editFocused(null);
                event.consume();
                break;
            case DELETE:
            case BACK_SPACE:
                grid.clipboard().clear();
                event.consume();
                break;
            default:
                break;
        }
    }

    private void typed(KeyEvent event) {
        if (editing()) {
            return;
        }
        String character = event.getCharacter();
        // Ctrl+letter is a shortcut, not text; AltGr (Ctrl+Alt on Windows) does type characters.
        boolean shortcut = (event.isControlDown() && !event.isAltDown()) || event.isMetaDown();
        if (character == null || character.isEmpty() || shortcut) {
            return;
        }
        char first = character.charAt(0);
        if (first < 0x20 || first == 0x7f) {
            return;
        }
        event.consume();
        grid.editFocused(character);
    }
}
