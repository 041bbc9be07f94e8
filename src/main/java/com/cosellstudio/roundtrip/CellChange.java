package com.cosellstudio.roundtrip;

/**
 * One cell of a document row that differs from the baseline export.
 *
 * @param columnIndex 0-based column of the document
 * @param column      canonical column name ("Deal Name", "Solution 3")
 * @param oldValue    the value in the baseline export ("" when the export lacked the column)
 * @param newValue    the value in the document now
 */
public record CellChange(int columnIndex, String column, String oldValue, String newValue) {
}
