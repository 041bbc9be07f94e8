package com.cosellstudio.domain;

/**
 * One column of a file to be written: its header and where its cells come from.
 *
 * @param header      the header to write
 * @param sourceIndex the column of the document whose cells are written here, or -1 for a column
 *                    written empty (the Errors column, a template column the document lacks)
 */
public record OutputColumn(String header, int sourceIndex) {
}
