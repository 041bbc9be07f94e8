package com.cosellstudio.domain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A co-sell bulk file as read: the header cells as they stand in the file, the records under it
 * (blank ones included, so row numbers match a spreadsheet) and what was detected about the source.
 * Row N in every message is {@code rows().get(N - 1)}.
 */
public final class BulkFile {
    private final Path path;
    private final SourceInfo source;
    private final List<String> header;
    private final List<Row> rows;

    public BulkFile(Path path, SourceInfo source, List<String> header, List<Row> rows) {
        this.path = path;
        this.source = Objects.requireNonNull(source, "source");
        this.header = new ArrayList<>(header);
        this.rows = rows instanceof ArrayList ? rows : new ArrayList<>(rows);
    }

    /** The file it came from, or null for a document never saved. */
    public Path path() {
        return path;
    }

    public SourceInfo source() {
        return source;
    }

    /** The header cells in file order; mutable for column operations (keep rows in step). */
    public List<String> header() {
        return header;
    }

    /** The records in file order, blank ones included; mutable. */
    public List<Row> rows() {
        return rows;
    }

    public int columnCount() {
        return header.size();
    }

    public int rowCount() {
        return rows.size();
    }

    /** 1-based row number as shown to users. */
    public Row row(int rowNumber) {
        return rows.get(rowNumber - 1);
    }

    /** Inserts a column at {@code index} with {@code name}, and an empty cell in every row. */
    public void insertColumn(int index, String name) {
        header.add(index, name);
        for (Row row : rows) {
            if (index <= row.size()) {
                row.insertCell(index, "");
            }
        }
    }

    /** Removes the column at {@code index} from the header and every row. */
    public void removeColumn(int index) {
        header.remove(index);
        for (Row row : rows) {
            row.removeCell(index);
        }
    }

    /** The same document under another path (after Save As). */
    public BulkFile withPath(Path newPath, SourceInfo newSource) {
        return new BulkFile(newPath, newSource, header, rows);
    }
}
