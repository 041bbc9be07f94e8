package com.cosellstudio.app.model;

/** One level of a grid sort: a document column (-1: the row number) and its direction. */
public record SortKey(int column, boolean ascending) {
}
