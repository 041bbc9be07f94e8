package com.cosellstudio.app.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.PatternSyntaxException;

/**
 * Find and Replace over grid cells, without JavaFX: counts the cells a query matches, plans the
 * changes Replace All makes (read-only cells skipped and counted), and finds the next matching cell.
 * A query that cannot be used (empty, a regular expression that does not compile, a replacement
 * naming a group the expression lacks) is not an exception: {@link #error()} says why.
 */
public final class FindReplace {
    private final FindQuery query;
    private final Matcher matcher;
    private final Problem error;

    /** Why a query or a replacement cannot be used: a bundle key and its arguments. */
    public record Problem(String key, Object... args) {
    }

    /** What Replace All would do: the changes, the cells matched, the read-only matched cells left alone. */
    public record Plan(List<CellChange> changes, int matched, int skipped, Problem error) {
    }

    private FindReplace(FindQuery query, Matcher matcher, Problem error) {
        this.query = query;
        this.matcher = matcher;
        this.error = error;
    }

    public static FindReplace of(FindQuery query) {
        if (query.text().isEmpty()) {
            return new FindReplace(query, null, new Problem("bulk.find.empty"));
        }
        try {
            return new FindReplace(query, query.pattern().matcher(""), null);
        } catch (PatternSyntaxException e) {
            return new FindReplace(query, null, new Problem("bulk.find.badRegex", e.getDescription(),
                    Math.max(0, e.getIndex()) + 1));
        }
    }

    public FindQuery query() {
        return query;
    }

    /** Why the query cannot be used, or null when it can. */
    public Problem error() {
        return error;
    }

    /** Whether {@code cell} holds a match. */
    public boolean matches(String cell) {
        return error == null && matcher.reset(cell).find();
    }

    /** Counts the matching cells of the area: all of them, and those among them a bulk edit leaves alone. */
    public Plan count(SearchArea area, EditableCells editable) {
        return plan(area, editable, null);
    }

    /**
     * The changes replacing every match in the area makes: in a regular expression {@code $1} is
     * the first group; plain text replaces as typed.
     */
    public Plan plan(SearchArea area, EditableCells editable, String replacement) {
        if (error != null) {
            return new Plan(List.of(), 0, 0, error);
        }
        String with = replacement == null ? null
                : query.regex() ? replacement : Matcher.quoteReplacement(replacement);
        List<CellChange> changes = new ArrayList<>();
        int matched = 0;
        int skipped = 0;
        for (GridRow row : area.rows()) {
            for (int column : area.columns()) {
                String cell = row.get(column);
                if (!matcher.reset(cell).find()) {
                    continue;
                }
                matched++;
                if (!editable.test(row, column)) {
                    skipped++;
                    continue;
                }
                if (with == null) {
                    continue;
                }
                String after;
                try {
                    after = matcher.replaceAll(with);
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    return new Plan(List.of(), matched, skipped, new Problem("bulk.replace.badReplacement", e.getMessage()));
                }
                if (!after.equals(cell)) {
                    changes.add(new CellChange(row, column, cell, after));
                }
            }
        }
        return new Plan(changes, matched, skipped, null);
    }

    /**
     * The next (or previous) matching cell of {@code rows} after (before) the given one, reading
     * row by row through {@code columns}; wraps around.
     *
     * @param fromRow    index in {@code rows} of the cell to start after; -1 to start at the top
     * @param fromColumn document column of that cell
     * @return the cell, or null when none matches
     */
    public DocumentViewModel.ViewCell next(List<GridRow> rows, int[] columns, int fromRow, int fromColumn, boolean forward) {
        int count = rows.size();
        if (error != null || count == 0 || columns.length == 0) {
            return null;
        }
        int start = fromRow < 0 ? (forward ? count - 1 : 0) : Math.min(fromRow, count - 1);
        int startSlot = fromRow < 0 ? (forward ? columns.length : -1) : slotOf(columns, fromColumn, forward);
        for (int step = 0; step <= count; step++) {
            int index = Math.floorMod(start + (forward ? step : -step), count);
            GridRow row = rows.get(index);
            for (int i = 0; i < columns.length; i++) {
                int slot = forward ? i : columns.length - 1 - i;
                boolean beyond = step > 0 || (forward ? slot > startSlot : slot < startSlot);
                if (beyond && matches(row.get(columns[slot]))) {
                    return new DocumentViewModel.ViewCell(index, columns[slot]);
                }
            }
        }
        return null;
    }

    /** Position of {@code column} among {@code columns}; a column outside them sits just before (after) the first it precedes. */
    private static int slotOf(int[] columns, int column, boolean forward) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] == column) {
                return i;
            }
            if (columns[i] > column) {
                return forward ? i - 1 : i;
            }
        }
        return forward ? columns.length - 1 : columns.length;
    }

}
