package com.cosellstudio.roundtrip;

import static com.cosellstudio.roundtrip.TestDeals.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.RuleEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryFileTest {
    private static final RuleEngine ENGINE = RuleEngine.shipped();

    /** Deals 1..10 as Partner Center returns them; deals 2, 5, 6 and 9 were rejected. */
    private static BulkFile processed() {
        BulkFile file = TestDeals.export(10);
        file.row(2).set(col("Errors"), "Customer Country is invalid");
        file.row(5).set(col("Errors"), "Estimated Close Date is in the past; Team member 1 email is invalid");
        file.row(6).set(col("Errors"), "Deal already closed;");
        file.row(9).set(col("Errors"), "Solution not found");
        return file;
    }

    @Test
    void theErrorsOfEachRowAreSplitOnSemicolons() {
        BulkFile file = processed();
        ProcessedErrors errors = ProcessedErrors.of(file, ENGINE.layout(file.header()));

        assertTrue(errors.isProcessedFile());
        assertEquals(List.of(2, 5, 6, 9), errors.rejectedRows());
        assertEquals(List.of("Estimated Close Date is in the past", "Team member 1 email is invalid"), errors.errors(5));
        assertEquals(List.of("Deal already closed"), errors.errors(6));
        assertEquals(List.of(), errors.errors(1));
        assertEquals(List.of("Solution not found"), errors.errorsOf(file.row(9)));
    }

    @Test
    void anExportWithAnEmptyErrorsColumnIsNoProcessedFile() {
        BulkFile file = TestDeals.export(3);
        assertFalse(ProcessedErrors.of(file, ENGINE.layout(file.header())).isProcessedFile());
    }

    @Test
    void theRetryFileKeepsOnlyTheRejectedRowsWithTheirErrorsCleared() {
        BulkFile file = processed();
        RetryFile.Result result = RetryFile.prepare(file, ENGINE.layout(file.header()));

        assertEquals(4, result.kept());
        assertEquals(6, result.dropped());
        assertEquals(List.of(1, 3, 4, 7, 8, 10), result.droppedRows());
        List<String> kept = new ArrayList<>();
        for (Row row : file.rows()) {
            kept.add(row.get(col("Deal Name")));
            assertEquals("", row.get(col("Errors")));
        }
        assertEquals(List.of("Deal 2", "Deal 5", "Deal 6", "Deal 9"), kept);
    }

    @Test
    void thePlanSaysWhatPreparingWouldDoAndChangesNothing() {
        BulkFile file = processed();
        RetryFile.Result plan = RetryFile.plan(file, ENGINE.layout(file.header()));

        assertEquals(new RetryFile.Result(4, 6, List.of(1, 3, 4, 7, 8, 10)), plan);
        assertEquals(10, file.rowCount());
        assertEquals("Solution not found", file.row(9).get(col("Errors")));
        assertEquals(plan, RetryFile.prepare(file, ENGINE.layout(file.header())));
    }

    @Test
    void blankRowsAreNeitherKeptNorDropped() {
        BulkFile file = processed();
        file.rows().add(3, Row.empty(TestDeals.HEADER.size()));
        RetryFile.Result result = RetryFile.prepare(file, ENGINE.layout(file.header()));

        assertEquals(4, result.kept());
        assertEquals(6, result.dropped());
        assertEquals(5, file.rowCount());
        assertTrue(file.row(2).isBlank(), "the blank row stays between deal 2 and deal 5");
    }

    @Test
    void aFileWithoutAnErrorsColumnIsRefusedAndLeftAlone() {
        BulkFile file = processed();
        file.removeColumn(col("Errors"));
        ColumnLayout layout = ENGINE.layout(file.header());

        assertFalse(RetryFile.hasErrorsColumn(layout));
        assertThrows(IllegalArgumentException.class, () -> RetryFile.prepare(file, layout));
        assertEquals(10, file.rowCount());
    }
}
