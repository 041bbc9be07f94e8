package com.cosellstudio.app.editors;

/** Where the selection goes after an edit is committed (Enter: down, Tab: right, …). */
public enum Move {
    NONE, DOWN, UP, RIGHT, LEFT
}
