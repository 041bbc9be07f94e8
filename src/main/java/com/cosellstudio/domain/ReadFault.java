package com.cosellstudio.domain;

/**
 * A cell the reader could not read faithfully, noted on its row so the checks can show it on the
 * cell: the text it holds is the reader's best reading, and the user must look at it.
 *
 * @param column the cell's column
 * @param kind   what went wrong
 * @param detail what to name in the message: the byte ("0xE9") of an encoding fault, the error
 *               ("#N/A") of a workbook's error cell
 */
public record ReadFault(int column, Kind kind, String detail) {

    public enum Kind {
        /** A byte that is not UTF-8 in a file otherwise read as UTF-8 (spec section 6). */
        ENCODING,
        /** A workbook cell holding a spreadsheet error such as {@code #N/A} or {@code #DIV/0!}. */
        ERROR_CELL
    }

    /** The same fault on another column (its cell moved when a column was added or removed). */
    ReadFault movedTo(int newColumn) {
        return new ReadFault(newColumn, kind, detail);
    }
}
