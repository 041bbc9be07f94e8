package com.cosellstudio.app.model;

import com.cosellstudio.domain.Row;
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

    private CheckedRows(ColumnLayout layout, List<List<Issue>> rowIssues, List<Issue> fileLevel) {
        this.layout = layout;
        this.rowIssues = rowIssues;
        this.fileLevel = fileLevel;
    }

    /** Checks every row; {@code progress} receives 0..1. Safe to call on any thread. */
    public static CheckedRows check(RuleEngine engine, ColumnLayout layout, List<Row> rows,
                                    DoubleConsumer progress) {
        int count = rows.size();
        List<List<Issue>> perRow = new ArrayList<>(count);
        int step = Math.max(1, count / 100);
        for (int i = 0; i < count; i++) {
            perRow.add(engine.checkRow(layout, rows.get(i), i + 1));
            if (i % step == 0) {
                progress.accept((double) i / count);
            }
        }
        List<Issue> fileLevel = engine.checkFileLevel(layout, rows);
        progress.accept(1.0);
        return new CheckedRows(layout, perRow, fileLevel);
    }

    public ColumnLayout layout() {
        return layout;
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
