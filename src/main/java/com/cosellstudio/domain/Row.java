package com.cosellstudio.domain;

import java.util.Arrays;
import java.util.List;

/**
 * One record of a bulk file: the cells exactly as read, as strings. Parsing happens in the checks,
 * so a cell nobody edits is written back unchanged. A row may hold more cells than the header
 * (a ragged row) or fewer (missing trailing cells read as empty).
 */
public final class Row {
    private static final String[] NONE = new String[0];

    private String[] cells;
    private int sourceLine;
    /** Cells the reader could not read faithfully; null for the (nearly all) rows without any. */
    private ReadFault[] faults;

    /**
     * @param cells      the cells as read; the array is owned by the row from now on
     * @param sourceLine 1-based line (CSV) or sheet row (XLSX) where the record started; 0 when new
     *                   (or not in the file, as a blank row an upload-ready file leaves out)
     */
    public Row(String[] cells, int sourceLine) {
        this.cells = cells == null ? NONE : cells;
        this.sourceLine = sourceLine;
    }

    /** A new, empty row of the given width. */
    public static Row empty(int width) {
        String[] cells = new String[width];
        Arrays.fill(cells, "");
        return new Row(cells, 0);
    }

    public int sourceLine() {
        return sourceLine;
    }

    /** The line the record starts on in the file its document was just written to (0: left out of it). */
    public void movedTo(int line) {
        sourceLine = line;
    }

    /** Number of cells actually present (may differ from the header width). */
    public int size() {
        return cells.length;
    }

    /** The cell at {@code column}, or "" when the row is shorter. Never null. */
    public String get(int column) {
        if (column < 0 || column >= cells.length) {
            return "";
        }
        String value = cells[column];
        return value == null ? "" : value;
    }

    /** Notes a cell the reader could not read faithfully (one fault per cell: a later one replaces it). */
    public void addFault(ReadFault fault) {
        dropFault(fault.column());
        faults = faults == null ? new ReadFault[] {fault} : append(faults, fault);
    }

    /** The fault noted on a cell by the reader, or null; a cell the user has set since has none. */
    public ReadFault faultAt(int column) {
        if (faults != null) {
            for (ReadFault fault : faults) {
                if (fault.column() == column) {
                    return fault;
                }
            }
        }
        return null;
    }

    /** Whether the reader found a spreadsheet error ({@code #N/A}) in this cell rather than a value. */
    public boolean isErrorCell(int column) {
        ReadFault fault = faults == null ? null : faultAt(column);
        return fault != null && fault.kind() == ReadFault.Kind.ERROR_CELL;
    }

    /** Every fault noted by the reader and still standing, in the order noted. */
    public List<ReadFault> faults() {
        return faults == null ? List.of() : List.of(faults);
    }

    /** Sets a cell, growing the row with empty cells if it was shorter; the cell is the user's now, so any read fault on it goes. */
    public void set(int column, String value) {
        dropFault(column);
        if (column >= cells.length) {
            int old = cells.length;
            cells = Arrays.copyOf(cells, column + 1);
            Arrays.fill(cells, old, column + 1, "");
        }
        cells[column] = value == null ? "" : value;
    }

    /** Inserts a cell at {@code column}, shifting later cells right (used by column insert). */
    public void insertCell(int column, String value) {
        shiftFaults(column, 1);
        if (column > cells.length) {
            // Cells past the end already read as empty; only a non-empty value needs storing.
            if (value != null && !value.isEmpty()) {
                set(column, value);
            }
            return;
        }
        String[] grown = new String[cells.length + 1];
        System.arraycopy(cells, 0, grown, 0, column);
        grown[column] = value == null ? "" : value;
        System.arraycopy(cells, column, grown, column + 1, cells.length - column);
        cells = grown;
    }

    /** Removes the cell at {@code column}, shifting later cells left; returns what it held. */
    public String removeCell(int column) {
        dropFault(column);
        shiftFaults(column + 1, -1);
        if (column >= cells.length) {
            return "";
        }
        String removed = get(column);
        String[] shrunk = new String[cells.length - 1];
        System.arraycopy(cells, 0, shrunk, 0, column);
        System.arraycopy(cells, column + 1, shrunk, column, cells.length - column - 1);
        cells = shrunk;
        return removed;
    }

    /** The last column holding a non-empty cell, or -1: what a row is as wide as, its empty cells past it left out. */
    public int lastValueColumn() {
        int last = cells.length - 1;
        while (last >= 0 && (cells[last] == null || cells[last].isEmpty())) {
            last--;
        }
        return last;
    }

    /** A blank row (every cell empty or white space) is not checked, counted or written. */
    public boolean isBlank() {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the cells. */
    public String[] toArray() {
        String[] copy = Arrays.copyOf(cells, cells.length);
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                copy[i] = "";
            }
        }
        return copy;
    }

    /** An independent copy of this row (for duplicate-row and undo). */
    public Row copy() {
        Row copy = new Row(toArray(), sourceLine);
        copy.faults = faults == null ? null : faults.clone();
        return copy;
    }

    private void dropFault(int column) {
        if (faults == null) {
            return;
        }
        ReadFault[] kept = Arrays.stream(faults).filter(f -> f.column() != column).toArray(ReadFault[]::new);
        faults = kept.length == 0 ? null : kept;
    }

    /** Moves the faults of cells at or after {@code from} by {@code by} columns. */
    private void shiftFaults(int from, int by) {
        if (faults == null) {
            return;
        }
        for (int i = 0; i < faults.length; i++) {
            if (faults[i].column() >= from) {
                faults[i] = faults[i].movedTo(faults[i].column() + by);
            }
        }
    }

    private static ReadFault[] append(ReadFault[] faults, ReadFault fault) {
        ReadFault[] grown = Arrays.copyOf(faults, faults.length + 1);
        grown[faults.length] = fault;
        return grown;
    }

    @Override
    public String toString() {
        return "Row" + Arrays.toString(cells);
    }
}
