package com.cosellstudio.app.model;

/** One cell going from {@code before} to {@code after}; the unit of every edit, paste and clear. */
public record CellChange(GridRow row, int column, String before, String after) {
}
