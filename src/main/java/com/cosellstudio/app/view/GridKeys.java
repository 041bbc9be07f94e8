package com.cosellstudio.app.view;

import com.cosellstudio.app.editors.Move;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Spreadsheet keys on the grid when no cell is being edited: arrows move one cell (Shift extends
 * the selection from its anchor), Ctrl+Home / Ctrl+End go to the first / last cell, Enter / Tab
 * move (Shift backwards), F2 edits with the column's editor, Delete and Backspace clear the
 * selection, and typing a character starts editing with it. Page keys are the table's own. While a
 * cell editor is open its keys are the editor's.
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
        if (editing() || event.isAltDown()) {
            return;
        }
        if (event.isShortcutDown()) {
            if (event.getCode() == KeyCode.HOME || event.getCode() == KeyCode.END) {
                grid.moveToCorner(event.getCode() == KeyCode.END);
                event.consume();
            }
            return;
        }
        Move arrow = arrow(event.getCode());
        if (arrow != null) {
            if (event.isShiftDown()) {
                grid.extend(arrow);
            } else {
                grid.move(arrow);
            }
            event.consume();
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

    private static Move arrow(KeyCode code) {
        switch (code) {
            case UP:
            case KP_UP:
                return Move.UP;
            case DOWN:
            case KP_DOWN:
                return Move.DOWN;
            case LEFT:
            case KP_LEFT:
                return Move.LEFT;
            case RIGHT:
            case KP_RIGHT:
                return Move.RIGHT;
            default:
                return null;
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
