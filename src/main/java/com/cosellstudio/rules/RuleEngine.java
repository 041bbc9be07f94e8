package com.cosellstudio.rules;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import java.util.List;

/**
 * The compiled rule pack. Thread-safe and immutable: build it once, share it between the window,
 * background checks and the command line.
 */
public final class RuleEngine {

    /** The engine for the 2021 template, compiled from the pack in resources. */
    public static RuleEngine standard() {
        throw new UnsupportedOperationException("implemented with the rule pack");
    }

    /** The column specs of the pack in template order (groups once each). */
    public List<ColumnSpec> columns() {
        throw new UnsupportedOperationException("implemented with the rule pack");
    }

    /** Resolves a header against the pack. */
    public ColumnLayout layout(List<String> header) {
        throw new UnsupportedOperationException("implemented with the rule pack");
    }

    /** Cell- and row-level issues of one row (everything but DUPLICATE_REFERRAL); empty for a blank row. */
    public List<Issue> checkRow(ColumnLayout layout, Row row, int rowNumber) {
        throw new UnsupportedOperationException("implemented with the rule pack");
    }

    /** File-level checks: header issues, TOO_MANY_ROWS and DUPLICATE_REFERRAL on every occurrence. */
    public List<Issue> checkFileLevel(ColumnLayout layout, List<Row> rows) {
        throw new UnsupportedOperationException("implemented with the rule pack");
    }

    /** Everything: the file-level checks and every row. */
    public CheckResult check(BulkFile file) {
        throw new UnsupportedOperationException("implemented with the rule pack");
    }
}
