package com.cosellstudio.app.model;

/** Which cells a bulk edit (replace all, fill down, set value) may change; the others are skipped and counted. */
@FunctionalInterface
public interface EditableCells {
    boolean test(GridRow row, int column);

    /** Every cell. */
    static EditableCells all() {
        return (row, column) -> true;
    }
}
