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
        Range later = split < count ? new Range(engine, layout, rows, comparison, split, count, null) : null;
        Thread helper = null;
        if (later != null) {
            helper = new Thread(later, "check-rows");
            helper.setDaemon(true);
            helper.start();
        }
        Range first = new Range(engine, layout, rows, comparison, 0, split,
                later == null ? progress : done -> progress.accept(done * 0.5));
        first.run();
        first.rethrowFailure();
        List<List<Issue>> perRow = first.issues;
        List<RowDiff> diffs = first.diffs;
        if (helper != null) {
            later.join(helper);
            perRow.addAll(later.issues);
            if (diffs != null) {
                diffs.addAll(later.diffs);
            }
        }
        List<Issue> fileLevel = engine.checkFileLevel(layout, rows);
        progress.accept(1.0);
        return new CheckedRows(layout, perRow, fileLevel, comparison, diffs);
    }

    /** The row checks of rows {@code [from, to)}, in order. */
    private static final class Range implements Runnable {
        private final RuleEngine engine;
        private final ColumnLayout layout;
        private final List<Row> rows;
        private final BaselineComparison comparison;
        private final int from;
        private final int to;
        private final DoubleConsumer progress;
        private final List<List<Issue>> issues;
        private final List<RowDiff> diffs;
        private volatile Throwable failure;

        Range(RuleEngine engine, ColumnLayout layout, List<Row> rows, BaselineComparison comparison, int from, int to,
              DoubleConsumer progress) {
            this.engine = engine;
            this.layout = layout;
            this.rows = rows;
            this.comparison = comparison;
            this.from = from;
            this.to = to;
            this.progress = progress;
            this.issues = new ArrayList<>(to - from);
            this.diffs = comparison == null ? null : new ArrayList<>(to - from);
        }

        @Override
        public void run() {
            try {
                int step = Math.max(1, (to - from) / 100);
                for (int i = from; i < to; i++) {
                    Row row = rows.get(i);
                    if (comparison == null) {
                        issues.add(engine.checkRow(layout, row, i + 1));
                    } else {
                        RowDiff diff = comparison.diff(row);
                        diffs.add(diff);
                        issues.add(engine.checkRow(layout, row, i + 1, diff.baseline() == null ? null : diff));
                    }
                    if (progress != null && (i - from) % step == 0) {
                        progress.accept((double) (i - from) / (to - from));
                    }
                }
            } catch (RuntimeException | Error e) {
                // Kept for the thread that wants the result: a helper thread must not print it.
                failure = e;
            }
        }

        /** Waits for {@code thread} running this range; what failed there fails here. */
        void join(Thread thread) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            rethrowFailure();
        }

        void rethrowFailure() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
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
