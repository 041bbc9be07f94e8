package com.cosellstudio.rules;

import com.cosellstudio.domain.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * One whole-file check fed a row at a time: {@link RuleEngine#check} is a run over the rows it
 * holds, and the command line feeds one from a file as it is read, keeping no row. What is kept is
 * what the result needs: the issues of each row that has any, and what the file-level checks need
 * ({@link FileLevelChecks}: the Referral IDs with their rows, the counts).
 *
 * <p>Not thread-safe, except {@link #checkRow}: add rows from one thread at a time. Made by
 * {@link RuleEngine#startCheck}.
 */
public final class CheckRun {

    /** Within a row: row-level issues (no column) first, then by column; stable, so a cell keeps its order. */
    private static final Comparator<Issue> BY_COLUMN = (a, b) -> Integer.compare(
            a.columnIndex() == null ? -1 : a.columnIndex(), b.columnIndex() == null ? -1 : b.columnIndex());

    private final CompiledLayout layout;
    private final Function<Row, RowBaseline> baselineOf;
    private final FileLevelChecks fileLevel;
    /** The issues of each row that has any, in row order. */
    private final List<RowIssues> rowIssues = new ArrayList<>();
    private int rows;

    CheckRun(CompiledLayout layout, Function<Row, RowBaseline> baselineOf) {
        this.layout = layout;
        this.baselineOf = baselineOf;
        this.fileLevel = new FileLevelChecks(layout);
    }

    /** Checks the next row of the file (rows in file order, blank ones included: the N-th call is row N). */
    public void add(Row row) {
        add(row, checkRow(row, rows + 1));
    }

    /**
     * The cell- and row-level issues of row {@code rowNumber}: the part of {@link #add(Row)} that
     * needs no other row. Thread-safe, so rows can be checked on several cores and then
     * {@link #add(Row, List) added} in order.
     */
    public List<Issue> checkRow(Row row, int rowNumber) {
        return RowChecker.check(layout, row, rowNumber, baselineOf.apply(row));
    }

    /**
     * Takes the next row of the file with the issues {@link #checkRow} found for it as that row
     * number (the N-th row added is row N).
     */
    public void add(Row row, List<Issue> issues) {
        int rowNumber = ++rows;
        if (!issues.isEmpty()) {
            rowIssues.add(new RowIssues(rowNumber, issues));
        }
        fileLevel.add(row, rowNumber);
    }

    /** Rows added so far. */
    public int rows() {
        return rows;
    }

    /**
     * The outcome, once every row is in: file-level issues first, then each row's issues, the
     * DUPLICATE_REFERRAL of a row merged into its row-level issues.
     */
    public CheckResult finish() {
        List<Issue> issues = fileLevel.fileIssues();
        Tally tally = new Tally();
        tally.count(issues, -1);
        List<Issue> duplicates = fileLevel.duplicateReferrals();
        int next = 0;
        for (RowIssues ofRow : rowIssues) {
            while (next < duplicates.size() && duplicates.get(next).row() < ofRow.row()) {
                addRow(issues, tally, duplicates.get(next).row(), List.of(duplicates.get(next++)));
            }
            List<Issue> merged = ofRow.issues();
            if (next < duplicates.size() && duplicates.get(next).row() == ofRow.row()) {
                merged = new ArrayList<>(ofRow.issues().size() + 1);
                merged.add(duplicates.get(next++));
                merged.addAll(ofRow.issues());
            }
            addRow(issues, tally, ofRow.row(), merged);
        }
        while (next < duplicates.size()) {
            addRow(issues, tally, duplicates.get(next).row(), List.of(duplicates.get(next++)));
        }
        return new CheckResult(issues, rows, fileLevel.create(), fileLevel.update(), tally.rowsWithErrors,
                tally.errors, tally.warnings, tally.infos);
    }

    /** Rows come in order already, so only the few issues of one row need sorting, not the file. */
    private static void addRow(List<Issue> issues, Tally tally, int rowNumber, List<Issue> ofRow) {
        int first = issues.size();
        issues.addAll(ofRow);
        if (ofRow.size() > 1) {
            issues.subList(first, issues.size()).sort(BY_COLUMN);
        }
        tally.count(ofRow, rowNumber);
    }

    private record RowIssues(int row, List<Issue> issues) {
    }

    /** Counts issues by severity and the rows having an error. */
    private static final class Tally {
        int errors;
        int warnings;
        int infos;
        int rowsWithErrors;

        void count(List<Issue> issues, int rowNumber) {
            boolean rowHasError = false;
            for (Issue issue : issues) {
                switch (issue.severity()) {
                    case ERROR:
                        errors++;
                        rowHasError = true;
                        break;
                    case WARNING:
                        warnings++;
                        break;
                    default:
                        infos++;
                        break;
                }
            }
            if (rowHasError && rowNumber > 0) {
                rowsWithErrors++;
            }
        }
    }
}
