package com.cosellstudio.rules;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Applies the engine's fixes to a file: each issue's {@link Fix}, and the tidying that is no issue
 * of its own (white space around a value, a listed word in other letter case). The command line's
 * {@code fix} applies the safe ones to every cell; a window can apply one fix or one kind of fix.
 */
public final class CellFixes {
    /** A fix can make another one possible (a country fixed lets a postal code be padded): at most this many passes. */
    private static final int PASSES = 4;

    private CellFixes() {
    }

    /**
     * One cell changed.
     *
     * @param row        1-based record number under the header, as issues number rows
     * @param column     0-based column index
     * @param columnName canonical column name
     * @param before     the cell as it was read
     * @param after      the cell as it is now
     * @param kind       the sort of the (last) fix applied to it
     */
    public record Change(int row, int column, String columnName, String before, String after, FixKind kind) {
    }

    /**
     * What {@link #applySafe} did.
     *
     * @param changes the cells changed, in row and column order, each once however many fixes it took
     * @param result  the check of the file as it is afterwards
     */
    public record Outcome(List<Change> changes, CheckResult result) {
        public Outcome {
            changes = List.copyOf(changes);
        }
    }

    /**
     * The tidying a cell with no issue of its own may take: a word of the column's list in its own
     * letter case ({@code active} → {@code Active}), else the value without the white space around
     * it; null when there is nothing to tidy. Columns the engine does not read (Errors, read-only,
     * unknown ones) are left as they are.
     */
    public static Fix tidy(ColumnLayout layout, Row row, int column) {
        String value = row.get(column);
        ColumnSpec spec = column < layout.extraColumnsFrom() ? layout.spec(column) : null;
        if (spec == null || value.isEmpty() || spec.kind() == ValueKind.OUTPUT || spec.kind() == ValueKind.READ_ONLY) {
            return null;
        }
        String stripped = value.strip();
        if (spec.kind() == ValueKind.CHOICE || spec.kind() == ValueKind.YES_NO) {
            for (AllowedValue allowed : layout.allowedValues(column, row)) {
                if (allowed.value().equalsIgnoreCase(stripped) && !allowed.value().equals(stripped)) {
                    return new Fix(allowed.value(), FixKind.LETTER_CASE);
                }
            }
        }
        return stripped.equals(value) ? null : new Fix(stripped, FixKind.WHITE_SPACE);
    }

    /**
     * What "fix every cell like this" would change in column {@code column}: each cell whose issue
     * carries a fix of {@code kind}, and for the tidying kinds (white space, letter case) each
     * filled cell of the column that tidies so; in row order, before → after, nothing changed yet.
     * A window shows them for confirmation and applies them as one step.
     *
     * @param issues the file's issues as last checked
     */
    public static List<Change> like(ColumnLayout layout, BulkFile file, List<Issue> issues, int column, FixKind kind) {
        Map<Integer, Change> changes = new TreeMap<>();
        for (Issue issue : issues) {
            if (issue.row() != null && issue.columnIndex() != null && issue.columnIndex() == column
                    && issue.fix() != null && issue.fix().kind() == kind) {
                String before = file.row(issue.row()).get(column);
                changes.putIfAbsent(issue.row(), new Change(issue.row(), column, layout.canonicalName(column), before,
                        issue.fix().value(), kind));
            }
        }
        if (kind == FixKind.WHITE_SPACE || kind == FixKind.LETTER_CASE) {
            for (int number = 1; number <= file.rowCount(); number++) {
                Row row = file.row(number);
                Fix fix = column < row.size() && !row.isBlank() ? tidy(layout, row, column) : null;
                if (fix != null && fix.kind() == kind) {
                    changes.putIfAbsent(number, new Change(number, column, layout.canonicalName(column), row.get(column),
                            fix.value(), kind));
                }
            }
        }
        return List.copyOf(changes.values());
    }

    /**
     * Applies every safe fix to {@code file}'s rows (in place), checking again after each pass until
     * nothing more changes.
     *
     * @param baselineOf each row's deal in the baseline export, or null (then damaged values are
     *                   fixed from the export: see {@link FixKind#BASELINE_VALUE})
     */
    public static Outcome applySafe(RuleEngine engine, ColumnLayout layout, BulkFile file,
                                    Function<Row, RowBaseline> baselineOf) {
        Map<Long, Change> changes = new LinkedHashMap<>();
        CheckResult result = engine.check(layout, file, baselineOf);
        for (int pass = 0; pass < PASSES; pass++) {
            Set<Long> marked = new HashSet<>();
            Set<Long> fixed = new HashSet<>();
            boolean changed = false;
            for (Issue issue : result.issues()) {
                if (issue.row() == null || issue.columnIndex() == null) {
                    continue;
                }
                long cell = cell(issue.row(), issue.columnIndex());
                marked.add(cell);
                // One fix per cell and pass: the issues found on the value it makes are the next pass's.
                if (issue.fix() != null && issue.fix().isSafe() && fixed.add(cell)) {
                    changed |= apply(file, layout, issue.row(), issue.columnIndex(), issue.fix(), changes);
                }
            }
            for (int number = 1; number <= file.rowCount(); number++) {
                Row row = file.row(number);
                if (row.isBlank()) {
                    continue;
                }
                for (int column = 0; column < row.size(); column++) {
                    Fix fix = tidy(layout, row, column);
                    // A word's case only where the cell has no issue; white space anywhere.
                    if (fix != null && (fix.kind() == FixKind.WHITE_SPACE || !marked.contains(cell(number, column)))) {
                        changed |= apply(file, layout, number, column, fix, changes);
                    }
                }
            }
            if (!changed) {
                break;
            }
            result = engine.check(layout, file, baselineOf);
        }
        List<Change> ordered = new ArrayList<>(changes.values());
        ordered.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.column(), b.column()));
        return new Outcome(ordered, result);
    }

    private static boolean apply(BulkFile file, ColumnLayout layout, int number, int column, Fix fix, Map<Long, Change> changes) {
        Row row = file.row(number);
        String before = row.get(column);
        if (before.equals(fix.value())) {
            return false;
        }
        row.set(column, fix.value());
        long cell = cell(number, column);
        Change earlier = changes.get(cell);
        String original = earlier == null ? before : earlier.before();
        changes.put(cell, new Change(number, column, layout.canonicalName(column), original, fix.value(), fix.kind()));
        return true;
    }

    private static long cell(int row, int column) {
        return ((long) row << 32) | column;
    }
}
