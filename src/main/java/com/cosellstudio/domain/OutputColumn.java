package com.cosellstudio.domain;

/**
 * One column of a file to be written: its header and where its cells come from.
 *
 * @param header      the header to write
 * @param sourceIndex the column of the document whose cells are written here, or -1 for a column
 *                    written empty (the Errors column, a template column the document lacks)
 * @param errors      whether this is the column Partner Center fills with each row's errors (in a
 *                    result report, the report fills it with the row's error messages)
 */
public record OutputColumn(String header, int sourceIndex, boolean errors) {

    /** A column of the document's cells (or an empty one), not the errors column. */
    public OutputColumn(String header, int sourceIndex) {
        this(header, sourceIndex, false);
    }
}
