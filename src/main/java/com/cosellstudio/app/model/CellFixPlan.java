package com.cosellstudio.app.model;

import com.cosellstudio.rules.CellFixes;
import com.cosellstudio.rules.Fix;
import com.cosellstudio.rules.FixKind;
import com.cosellstudio.rules.Issue;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's suggested fixes as the window offers them, without JavaFX: the fix one cell offers
 * ("Fix"), and what "Fix All Like This" would change in that cell's column, before → after for each
 * cell, read-only cells left out and counted. The view model applies a plan as one undo step.
 *
 * @param column     the document column the plan changes
 * @param columnName its canonical name
 * @param kind       the sort of repair every change is
 * @param changes    the cells to change, in document order
 * @param skipped    cells the same fix fits but a bulk edit may not change (read-only)
 */
public record CellFixPlan(int column, String columnName, FixKind kind, List<CellChange> changes, int skipped) {

    public CellFixPlan {
        changes = List.copyOf(changes);
    }

    /**
     * The fix the cell offers: the first of its issues that carries one; null when none does or the
     * cell is one a fix may not change (Errors, read-only columns).
     */
    public static Fix fixAt(GridDocument document, GridRow row, int column) {
        if (document.file() == null || column < 0 || column >= document.columnCount()
                || !document.isBulkEditable(row, column)) {
            return null;
        }
        for (Issue issue : row.issuesAt(column)) {
            if (issue.fix() != null && !issue.fix().value().equals(row.get(column))) {
                return issue.fix();
            }
        }
        return null;
    }

    /** "Fix All Like This" from the cell: every cell of its column the cell's sort of fix fits; null when the cell offers no fix. */
    public static CellFixPlan like(GridDocument document, GridRow row, int column) {
        Fix fix = fixAt(document, row, column);
        return fix == null ? null : like(document, column, fix.kind());
    }

    /** Every cell of {@code column} a fix of {@code kind} fits, as the engine lists them ({@link CellFixes#like}). */
    public static CellFixPlan like(GridDocument document, int column, FixKind kind) {
        List<GridRow> rows = document.rows();
        // A row's issues keep the number it had when checked; rows added or removed since renumber
        // the grid rows only, so the issues are handed over under their rows' current numbers.
        List<Issue> issues = new ArrayList<>();
        for (GridRow row : rows) {
            for (Issue issue : row.issuesAt(column)) {
                if (issue.fix() != null && issue.fix().kind() == kind) {
                    issues.add(new Issue(issue.severity(), issue.code(), row.number(), issue.column(), issue.columnIndex(),
                            issue.value(), issue.messageKey(), issue.args(), issue.fix()));
                }
            }
        }
        List<CellChange> changes = new ArrayList<>();
        int skipped = 0;
        for (CellFixes.Change change : CellFixes.like(document.layout(), document.file(), issues, column, kind)) {
            GridRow row = rows.get(change.row() - 1);
            if (!document.isBulkEditable(row, column)) {
                skipped++;
            } else if (!change.before().equals(change.after())) {
                changes.add(new CellChange(row, column, change.before(), change.after()));
            }
        }
        return new CellFixPlan(column, document.layout().canonicalName(column), kind, changes, skipped);
    }

    /** The changes whose cells still hold what the plan was made from (the file may have changed since). */
    List<CellChange> stillFitting() {
        List<CellChange> fitting = new ArrayList<>(changes.size());
        for (CellChange change : changes) {
            if (change.row().get(change.column()).equals(change.before())) {
                fitting.add(change);
            }
        }
        return fitting;
    }
}
