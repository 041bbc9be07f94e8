package com.cosellstudio.roundtrip;

import static com.cosellstudio.roundtrip.TestDeals.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.RuleEngine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergerTest {
    private static final RuleEngine ENGINE = RuleEngine.shipped();
    private final Merger merger = new Merger(ENGINE);

    /** Deals {@code from..to} with the columns in reverse order and a filled Solution 2 and Solution 3. */
    private static BulkFile reorderedWithMoreSolutions(int from, int to) {
        List<String> header = new ArrayList<>(TestDeals.HEADER);
        int afterSolution1 = header.indexOf("Solution 1") + 1;
        header.add(afterSolution1, "Solution 2");
        header.add(afterSolution1 + 1, "Solution 3");
        Collections.reverse(header);
        List<Row> rows = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            List<String> cells = new ArrayList<>(List.of(TestDeals.exportedDeal(n)));
            cells.add(afterSolution1, "SOL-2222-BBBB");
            cells.add(afterSolution1 + 1, "SOL-3333-CCCC, EUR, 5, 1");
            Collections.reverse(cells);
            rows.add(new Row(cells.toArray(new String[0]), n + 1));
        }
        return TestDeals.file(header, rows);
    }

    @Test
    void columnsAreAlignedByHeaderAndMissingOnesAdded() {
        BulkFile document = TestDeals.export(3);
        Merger.Result result = merger.merge(document, List.of(reorderedWithMoreSolutions(4, 5)));
        BulkFile merged = result.merged();
        ColumnLayout layout = ENGINE.layout(merged.header());

        assertEquals(2, result.dealsAdded());
        assertEquals(List.of("Solution 2", "Solution 3"), result.columnsAdded());
        assertEquals(5, merged.rowCount());
        assertEquals(layout.indexOf("Solution 1") + 1, layout.indexOf("Solution 2"), "added next to its group");
        assertEquals(layout.indexOf("Solution 1") + 2, layout.indexOf("Solution 3"));
        for (int n = 1; n <= 5; n++) {
            Row row = merged.row(n);
            assertEquals("Deal " + n, row.get(layout.indexOf("Deal Name")));
            assertEquals(TestDeals.referralId(n), row.get(layout.indexOf("Referral ID")));
            assertEquals("Ann, Lee, +1 425 555 0100, ann" + n + "@contoso.com", row.get(layout.indexOf("Team member 1")));
            assertEquals(n <= 3 ? "" : "SOL-3333-CCCC, EUR, 5, 1", row.get(layout.indexOf("Solution 3")));
        }
        assertTrue(result.duplicateReferralIds().isEmpty());
        CheckResult check = ENGINE.check(merged);
        assertEquals(0, check.errors(), () -> check.issues().toString());
        assertTrue(check.issues().stream().noneMatch(i -> i.code() == Code.COLUMN_ORDER), () -> check.issues().toString());
    }

    @Test
    void aColumnOnlyTheOtherFileHasIsAddedAndGoesOutInTemplateOrder() {
        BulkFile document = TestDeals.export(2);
        document.removeColumn(col("Notes"));
        BulkFile other = TestDeals.export(3);
        other.row(3).set(col("Notes"), "from the second export");
        Merger.Result result = merger.merge(document, List.of(other));
        ColumnLayout layout = ENGINE.layout(result.merged().header());

        assertEquals(List.of("Notes"), result.columnsAdded());
        assertEquals(layout.size() - 1, layout.indexOf("Notes"), "appended at the end of the document");
        assertEquals("from the second export", result.merged().row(5).get(layout.indexOf("Notes")));
        assertEquals("", result.merged().row(1).get(layout.indexOf("Notes")));
        List<String> upload = layout.uploadColumns().stream().map(c -> c.header()).toList();
        assertEquals(TestDeals.HEADER, upload, "the upload file has the template order again");
    }

    @Test
    void theDocumentItselfIsLeftUntouched() {
        BulkFile document = TestDeals.export(3);
        merger.merge(document, List.of(reorderedWithMoreSolutions(4, 5)));

        assertEquals(TestDeals.HEADER, document.header());
        assertEquals(3, document.rowCount());
        assertEquals(TestDeals.HEADER.size(), document.row(1).size());
    }

    @Test
    void theSameReferralIdTwiceIsFlaggedOnEveryOccurrence() {
        BulkFile document = TestDeals.export(3);
        BulkFile secondExport = TestDeals.export(2);
        secondExport.row(2).set(col("Referral ID"), TestDeals.referralId(2).toLowerCase());
        Merger.Result result = merger.merge(document, List.of(secondExport));

        assertEquals(List.of(TestDeals.referralId(1), TestDeals.referralId(2)), result.duplicateReferralIds());
        List<Integer> flaggedRows = ENGINE.check(result.merged()).issues().stream()
                .filter(i -> i.code() == Code.DUPLICATE_REFERRAL).map(Issue::row).sorted().toList();
        assertEquals(List.of(1, 2, 4, 5), flaggedRows);
    }

    @Test
    void blankRowsOfOtherFilesAreNotAdded() {
        BulkFile other = TestDeals.export(2);
        other.rows().add(1, Row.empty(TestDeals.HEADER.size()));
        Merger.Result result = merger.merge(TestDeals.file(TestDeals.HEADER, new ArrayList<>()), List.of(other));

        assertEquals(2, result.dealsAdded());
        assertEquals(2, result.merged().rowCount());
    }
}
