package com.cosellstudio.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the issues of one row while its cells are checked. Positioned on a cell with
 * {@link #at}, so the checks need not pass the row, column and value around; remembers which cells
 * got an error so that cross-field rules can skip them (no cascades). Allocates nothing until an
 * issue is found.
 */
final class CellReporter {
    private final CompiledLayout layout;
    private final int rowNumber;
    private Integer boxedRow;
    private List<Issue> issues;
    private boolean[] errorAt;
    private int column;
    private String raw;

    CellReporter(CompiledLayout layout, int rowNumber) {
        this.layout = layout;
        this.rowNumber = rowNumber;
    }

    /** Day 0 of the serial dates of the file being checked. */
    LocalDate serialEpoch() {
        return layout.serialEpoch();
    }

    /** Positions the reporter on cell {@code column} holding {@code raw}. */
    void at(int column, String raw) {
        this.column = column;
        this.raw = raw;
    }

    /**
     * Reports an issue on the current cell with {column, value} as message arguments.
     *
     * <p>The overloads for no, one and two further arguments exist because a file can have an issue
     * on every row: each builds its immutable argument list in one step, where the general form
     * copies its arguments twice.
     *
     * @return true unless the issue is an error (so a check can {@code return report(...)})
     */
    boolean report(Severity severity, Code code, String key, Fix fix) {
        return add(severity, code, key, fix, List.of(layout.canonicalName(column), raw));
    }

    /** Reports an issue on the current cell with {column, value, extra} as message arguments. */
    boolean report(Severity severity, Code code, String key, Fix fix, Object extra) {
        return add(severity, code, key, fix, List.of(layout.canonicalName(column), raw, extra));
    }

    /** Reports an issue on the current cell with {column, value, extra1, extra2} as message arguments. */
    boolean report(Severity severity, Code code, String key, Fix fix, Object extra1, Object extra2) {
        return add(severity, code, key, fix, List.of(layout.canonicalName(column), raw, extra1, extra2));
    }

    /** Reports an issue on the current cell with {column, value, extra...} as message arguments. */
    boolean report(Severity severity, Code code, String key, Fix fix, Object... extra) {
        Object[] args = new Object[extra.length + 2];
        args[0] = layout.canonicalName(column);
        args[1] = raw;
        System.arraycopy(extra, 0, args, 2, extra.length);
        return add(severity, code, key, fix, List.of(args));
    }

    /**
     * Reports {@code key}, or, when there is a {@code guess}, {@code suggestKey} with the guess as
     * both the suggestion and the message's own argument ("did you mean {2}?").
     */
    boolean reportGuess(Severity severity, Code code, String key, String suggestKey, Fix guess) {
        return guess == null ? report(severity, code, key, null) : report(severity, code, suggestKey, guess, guess.value());
    }

    private boolean add(Severity severity, Code code, String key, Fix fix, List<Object> args) {
        if (boxedRow == null) {
            boxedRow = rowNumber; // once per row, not per issue
        }
        add(new Issue(severity, code, boxedRow, layout.canonicalName(column), column, raw, key, args, fix));
        if (severity == Severity.ERROR) {
            if (errorAt == null) {
                errorAt = new boolean[Math.max(layout.size(), column + 1)];
            }
            errorAt[column] = true;
        }
        return severity != Severity.ERROR;
    }

    /** An issue of the row as a whole (RAGGED_ROW). */
    void reportRow(Severity severity, Code code, String key, String value, Object... args) {
        add(new Issue(severity, code, rowNumber, null, null, value, key, Arrays.asList(args), null));
    }

    /** A conditional requirement on a column the header lacks: named, but on no cell. */
    void reportMissingColumn(Severity severity, Code code, String key, String columnName, Object... extra) {
        Object[] args = new Object[extra.length + 2];
        args[0] = columnName;
        args[1] = "";
        System.arraycopy(extra, 0, args, 2, extra.length);
        add(new Issue(severity, code, rowNumber, columnName, null, "", key, Arrays.asList(args), null));
    }

    /** Whether cell {@code column} already got an error. */
    boolean hasError(int column) {
        return errorAt != null && column < errorAt.length && errorAt[column];
    }

    private void add(Issue issue) {
        if (issues == null) {
            issues = new ArrayList<>(4);
        }
        issues.add(issue);
    }

    List<Issue> issues() {
        return issues == null ? List.of() : issues;
    }
}
