package com.cosellstudio.app.model;

import com.cosellstudio.domain.Row;
import com.cosellstudio.roundtrip.BaselineComparison;
import com.cosellstudio.roundtrip.RowDiff;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.RuleEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.DoubleConsumer;

/**
 * A whole-file check, computed off the UI thread and then applied to the grid in one go: the row
 * check of every row plus the file-level check. Same result as {@link RuleEngine#check}, but kept
 * per row so the grid can later replace one row's issues without touching the others.
 */
public final class CheckedRows {
    private static final int TWO_CORES_FROM = 20_000;
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
        return check(engine, layout, rows, comparison, progress, TWO_CORES_FROM);
    }

    /** @param twoCoresFrom the number of rows from which the later half is checked on a second thread */
    static CheckedRows check(RuleEngine engine, ColumnLayout layout, List<Row> rows,
                             BaselineComparison comparison, DoubleConsumer progress, int twoCoresFrom) {
        int count = rows.size();
        // From twoCoresFrom rows on, the later half is checked on a second thread (the engine is
        // thread-safe): adding a column to 100,000 deals re-checks them all while the user waits.
        int split = count >= Math.max(2, twoCoresFrom) ? count / 2 : count;
        CompletableFuture<Checked> later = split == count ? null : CompletableFuture.supplyAsync(
                () -> checkRows(engine, layout, rows, comparison, split, count, done -> { }));
        Checked checked = checkRows(engine, layout, rows, comparison, 0, split,
                later == null ? progress : done -> progress.accept(done * 0.5));
        if (later != null) {
            checked.append(joined(later));
        }
        List<Issue> fileLevel = engine.checkFileLevel(layout, rows);
        progress.accept(1.0);
        return new CheckedRows(layout, checked.issues, fileLevel, comparison, checked.diffs);
    }

    /** The row checks (and comparisons, with a baseline) of rows {@code [from, to)}, in order. */
    private record Checked(List<List<Issue>> issues, List<RowDiff> diffs) {
        void append(Checked next) {
            issues.addAll(next.issues);
            if (diffs != null) {
                diffs.addAll(next.diffs);
            }
        }
    }

    private static Checked checkRows(RuleEngine engine, ColumnLayout layout, List<Row> rows,
                                     BaselineComparison comparison, int from, int to, DoubleConsumer progress) {
        Checked checked = new Checked(new ArrayList<>(to - from), comparison == null ? null : new ArrayList<>(to - from));
        int step = Math.max(1, (to - from) / 100);
        for (int i = from; i < to; i++) {
            Row row = rows.get(i);
            if (comparison == null) {
                checked.issues.add(engine.checkRow(layout, row, i + 1));
            } else {
                RowDiff diff = comparison.diff(row);
                checked.diffs.add(diff);
                checked.issues.add(engine.checkRow(layout, row, i + 1, diff.baseline() == null ? null : diff));
            }
            if ((i - from) % step == 0) {
                progress.accept((double) (i - from) / (to - from));
            }
        }
        return checked;
    }

    /** The other thread's result; what failed there fails here as itself, not wrapped. */
    private static Checked joined(CompletableFuture<Checked> later) {
        try {
            return later.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
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
