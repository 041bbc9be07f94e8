package com.cosellstudio.app.editors;

import javafx.scene.input.KeyEvent;

/** The keys every editor shares: Enter and Tab commit and move on, Esc cancels. */
final class EditorKeys {
    private EditorKeys() {
    }

    /** The move an Enter or Tab asks for, or null for any other key. */
    static Move moveOf(KeyEvent event) {
        switch (event.getCode()) {
            case ENTER:
                return event.isShiftDown() ? Move.UP : Move.DOWN;
            case TAB:
                return event.isShiftDown() ? Move.LEFT : Move.RIGHT;
            default:
                return null;
        }
    }
}
