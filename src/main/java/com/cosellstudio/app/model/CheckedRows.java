package com.cosellstudio.app.model;

import com.cosellstudio.domain.Row;
import com.cosellstudio.roundtrip.BaselineComparison;
import com.cosellstudio.roundtrip.RowDiff;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.RuleEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * A whole-file check, computed off the UI thread and then applied to the grid in one go: the row
 * check of every row plus the file-level check. Same result as {@link RuleEngine#check}, but kept
 * per row so the grid can later replace one row's issues without touching the others.
 */
public final class CheckedRows {
    private final ColumnLayout layout;
    private final List<List<Issue>> rowIssues;
    private final List<Issue> fileLevel;
    private final BaselineComparison comparison;
    private final List<RowDiff> diffs;

    private CheckedRows(ColumnLayout layout, List<List<Issue>> rowIssues, List<Issue> fileLevel,
                        BaselineComparison comparison, List<RowDiff> diffs) {
        this.layout = layout;
        this.rowIssues = rowIssues;
        this.fileLevel = fileLevel;
        this.comparison = comparison;
        this.diffs = diffs;
    }

    /** Checks every row without a baseline; {@code progress} receives 0..1. Safe to call on any thread. */
    public static CheckedRows check(RuleEngine engine, ColumnLayout layout, List<Row> rows,
                                    DoubleConsumer progress) {
        return check(engine, layout, rows, null, progress);
    }

    /**
     * Checks every row, each against its deal in the baseline when {@code comparison} is not null
     * (spec section 4: TERMINAL_STATE, read-only changes), and keeps each row's comparison for the
     * changed marks. Safe to call on any thread.
     *
     * @param comparison the baseline seen through {@code layout}, or null for none
     */
    public static CheckedRows check(RuleEngine engine, ColumnLayout layout, List<Row> rows,
                                    BaselineComparison comparison, DoubleConsumer progress) {
        int count = rows.size();
        List<List<Issue>> perRow = new ArrayList<>(count);
        List<RowDiff> diffs = comparison == null ? null : new ArrayList<>(count);
        int step = Math.max(1, count / 100);
        for (int i = 0; i < count; i++) {
            Row row = rows.get(i);
            if (comparison == null) {
                perRow.add(engine.checkRow(layout, row, i + 1));
            } else {
                RowDiff diff = comparison.diff(row);
                diffs.add(diff);
                perRow.add(engine.checkRow(layout, row, i + 1, diff.baseline() == null ? null : diff));
            }
            if (i % step == 0) {
                progress.accept((double) i / count);
            }
        }
        List<Issue> fileLevel = engine.checkFileLevel(layout, rows);
        progress.accept(1.0);
        return new CheckedRows(layout, perRow, fileLevel, comparison, diffs);
    }

    public ColumnLayout layout() {
        return layout;
    }

    /** The baseline the rows were compared with (through {@link #layout()}), or null. */
    public BaselineComparison comparison() {
        return comparison;
    }

    /** The comparison of row {@code index} (0-based) with the baseline, or null without one. */
    public RowDiff diff(int index) {
        return diffs == null ? null : diffs.get(index);
    }

    /** Row-check issues of row {@code index} (0-based). */
    public List<Issue> rowIssues(int index) {
        return rowIssues.get(index);
    }

    public int rowCount() {
        return rowIssues.size();
    }

    public List<Issue> fileLevel() {
        return fileLevel;
    }
}
