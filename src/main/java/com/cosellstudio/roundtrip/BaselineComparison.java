package com.cosellstudio.roundtrip;

import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.ColumnRole;
import com.cosellstudio.rules.RowBaseline;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Baseline} seen through one document header. Cheap to build and immutable: rebuild it
 * whenever the document's columns change (the layout changes with them). Every question is answered
 * from the row's current cells, so edits need no notification: ask again after an edit.
 *
 * <p>Compared are all columns but Errors (Partner Center's output) and Referral ID (the match key).
 * A column the baseline lacks counts as empty there (a filled {@code Solution 3} added to a deal is
 * a change); a baseline column the document lacks is not compared (there is nothing to mark).
 */
public final class BaselineComparison {
    private final Baseline baseline;
    private final ColumnLayout layout;
    private final int referralColumn;
    private final String[] columnKeys;
    private final boolean[] compared;

    BaselineComparison(Baseline baseline, ColumnLayout layout) {
        this.baseline = baseline;
        this.layout = layout;
        this.referralColumn = layout.indexOf(ColumnRole.REFERRAL_ID);
        this.columnKeys = new String[layout.size()];
        this.compared = new boolean[layout.size()];
        for (int c = 0; c < columnKeys.length; c++) {
            columnKeys[c] = Columns.key(layout, c);
            compared[c] = c != referralColumn && !Columns.isOutputOnly(layout, c);
        }
    }

    public Baseline baseline() {
        return baseline;
    }

    public ColumnLayout layout() {
        return layout;
    }

    /** The row's deal in the baseline, or null when the row is blank, has no Referral ID or one the baseline lacks. */
    public BaselineRow match(Row row) {
        if (referralColumn < 0 || row.isBlank()) {
            return null;
        }
        return baseline.find(row.get(referralColumn));
    }

    /** New, changed, unchanged or blank. */
    public RowState state(Row row) {
        if (row.isBlank()) {
            return RowState.BLANK;
        }
        BaselineRow old = match(row);
        if (old == null) {
            return RowState.NEW;
        }
        for (int c = 0; c < columnKeys.length; c++) {
            if (differs(row, c, old)) {
                return RowState.CHANGED;
            }
        }
        return RowState.UNCHANGED;
    }

    /** The state of the row and every changed cell with its old value. */
    public RowDiff diff(Row row) {
        BaselineRow old = match(row);
        if (old == null) {
            return new RowDiff(row.isBlank() ? RowState.BLANK : RowState.NEW, null, List.of());
        }
        List<CellChange> changes = new ArrayList<>();
        for (int c = 0; c < columnKeys.length; c++) {
            if (differs(row, c, old)) {
                changes.add(new CellChange(c, layout.canonicalName(c), old.valueByKey(columnKeys[c]), row.get(c)));
            }
        }
        return new RowDiff(changes.isEmpty() ? RowState.UNCHANGED : RowState.CHANGED, old, changes);
    }

    /**
     * What the rule engine's baseline checks need for this row, or null when the row has no deal in
     * the baseline: {@code engine.checkRow(layout, row, n, comparison.rowBaseline(row))}, or
     * {@code engine.check(file, comparison::rowBaseline)} for the whole file.
     */
    public RowBaseline rowBaseline(Row row) {
        RowDiff diff = diff(row);
        return diff.baseline() == null ? null : diff;
    }

    /** 0-based document columns of the row that differ from the baseline, ascending; empty for new rows. */
    public List<Integer> changedColumns(Row row) {
        BaselineRow old = match(row);
        List<Integer> changed = new ArrayList<>();
        if (old != null) {
            for (int c = 0; c < columnKeys.length; c++) {
                if (differs(row, c, old)) {
                    changed.add(c);
                }
            }
        }
        return changed;
    }

    /** Whether one cell differs from the baseline (the grid's "changed" mark). */
    public boolean isChanged(Row row, int column) {
        BaselineRow old = match(row);
        return old != null && differs(row, column, old);
    }

    /**
     * The baseline value of one cell (for the changed mark's tooltip): "" when the export lacked the
     * column; null when the row has no deal in the baseline or the column is not compared.
     */
    public String oldValue(Row row, int column) {
        BaselineRow old = match(row);
        if (old == null || column < 0 || column >= columnKeys.length || !compared[column]) {
            return null;
        }
        return old.valueByKey(columnKeys[column]);
    }

    /** Rows whose deal is in the baseline and differs from it (the status bar's count). */
    public int changedRowCount(List<Row> rows) {
        return count(rows, RowState.CHANGED);
    }

    /** Non-blank rows that create a deal or name one the baseline lacks. */
    public int newRowCount(List<Row> rows) {
        return count(rows, RowState.NEW);
    }

    /** 1-based numbers of the new and changed rows: what a changed-rows-only upload carries. */
    public List<Integer> rowsToUpload(List<Row> rows) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (state(rows.get(i)).needsUpload()) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    /** The new and changed rows in document order: the rows of a changed-rows-only upload. */
    public List<Row> rowsToUploadOf(List<Row> rows) {
        List<Row> selected = new ArrayList<>();
        for (Row row : rows) {
            if (state(row).needsUpload()) {
                selected.add(row);
            }
        }
        return selected;
    }

    private int count(List<Row> rows, RowState wanted) {
        int n = 0;
        for (Row row : rows) {
            if (state(row) == wanted) {
                n++;
            }
        }
        return n;
    }

    private boolean differs(Row row, int column, BaselineRow old) {
        return column >= 0 && column < columnKeys.length && compared[column]
                && !row.get(column).equals(old.valueByKey(columnKeys[column]));
    }
}
