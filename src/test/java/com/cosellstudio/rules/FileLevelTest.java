package com.cosellstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Row- and file-level rules (RAGGED_ROW, blank rows, TOO_MANY_ROWS, DUPLICATE_REFERRAL) and the whole-file result. */
class FileLevelTest {

    private static final String REFERRAL = "3d05a4cb-85dd-4358-b6c4-c74f93945bed";
    private final RuleEngine engine = Deal.ENGINE;

    private static BulkFile file(List<Row> rows) {
        return new BulkFile(null, SourceInfo.uploadReady(), Deal.HEADER, rows);
    }

    private static Row blank() {
        return new Row(new String[] {"", "  ", "\t"}, 0);
    }

    private static List<Row> validRows(int count) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(Deal.valid().row());
        }
        return rows;
    }

    @Test
    void aBlankRowIsNotChecked() {
        ColumnLayout layout = engine.layout(Deal.HEADER);
        assertEquals(List.of(), engine.checkRow(layout, blank(), 3));
        assertEquals(List.of(), engine.checkRow(layout, new Row(new String[0], 0), 3));
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsRagged() {
        String[] cells = Arrays.copyOf(Deal.valid().row().toArray(), Deal.HEADER.size() + 2);
        cells[cells.length - 2] = "";
        cells[cells.length - 1] = "spill";
        List<Issue> issues = engine.checkRow(engine.layout(Deal.HEADER), new Row(cells, 2), 7);
        Issue issue = Deal.assertSingle(issues, Severity.ERROR, Code.RAGGED_ROW, null);
        assertEquals(7, issue.row());
        assertNull(issue.columnIndex());
        assertEquals("The row has 38 cells but the header has only 36 columns", Deal.render(issue));
    }

    @Test
    void theRaggedRowMessageCountsInTheSingularToo() {
        ColumnLayout oneColumn = engine.layout(List.of("Deal Name"));
        Issue issue = Deal.assertSingle(engine.checkRow(oneColumn, new Row(new String[] {"Deal", "spill"}, 2), 1),
                Severity.ERROR, Code.RAGGED_ROW, null);
        assertEquals("The row has 2 cells but the header has only 1 column", Deal.render(issue));
    }

    @Test
    void aRowWithFewerCellsReadsTheMissingOnesAsEmpty() {
        String[] cells = Arrays.copyOf(Deal.valid().row().toArray(), Deal.HEADER.indexOf("Team member 1") + 1);
        Deal.assertClean(engine.checkRow(engine.layout(Deal.HEADER), new Row(cells, 2), 1));
        String[] shorter = Arrays.copyOf(cells, cells.length - 1);
        List<Issue> issues = engine.checkRow(engine.layout(Deal.HEADER), new Row(shorter, 2), 1);
        Deal.assertSingle(issues, Severity.ERROR, Code.REQUIRED, "Team member 1");
    }

    @Test
    void aThousandDealsAreAllowedAndBlankRowsDoNotCount() {
        List<Row> rows = validRows(1000);
        rows.add(500, blank());
        rows.add(blank());
        CheckResult result = engine.check(file(rows));
        assertEquals(0, result.errors(), Deal.describe(result.issues()));
        assertEquals(1002, result.rows());
        assertEquals(1000, result.create());
    }

    @Test
    void aThousandAndOneDealsAreTooMany() {
        List<Issue> issues = engine.checkFileLevel(engine.layout(Deal.HEADER), validRows(1001));
        Issue issue = Deal.assertSingle(issues, Severity.ERROR, Code.TOO_MANY_ROWS, null);
        assertNull(issue.row());
        assertEquals("1,001 deals: Partner Center takes at most 1,000 in one upload", Deal.render(issue));
    }

    @Test
    void theSameReferralIdTwiceIsAnErrorOnTheReferralIdCellOfEveryOccurrence() {
        List<Row> rows = new ArrayList<>();
        rows.add(Deal.update("Active", "Accepted").row());
        rows.add(Deal.update("Active", "Accepted").with("Referral ID", "4d05a4cb-85dd-4358-b6c4-c74f93945bed").row());
        rows.add(blank());
        rows.add(Deal.update("Active", "Accepted").with("Referral ID", " " + REFERRAL.toUpperCase() + " ").row());
        rows.add(Deal.valid().row());
        rows.add(Deal.valid().row());
        rows.add(Deal.update("Active", "Accepted").row());
        List<Issue> issues = engine.checkFileLevel(engine.layout(Deal.HEADER), rows);
        assertEquals(List.of(1, 4, 7), issues.stream().map(Issue::row).toList(), Deal.describe(issues));
        for (Issue issue : issues) {
            assertEquals(Code.DUPLICATE_REFERRAL, issue.code());
            assertEquals(Severity.ERROR, issue.severity());
            assertEquals("Referral ID", issue.column());
            assertEquals(Deal.HEADER.indexOf("Referral ID"), issue.columnIndex());
        }
        assertEquals("Referral ID " + REFERRAL + " is also in 2 other rows: 4, 7; one upload can update a deal only once",
                Deal.render(issues.get(0)));
    }

    @Test
    void aReferralIdUsedManyTimesNamesTheFirstFewOtherRows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            rows.add(Deal.update("Active", "Accepted").row());
        }
        rows.add(0, Deal.update("Active", "Accepted").with("Referral ID", "4d05a4cb-85dd-4358-b6c4-c74f93945bed").row());
        List<Issue> issues = engine.checkFileLevel(engine.layout(Deal.HEADER), rows).stream()
                .filter(i -> i.code() == Code.DUPLICATE_REFERRAL).toList();
        assertEquals(3000, issues.size());
        assertEquals("Referral ID " + REFERRAL + " is also in 2,999 other rows: 3, 4, 5, 6, 7, …; one upload can update"
                + " a deal only once", Deal.render(issues.get(0)));
        Issue single = engine.checkFileLevel(engine.layout(Deal.HEADER), rows.subList(0, 3)).get(0);
        assertEquals("Referral ID " + REFERRAL + " is also in row 3; one upload can update a deal only once",
                Deal.render(single));
    }

    @Test
    void distinctReferralIdsAndNewDealsAreNoDuplicates() {
        List<Row> rows = List.of(Deal.update("Active", "Accepted").row(), Deal.valid().row(), Deal.valid().row(),
                Deal.update("Active", "Accepted").with("Referral ID", "4d05a4cb-85dd-4358-b6c4-c74f93945bed").row());
        assertEquals(List.of(), engine.checkFileLevel(engine.layout(Deal.HEADER), rows));
    }

    @Test
    void checkOrdersIssuesAndCountsTheFile() {
        List<String> header = new ArrayList<>(Deal.HEADER);
        header.add("Internal Owner");
        List<Row> rows = new ArrayList<>();
        rows.add(Deal.valid().with("Customer City", "").with("Currency", "dollars").row());   // 1: two errors
        rows.add(blank());                                                                   // 2: not counted
        rows.add(Deal.update("Active", "Accepted").row());                                  // 3: clean update
        rows.add(Deal.update("Active", "Accepted").with("Sales Stage", "30").row());        // 4: duplicate + warning
        rows.add(Deal.valid().with("Microsoft Referral Status", "Pending").row());          // 5: info
        BulkFile file = new BulkFile(null, SourceInfo.uploadReady(), header, rows);

        CheckResult result = engine.check(file);

        List<String> order = result.issues().stream()
                .map(i -> i.row() + ":" + i.code() + ":" + i.column()).toList();
        assertEquals(List.of("null:UNKNOWN_COLUMN:null", "1:REQUIRED:Customer City", "1:INVALID_VALUE:Currency",
                "3:DUPLICATE_REFERRAL:Referral ID", "4:DUPLICATE_REFERRAL:Referral ID", "4:INVALID_VALUE:Sales Stage",
                "5:IGNORED:Microsoft Referral Status"), order);
        assertEquals(5, result.rows());
        assertEquals(2, result.create());
        assertEquals(2, result.update());
        assertEquals(3, result.rowsWithErrors());
        assertEquals(4, result.errors());
        assertEquals(2, result.warnings());
        assertEquals(1, result.infos());
        assertTrue(result.hasErrors());
    }

    @Test
    void aLayoutOfAnotherEngineInstanceIsUsable() {
        ColumnLayout other = RuleEngine.shipped(SampleFilesTest.CLOCK).layout(Deal.HEADER);
        Deal.assertClean(engine.checkRow(other, Deal.valid().row(), 1));
    }

    @Test
    void aLayoutNotMadeByAnEngineIsRefused() {
        ColumnLayout foreign = (ColumnLayout) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ColumnLayout.class}, (proxy, method, args) -> null);
        assertThrows(IllegalArgumentException.class, () -> engine.checkRow(foreign, Deal.valid().row(), 1));
    }
}
