package com.cosellstudio.rules;

import com.cosellstudio.domain.ReadFault;
import com.cosellstudio.domain.Row;
import java.util.List;

/**
 * Checks one row against a layout: RAGGED_ROW (more cells than the header as read), every cell by its compiled check (REQUIRED,
 * FORMULA_LIKE, the value rule), then the cross-field rules on the cells that passed.
 *
 * <p>This is the one place a row is checked; {@link RuleEngine#checkRow} and {@link RuleEngine#check}
 * only wrap it. With a baseline (the exported row this one was edited from), {@link BaselineCheck}
 * adjusts the result afterwards (TERMINAL_STATE as an error, changed read-only cells), so the checks
 * here never need to know about baselines.
 */
final class RowChecker {

    private RowChecker() {
    }

    /** The row's issues adjusted by the baseline rules; {@code baseline} null when the row has none. */
    static List<Issue> check(CompiledLayout layout, Row row, int rowNumber, RowBaseline baseline) {
        return BaselineCheck.apply(layout, row, rowNumber, check(layout, row, rowNumber), baseline);
    }

    static List<Issue> check(CompiledLayout layout, Row row, int rowNumber) {
        if (row.isBlank()) {
            return List.of();
        }
        CellReporter out = new CellReporter(layout, rowNumber);
        int cells = cellsPastTheHeader(layout, row);
        if (cells > 0) {
            out.reportRow(Severity.ERROR, Code.RAGGED_ROW, MessageKeys.RAGGED_ROW, null, cells, layout.extraColumnsFrom());
        }
        reportFaults(row, out);
        checkCells(layout, row, out);
        for (CrossRule rule : layout.crossRules()) {
            rule.apply(row, out);
        }
        return out.issues();
    }

    /**
     * The cells of a row longer than the header as the file had it, or 0: compared with the header
     * the file had, so a value under an added Extra column still counts, while an empty cell there
     * does not (a new row of the window is as wide as the header, Extra columns included).
     */
    private static int cellsPastTheHeader(CompiledLayout layout, Row row) {
        if (row.size() > layout.size()) {
            return row.size();
        }
        int width = layout.extraColumnsFrom();
        if (row.size() <= width) {
            return 0;
        }
        int cells = row.lastValueColumn() + 1;
        return cells > width ? cells : 0;
    }

    /** What the reader could not read faithfully, on its cell (spec section 6). */
    private static void reportFaults(Row row, CellReporter out) {
        for (ReadFault fault : row.faults()) {
            out.at(fault.column(), row.get(fault.column()));
            switch (fault.kind()) {
                case ENCODING -> out.report(Severity.ERROR, Code.ENCODING, MessageKeys.ENCODING, null, fault.detail());
                case ERROR_CELL -> out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.ERROR_CELL, null, fault.detail());
            }
        }
    }

    private static void checkCells(CompiledLayout layout, Row row, CellReporter out) {
        CompiledLayout.ColumnCheck[] checks = layout.checks();
        boolean creates = layout.anyRequiredOnCreate() && creates(layout, row);
        for (int column = 0; column < checks.length; column++) {
            CompiledLayout.ColumnCheck check = checks[column];
            if (check == null) {
                continue;
            }
            String raw = row.get(column);
            if (row.isErrorCell(column)) {
                continue; // "#N/A" is not a value to check: the fault said so
            }
            int length = raw.length();
            // Most cells neither start nor end with white space: two reads settle that, so the
            // scans (and a cold run's interpreted calls for them) are spent only on the others.
            char first = length == 0 ? ' ' : raw.charAt(0);
            int from = first > ' ' && first < '\u00A0' ? 0 : Syntax.trimStart(raw, 0, length);
            if (from == length) {
                if (check.required() || creates && check.requiredOnCreate()) {
                    out.at(column, raw);
                    out.report(Severity.ERROR, Code.REQUIRED, MessageKeys.REQUIRED, null);
                }
                continue;
            }
            out.at(column, raw);
            // Only =, @, + and -, after spaces or tabs, can start a formula, and they all sort below 'A'.
            if (first <= '@' && Syntax.isFormulaLike(raw)) {
                out.report(Severity.WARNING, Code.FORMULA_LIKE, MessageKeys.FORMULA_LIKE, null);
            }
            ValueCheck value = check.check();
            if (value == ValueCheck.NONE) {
                continue; // free text: nothing more to read
            }
            char last = raw.charAt(length - 1);
            int to = last > ' ' && last < '\u00A0' ? length : Syntax.trimEnd(raw, from, length);
            value.check(raw, from, to, out);
        }
        checkPastTheHeader(checks.length, row, out);
    }

    /**
     * Cells past the header, as a row checked against the header the file has holds them: unchecked
     * text, as under the columns the window adds for them, so only the formula check applies.
     */
    private static void checkPastTheHeader(int width, Row row, CellReporter out) {
        for (int column = width; column < row.size(); column++) {
            String raw = row.get(column);
            if (!row.isErrorCell(column) && Syntax.isFormulaLike(raw)) {
                out.at(column, raw);
                out.report(Severity.WARNING, Code.FORMULA_LIKE, MessageKeys.FORMULA_LIKE, null);
            }
        }
    }

    /** Whether the row creates a deal: its Referral ID is empty, or the header has none. */
    static boolean creates(CompiledLayout layout, Row row) {
        return CrossRule.creates(row, layout.referralIndex());
    }
}
