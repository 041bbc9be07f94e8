package com.cosellstudio.rules;

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
    private List<Issue> issues;
    private boolean[] errorAt;
    private int column;
    private String raw;

    CellReporter(CompiledLayout layout, int rowNumber) {
        this.layout = layout;
        this.rowNumber = rowNumber;
    }

    /** Positions the reporter on cell {@code column} holding {@code raw}. */
    void at(int column, String raw) {
        this.column = column;
        this.raw = raw;
    }

    /**
     * Reports an issue on the current cell with {column, value, extra...} as message arguments.
     *
     * @return true unless the issue is an error (so a check can {@code return report(...)})
     */
    boolean report(Severity severity, Code code, String key, String suggestion, Object... extra) {
        Object[] args = new Object[extra.length + 2];
        args[0] = layout.canonicalName(column);
        args[1] = raw;
        System.arraycopy(extra, 0, args, 2, extra.length);
        add(new Issue(severity, code, rowNumber, layout.canonicalName(column), column, raw, key,
                Arrays.asList(args), suggestion));
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
