package com.cosellstudio.app.model;

/** One cell of the grid: a row and a 0-based document column (-1 for the row number cell). */
public record CellRef(GridRow row, int column) {
}
