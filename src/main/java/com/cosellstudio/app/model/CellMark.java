package com.cosellstudio.app.model;

import com.cosellstudio.rules.Severity;

/**
 * A visual mark on a grid cell, drawn by a CSS pseudo-class of the same name ({@code :error}).
 * New kinds (a changed cell, a cell Partner Center rejected) are new constants here plus a CSS rule;
 * the grid iterates the enum and needs no change.
 */
public enum CellMark {
    ERROR("error"),
    WARNING("warning"),
    /** An issue of severity info (a note): a glyph only, shown when the cell has no error or warning. */
    NOTE("note"),
    /** The cell differs from the baseline export (the old value is in the tooltip). */
    CHANGED("changed"),
    /** Partner Center rejected the row: on the Errors cell and the row number of a processed file. */
    REJECTED("rejected");

    private final String pseudoClass;

    CellMark(String pseudoClass) {
        this.pseudoClass = pseudoClass;
    }

    /** The CSS pseudo-class that draws this mark. */
    public String pseudoClass() {
        return pseudoClass;
    }

    /** The mark an issue of this severity puts on its cell. */
    public static CellMark of(Severity severity) {
        switch (severity) {
            case ERROR:
                return ERROR;
            case WARNING:
                return WARNING;
            default:
                return NOTE;
        }
    }
}
