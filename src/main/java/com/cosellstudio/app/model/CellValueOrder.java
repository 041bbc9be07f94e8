package com.cosellstudio.app.model;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * How the grid sorts rows by a column: compares the row values directly (no cell objects), numbers
 * as numbers when both cells are numbers, everything else as text ignoring case, blanks last.
 */
final class CellValueOrder {
    private CellValueOrder() {
    }

    /** The comparator for the keys, or null for document order. */
    static Comparator<GridRow> of(List<SortKey> keys) {
        Comparator<GridRow> result = null;
        for (SortKey key : keys) {
            Comparator<GridRow> level = column(key.column());
            if (!key.ascending()) {
                level = level.reversed();
            }
            result = result == null ? level : result.thenComparing(level);
        }
        // Ties keep document order, so sorting is stable and predictable.
        return result == null ? null : result.thenComparingInt(GridRow::number);
    }

    /** Column -1 is the row number: document order. */
    private static Comparator<GridRow> column(int column) {
        if (column < 0) {
            return Comparator.comparingInt(GridRow::number);
        }
        return (a, b) -> compareValues(a.get(column), b.get(column));
    }

    static int compareValues(String a, String b) {
        boolean blankA = a.isBlank();
        boolean blankB = b.isBlank();
        if (blankA || blankB) {
            return Boolean.compare(blankA, blankB);
        }
        BigDecimal numberA = number(a);
        BigDecimal numberB = numberA == null ? null : number(b);
        if (numberA != null && numberB != null) {
            return numberA.compareTo(numberB);
        }
        return String.CASE_INSENSITIVE_ORDER.compare(a.trim(), b.trim());
    }

    private static BigDecimal number(String value) {
        String text = value.trim();
        char first = text.charAt(0);
        if (!(Character.isDigit(first) || first == '-' || first == '.') || text.length() > 40) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
