package com.cosellstudio.app.model;

import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.Severity;
import com.cosellstudio.roundtrip.RowDiff;
import com.cosellstudio.roundtrip.RowState;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.ObservableValueBase;

/**
 * One grid line: the domain {@link Row} (cells as strings, no property per cell) plus what the
 * grid needs to draw it fast: its current row number, its issues and their tallies. The grid's
 * cells observe {@link #observable()}, which fires whenever the row's cells or issues change, so an
 * edit repaints exactly the visible cells of that row and nothing else.
 */
public final class GridRow {
    private final Row row;
    private int number;
    private RowKind kind = RowKind.BLANK;
    /** The row's key in the duplicate-Referral-ID check, as last computed (null: takes no part). */
    private String referralKey;
    /** Issues of this row from the row check (cell and row level). */
    private List<Issue> rowIssues = List.of();
    /** Issues of this row that only the file-level check finds (a Referral ID used twice). */
    private List<Issue> fileIssues = List.of();
    private int errors;
    private int warnings;
    private int infos;
    /** The row compared with the document's baseline export; null when the document has no baseline. */
    private RowDiff diff;
    /** Partner Center's messages for this row in the processed file it was opened from; kept after the Errors cell is cleared. */
    private List<String> rejected = List.of();
    /** Created when the grid first shows this row; most rows of a large file never need one. */
    private Self self;

    /** This row as an observable value that fires on every change of the row. */
    private static final class Self extends ObservableValueBase<GridRow> {
        private final GridRow row;

        Self(GridRow row) {
            this.row = row;
        }

        @Override
        public GridRow getValue() {
            return row;
        }

        void fire() {
            fireValueChangedEvent();
        }
    }

    public GridRow(Row row, int number) {
        this.row = row;
        this.number = number;
    }

    public Row row() {
        return row;
    }

    /** The value of cell {@code column} ("" past the end of a short row). */
    public String get(int column) {
        return row.get(column);
    }

    /** 1-based row number in the document, as the spec numbers rows (blank rows counted). */
    public int number() {
        return number;
    }

    void setNumber(int number) {
        this.number = number;
    }

    public RowKind kind() {
        return kind;
    }

    void setKind(RowKind kind) {
        this.kind = kind;
    }

    /** The row's key in the duplicate-Referral-ID check, as last set (null: takes no part). */
    String referralKey() {
        return referralKey;
    }

    void setReferralKey(String key) {
        referralKey = key;
    }

    /** The row as a cell value: a grid cell re-renders when it fires. */
    public ObservableValue<GridRow> observable() {
        if (self == null) {
            self = new Self(this);
        }
        return self;
    }

    /** Tells the cells showing this row that its values or marks changed. */
    void touch() {
        if (self != null) {
            self.fire();
        }
    }

    /** New, changed, unchanged or blank against the baseline; null when the document has no baseline. */
    public RowState baselineState() {
        return diff == null ? null : diff.state();
    }

    /** Whether the row would go into a changed-rows-only upload (a new or changed deal). */
    public boolean needsUpload() {
        return diff != null && diff.state().needsUpload();
    }

    /** The baseline value of a changed cell, or null when the cell is not changed (or there is no baseline). */
    public String oldValue(int column) {
        if (diff == null) {
            return null;
        }
        for (com.cosellstudio.roundtrip.CellChange change : diff.changes()) {
            if (change.columnIndex() == column) {
                return change.oldValue();
            }
        }
        return null;
    }

    void setDiff(RowDiff diff) {
        this.diff = diff;
    }

    /** What Partner Center said when it rejected this row (the processed file's Errors cell); empty when it did not. */
    public List<String> rejectedMessages() {
        return rejected;
    }

    public boolean isRejected() {
        return !rejected.isEmpty();
    }

    void setRejected(List<String> messages) {
        rejected = messages == null ? List.of() : List.copyOf(messages);
    }

    public List<Issue> rowIssues() {
        return rowIssues;
    }

    public List<Issue> fileIssues() {
        return fileIssues;
    }

    /** Every issue of this row. */
    public List<Issue> issues() {
        if (fileIssues.isEmpty()) {
            return rowIssues;
        }
        if (rowIssues.isEmpty()) {
            return fileIssues;
        }
        List<Issue> all = new ArrayList<>(rowIssues.size() + fileIssues.size());
        all.addAll(rowIssues);
        all.addAll(fileIssues);
        return all;
    }

    void setRowIssues(List<Issue> issues) {
        rowIssues = issues == null ? List.of() : issues;
        recount();
    }

    void setFileIssues(List<Issue> issues) {
        fileIssues = issues == null ? List.of() : issues;
        recount();
    }

    private void recount() {
        errors = 0;
        warnings = 0;
        infos = 0;
        count(rowIssues);
        count(fileIssues);
    }

    private void count(List<Issue> issues) {
        for (Issue issue : issues) {
            if (issue.severity() == Severity.ERROR) {
                errors++;
            } else if (issue.severity() == Severity.WARNING) {
                warnings++;
            } else {
                infos++;
            }
        }
    }

    public int errorCount() {
        return errors;
    }

    public int warningCount() {
        return warnings;
    }

    public int infoCount() {
        return infos;
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    /** Issues on cell {@code column}; a row holds a handful at most, so the scan is constant time in practice. */
    public List<Issue> issuesAt(int column) {
        List<Issue> found = null;
        found = collect(rowIssues, column, found);
        found = collect(fileIssues, column, found);
        return found == null ? List.of() : found;
    }

    /** Issues of the whole row that name no column (a ragged row); shown on the row number. */
    public List<Issue> rowLevelIssues() {
        List<Issue> found = null;
        for (Issue issue : issues()) {
            if (issue.columnIndex() == null) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(issue);
            }
        }
        return found == null ? List.of() : found;
    }

    private static List<Issue> collect(List<Issue> issues, int column, List<Issue> found) {
        for (Issue issue : issues) {
            Integer at = issue.columnIndex();
            if (at != null && at == column) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(issue);
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return "GridRow#" + number + row;
    }
}
