package com.cosellstudio.rules;

import com.cosellstudio.domain.Row;
import java.util.List;

/**
 * Checks one row against a layout: RAGGED_ROW, every cell by its compiled check (REQUIRED,
 * FORMULA_LIKE, the value rule), then the cross-field rules on the cells that passed.
 *
 * <p>This is the one place a row is checked; {@link RuleEngine#checkRow} and {@link RuleEngine#check}
 * only wrap it. A later baseline (the exported row this one was edited from) is meant to be passed
 * in here and on to the cross-field rules ({@link StatusCheck} for TERMINAL_STATE).
 */
final class RowChecker {

    private RowChecker() {
    }

    static List<Issue> check(CompiledLayout layout, Row row, int rowNumber) {
        if (row.isBlank()) {
            return List.of();
        }
        CellReporter out = new CellReporter(layout, rowNumber);
        if (row.size() > layout.size()) {
            out.reportRow(Severity.ERROR, Code.RAGGED_ROW, MessageKeys.RAGGED_ROW, null, row.size(), layout.size());
        }
        checkCells(layout, row, out);
        for (CrossRule rule : layout.crossRules()) {
            rule.apply(row, out);
        }
        return out.issues();
    }

    private static void checkCells(CompiledLayout layout, Row row, CellReporter out) {
        CompiledLayout.ColumnCheck[] checks = layout.checks();
        for (int column = 0; column < checks.length; column++) {
            CompiledLayout.ColumnCheck check = checks[column];
            if (check == null) {
                continue;
            }
            String raw = row.get(column);
            int from = Syntax.trimStart(raw, 0, raw.length());
            if (from == raw.length()) {
                if (check.required()) {
                    out.at(column, raw);
                    out.report(Severity.ERROR, Code.REQUIRED, MessageKeys.REQUIRED, null);
                }
                continue;
            }
            out.at(column, raw);
            if (Syntax.isFormulaLike(raw)) {
                out.report(Severity.WARNING, Code.FORMULA_LIKE, MessageKeys.FORMULA_LIKE, null);
            }
            check.check().check(raw, from, Syntax.trimEnd(raw, from, raw.length()), out);
        }
    }
}
