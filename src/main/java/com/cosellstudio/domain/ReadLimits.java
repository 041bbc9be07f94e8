package com.cosellstudio.domain;

/**
 * How big a file may be before reading it is refused with a clear message instead of running out of
 * time or memory. The values are facts of the rule pack (its {@code limits}); readers only enforce them.
 *
 * @param rows    records under the header a file may hold, blank ones included
 * @param columns cells a record (the header too) may hold; empty cells past the last value do not count
 */
public record ReadLimits(int rows, int columns) {

    public ReadLimits {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("read limits must be positive: " + rows + " rows, " + columns + " columns");
        }
    }
}
