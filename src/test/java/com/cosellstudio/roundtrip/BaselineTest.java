package com.cosellstudio.roundtrip;

import static com.cosellstudio.roundtrip.TestDeals.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.RuleEngine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {
    private static final RuleEngine ENGINE = RuleEngine.shipped();

    private final BulkFile export = TestDeals.export(5);
    private final Baseline baseline = Baseline.of(export, ENGINE.layout(export.header()));

    private BaselineComparison against(BulkFile document) {
        return baseline.against(ENGINE.layout(document.header()));
    }

    @Test
    void anUneditedExportHasNoChangedRows() {
        BulkFile document = TestDeals.copy(export);
        BaselineComparison comparison = against(document);

        assertEquals(5, baseline.size());
        assertEquals(0, comparison.changedRowCount(document.rows()));
        assertEquals(0, comparison.newRowCount(document.rows()));
        assertEquals(RowState.UNCHANGED, comparison.state(document.row(3)));
        assertTrue(comparison.rowsToUpload(document.rows()).isEmpty());
    }

    @Test
    void anEditedCellIsChangedWithItsOldValue() {
        BulkFile document = TestDeals.copy(export);
        document.row(2).set(col("Customer City"), "Redmond");
        BaselineComparison comparison = against(document);

        RowDiff diff = comparison.diff(document.row(2));
        assertEquals(RowState.CHANGED, diff.state());
        assertEquals(List.of(new CellChange(col("Customer City"), "Customer City", "Seattle", "Redmond")), diff.changes());
        assertEquals(List.of(col("Customer City")), comparison.changedColumns(document.row(2)));
        assertTrue(comparison.isChanged(document.row(2), col("Customer City")));
        assertFalse(comparison.isChanged(document.row(2), col("Deal Name")));
        assertEquals("Seattle", comparison.oldValue(document.row(2), col("Customer City")));
        assertEquals("Deal 2", comparison.oldValue(document.row(2), col("Deal Name")));
        assertEquals(1, comparison.changedRowCount(document.rows()));
        assertEquals(List.of(2), comparison.rowsToUpload(document.rows()));
    }

    @Test
    void referralIdsMatchIgnoringCaseAndSurroundingSpace() {
        BulkFile document = TestDeals.copy(export);
        Row row = document.row(4);
        row.set(col("Referral ID"), "  " + TestDeals.referralId(4).toLowerCase() + " ");
        BaselineComparison comparison = against(document);

        assertEquals(RowState.UNCHANGED, comparison.state(row));
        assertSame(baseline.find(TestDeals.referralId(4)), comparison.match(row));
        assertEquals(4, comparison.match(row).rowNumber());
    }

    @Test
    void rowsWithoutAReferralIdOrWithAnUnknownOneAreNew() {
        BulkFile document = TestDeals.copy(export);
        document.rows().add(new Row(TestDeals.newDeal(6), 0));
        String[] unknown = TestDeals.exportedDeal(7);
        document.rows().add(new Row(unknown, 0));
        document.rows().add(Row.empty(TestDeals.HEADER.size()));
        BaselineComparison comparison = against(document);

        assertEquals(RowState.NEW, comparison.state(document.row(6)));
        assertEquals(RowState.NEW, comparison.state(document.row(7)));
        assertEquals(RowState.BLANK, comparison.state(document.row(8)));
        assertNull(comparison.oldValue(document.row(6), col("Deal Name")));
        assertTrue(comparison.changedColumns(document.row(7)).isEmpty());
        assertEquals(2, comparison.newRowCount(document.rows()));
        assertEquals(0, comparison.changedRowCount(document.rows()));
        assertEquals(List.of(6, 7), comparison.rowsToUpload(document.rows()));
    }

    @Test
    void columnsAreComparedByNameNotPosition() {
        // The same deals with the columns in reverse order and headers typed in another case.
        List<String> header = new ArrayList<>();
        for (String name : TestDeals.HEADER) {
            header.add(name.toUpperCase());
        }
        Collections.reverse(header);
        List<Row> rows = new ArrayList<>();
        for (Row row : export.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.toArray()));
            Collections.reverse(cells);
            rows.add(new Row(cells.toArray(new String[0]), row.sourceLine()));
        }
        BulkFile document = TestDeals.file(header, rows);
        BaselineComparison comparison = against(document);
        assertEquals(0, comparison.changedRowCount(document.rows()));

        int dealName = header.indexOf("DEAL NAME");
        document.row(1).set(dealName, "Renamed deal");
        assertEquals(List.of(dealName), comparison.changedColumns(document.row(1)));
        assertEquals("Deal 1", comparison.oldValue(document.row(1), dealName));
    }

    @Test
    void partnerCenterErrorsAreNoChangeOfTheDeal() {
        BulkFile document = TestDeals.copy(export);
        document.row(1).set(col("Errors"), "Invalid customer address");

        assertEquals(RowState.UNCHANGED, against(document).state(document.row(1)));
        assertNull(against(document).oldValue(document.row(1), col("Errors")));
    }

    @Test
    void aColumnTheExportLackedIsEmptyInTheBaseline() {
        BulkFile document = TestDeals.copy(export);
        document.insertColumn(col("Solution 1") + 1, "Solution 2");
        int solution2 = col("Solution 1") + 1;
        BaselineComparison comparison = against(document);
        assertEquals(0, comparison.changedRowCount(document.rows()), "an empty new column changes nothing");

        document.row(5).set(solution2, "SOL-9999-ZZZZ");
        RowDiff diff = comparison.diff(document.row(5));
        assertEquals(List.of(new CellChange(solution2, "Solution 2", "", "SOL-9999-ZZZZ")), diff.changes());
    }
}
