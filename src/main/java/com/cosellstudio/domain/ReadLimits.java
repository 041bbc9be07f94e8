package com.cosellstudio.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the rule pack tells a reader before the file's revision is known: how big a file may be
 * before reading it is refused with a clear message instead of running out of time or memory, and
 * what to call the columns added for cells past the header. The values are facts of the rule pack
 * (its {@code limits} and {@code extraColumns}); readers only apply them.
 *
 * @param rows        records under the header a file may hold, blank ones included
 * @param columns     cells a record (the header too) may hold; empty cells past the last value do not count
 * @param extraColumn the name the columns added after the header are numbered under ("Extra" gives
 *                    "Extra 1", "Extra 2" ...); null leaves them unnamed
 */
public record ReadLimits(int rows, int columns, String extraColumn) {

    public ReadLimits {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("read limits must be positive: " + rows + " rows, " + columns + " columns");
        }
    }

    /** Limits alone, for a reader whose added columns need no name. */
    public ReadLimits(int rows, int columns) {
        this(rows, columns, null);
    }

    /**
     * The header cells to add so that {@code header} is {@code width} columns wide (spec section 5:
     * cells past the header are data, shown and written back under added columns, never dropped).
     * Numbers a header already uses are skipped, so a file written with its added columns and read
     * again with still longer rows never gets one twice. Empty when the header is that wide.
     */
    public List<String> extraHeaders(List<String> header, int width) {
        return extraHeaders(extraColumn, header, width);
    }

    /**
     * As {@link #extraHeaders(List, int)} for the name {@code extraColumn} (null: unnamed), for a
     * checker that names the cells past a header the way the reader would add their columns.
     */
    public static List<String> extraHeaders(String extraColumn, List<String> header, int width) {
        List<String> added = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String cell : header) {
            taken.add(cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT));
        }
        int number = 1;
        for (int column = header.size(); column < width; column++) {
            if (extraColumn == null) {
                added.add("");
                continue;
            }
            String name = extraColumn + " " + number++;
            while (taken.contains(name.toLowerCase(Locale.ROOT))) {
                name = extraColumn + " " + number++;
            }
            added.add(name);
        }
        return added;
    }
}
