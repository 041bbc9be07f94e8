package com.cosellstudio.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.Samples;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.ColumnGroup;
import com.cosellstudio.rules.Issue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The grid's view model without the toolkit: edits, re-checks, undo, paste, rows and columns. */
class DocumentViewModelTest {

    private static int column(DocumentViewModel viewModel, String name) {
        int index = viewModel.document().layout().indexOf(name);
        assertTrue(index >= 0, name);
        return index;
    }

    private static GridRow row(DocumentViewModel viewModel, int number) {
        GridRow row = viewModel.document().rows().get(number - 1);
        assertEquals(number, row.number());
        return row;
    }

    /** The totals the view model keeps by deltas must equal a full check of the document. */
    private static void assertTotalsMatchFullCheck(DocumentViewModel viewModel) {
        CheckResult full = Samples.ENGINE.check(viewModel.document().file());
        IssueTotals totals = viewModel.totals();
        assertEquals(full.errors(), totals.errors(), "errors");
        assertEquals(full.warnings(), totals.warnings(), "warnings");
        assertEquals(full.infos(), totals.infosProperty().get(), "infos");
        assertEquals(full.create(), totals.createProperty().get(), "create");
        assertEquals(full.update(), totals.updateProperty().get(), "update");
        assertEquals(full.rowsWithErrors(), totals.rowsWithErrorsProperty().get(), "rows with errors");
        List<Issue> current = new ArrayList<>(viewModel.document().documentIssues());
        for (GridRow row : viewModel.document().rows()) {
            for (Issue issue : row.issues()) {
                current.add(stamped(row, issue));
            }
        }
        assertEquals(full.issues().size(), current.size(), "issue count");
        // The same issues, not just as many: the grid's incremental view equals a fresh full check.
        Map<Issue, Integer> expected = new HashMap<>();
        full.issues().forEach(issue -> expected.merge(issue, 1, Integer::sum));
        Map<Issue, Integer> actual = new HashMap<>();
        current.forEach(issue -> actual.merge(issue, 1, Integer::sum));
        assertEquals(expected, actual);
    }

    /**
     * A row's issues keep the number the row had when they were found (the grid shows the row's
     * current number instead); compare them at the row's current number.
     */
    private static Issue stamped(GridRow row, Issue issue) {
        return new Issue(issue.severity(), issue.code(), row.number(), issue.column(), issue.columnIndex(),
                issue.value(), issue.messageKey(), issue.args(), issue.fix());
    }

    @Test
    void editsMadeWhileTheColumnsAreReCheckedAreNeverOverwrittenByTheStaleCheck() {
        DocumentViewModel viewModel = Samples.open("deals-with-errors.csv");
        // The window checks in the background while the user goes on: the rows are read at once, the
        // result arrives later, after the user's next edits.
        java.util.Deque<Runnable> pending = new java.util.ArrayDeque<>();
        viewModel.document().setWholeFileChecks((check, apply) -> {
            try {
                CheckedRows result = check.run(progress -> { });
                pending.add(() -> apply.accept(result));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        int city = column(viewModel, "Customer City");
        GridRow fixed = viewModel.document().rows().stream()
                .filter(row -> !row.issuesAt(city).isEmpty()).findFirst().orElseThrow();
        viewModel.addGroupColumn(ColumnGroup.SOLUTION);
        viewModel.editCell(fixed, city, "Lisbon");
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
        assertTrue(fixed.issuesAt(city).isEmpty(), "the edit's own check stands");
        assertTotalsMatchFullCheck(viewModel);
    }

    @Test
    void aKnownErrorIsMarkedAndTypingAFixRemovesTheMark() {
        DocumentViewModel viewModel = Samples.open("deals-with-errors.csv");
        int city = column(viewModel, "Customer City");
        GridRow row23 = row(viewModel, 23);
        CellStatus status = viewModel.cellStatus(row23, city);
        assertNotNull(status, "row 23 has no mark on Customer City");
        assertTrue(status.has(CellMark.ERROR));
        int errorsBefore = viewModel.totals().errors();

        viewModel.editCell(row23, city, "Seattle");

        assertNull(viewModel.cellStatus(row23, city));
        assertEquals("Seattle", viewModel.document().file().rows().get(22).get(city));
        assertEquals(errorsBefore - 1, viewModel.totals().errors());
        assertTrue(viewModel.undoStack().isDirty());
        assertTotalsMatchFullCheck(viewModel);

        viewModel.undo();
        assertTrue(viewModel.cellStatus(row23, city).has(CellMark.ERROR));
        assertEquals(errorsBefore, viewModel.totals().errors());
        assertFalse(viewModel.undoStack().isDirty(), "undone back to the opened state");

        viewModel.redo();
        assertNull(viewModel.cellStatus(row23, city));
        assertTotalsMatchFullCheck(viewModel);
    }

    @Test
    void undoingAnEditOfACellWithAStrayByteBringsItsEncodingErrorBack() throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of(getClass().getResource("/hostile/cyrillic-stray-byte.csv").toURI());
        DocumentViewModel viewModel = Samples.open(file);
        GridRow flagged = viewModel.document().rows().stream()
                .filter(row -> !row.row().faults().isEmpty()).findFirst().orElseThrow();
        int column = flagged.row().faults().get(0).column();
        java.util.function.Supplier<Boolean> encodingError = () -> flagged.issuesAt(column).stream()
                .anyMatch(issue -> issue.code() == com.cosellstudio.rules.Code.ENCODING);
        assertTrue(encodingError.get());

        viewModel.editCell(flagged, column, "Retyped");
        assertFalse(encodingError.get());

        viewModel.undo();
        assertTrue(encodingError.get(), "undo gives the cell back as read, stray byte and all");
        viewModel.redo();
        assertFalse(encodingError.get());
        assertTotalsMatchFullCheck(viewModel);
    }

    @Test
    void everyExpectedErrorCellOfTheSampleIsMarked() {
        DocumentViewModel viewModel = Samples.open("deals-with-errors.csv");
        // A few of deals-with-errors.expected.json: (row, column).
        Object[][] expected = {{4, "Partner Referral Status"}, {6, "Solution 1"}, {10, "Team member 1"},
            {36, "Customer D-U-N-S ID"}, {48, "Customer Country"}, {53, "Estimated Deal Value"}};
        for (Object[] cell : expected) {
            CellStatus status = viewModel.cellStatus(row(viewModel, (Integer) cell[0]), column(viewModel, (String) cell[1]));
            assertNotNull(status, cell[0] + " " + cell[1]);
            assertTrue(status.has(CellMark.ERROR), cell[0] + " " + cell[1]);
        }
        assertTotalsMatchFullCheck(viewModel);
    }

    @Test
    void aPastedBlockIsOneStepToUndoAndRedo() {
        DocumentViewModel viewModel = Samples.open("deals-valid.csv");
        int city = column(viewModel, "Customer City");
        List<String> before = List.of(row(viewModel, 2).get(city), row(viewModel, 2).get(city + 1),
                row(viewModel, 3).get(city), row(viewModel, 3).get(city + 1),
                row(viewModel, 4).get(city), row(viewModel, 4).get(city + 1));

        DocumentViewModel.PastedBlock block = viewModel.paste(1, city, "Oslo\tOS\r\nLyon\tARA\r\nKyiv\t\"K,\"\"Y\"\"\"\r\n");

        assertEquals(new DocumentViewModel.PastedBlock(1, 3, city, 2), block);
        assertEquals("Oslo", row(viewModel, 2).get(city));
        assertEquals("OS", row(viewModel, 2).get(city + 1));
        assertEquals("Lyon", row(viewModel, 3).get(city));
        assertEquals("K,\"Y\"", row(viewModel, 4).get(city + 1));
        assertEquals(1, viewModel.undoStack().undoDepth());

        viewModel.undo();
        assertEquals(before, List.of(row(viewModel, 2).get(city), row(viewModel, 2).get(city + 1),
                row(viewModel, 3).get(city), row(viewModel, 3).get(city + 1),
                row(viewModel, 4).get(city), row(viewModel, 4).get(city + 1)));
        viewModel.redo();
        assertEquals("Kyiv", row(viewModel, 4).get(city));
        assertTotalsMatchFullCheck(viewModel);
    }

    @Test
    void pastingPastTheLastRowAppendsRowsInTheSameStep() {
        DocumentViewModel viewModel = Samples.template();
        int name = column(viewModel, "Deal Name");
        viewModel.paste(0, name, "Deal A\nDeal B\n");
        assertEquals(2, viewModel.document().rows().size());
        assertEquals("Deal B", row(viewModel, 2).get(name));
        assertEquals(2, viewModel.totals().createProperty().get());
        viewModel.undo();
        assertEquals(0, viewModel.document().rows().size());
        assertEquals(0, viewModel.document().file().rowCount());
        viewModel.redo();
        assertEquals(2, viewModel.document().file().rowCount());
        assertTotalsMatchFullCheck(viewModel);
    }

    @Test
    void copyGivesTabSeparatedTextThatPastesBackUnchanged() {
        DocumentViewModel viewModel = Samples.open("deals-valid.csv");
        int notes = column(viewModel, "Notes");
        List<GridRow> rows = viewModel.viewRows().subList(0, 40);
        String copied = viewModel.copy(rows, notes - 2, notes);
        DocumentViewModel other = Samples.open("deals-valid.csv");
        for (GridRow row : other.document().rows()) {
            for (int c = notes - 2; c <= notes; c++) {
                other.editCell(row, c, "");
            }
        }
        other.paste(0, notes - 2, copied);
        for (int r = 1; r <= 40; r++) {
            for (int c = notes - 2; c <= notes; c++) {
                assertEquals(row(viewModel, r).get(c), row(other, r).get(c), "row " + r + " column " + c);
            }
        }
    }

    @Test
    void solutionColumnsGoUpToFiftyAndTheFiftyFirstIsRefused() {
        DocumentViewModel viewModel = Samples.template();
        ColumnLayoutProbe probe = new ColumnLayoutProbe(viewModel);
        assertEquals(1, probe.count(ColumnGroup.SOLUTION));
        for (int n = 2; n <= 50; n++) {
            int index = viewModel.addGroupColumn(ColumnGroup.SOLUTION);
            assertTrue(index > 0, "Solution " + n);
            assertEquals("Solution " + n, viewModel.document().header(index));
            assertEquals("Solution " + (n - 1), viewModel.document().header(index - 1), "next to its group");
        }
        assertNull(viewModel.noticeProperty().get());
        int columns = viewModel.document().columnCount();

        assertEquals(-1, viewModel.addGroupColumn(ColumnGroup.SOLUTION));

        assertEquals(columns, viewModel.document().columnCount());
        Notice notice = viewModel.noticeProperty().get();
        assertNotNull(notice);
        assertEquals("notice.groupLimit", notice.key());
        assertEquals(List.of(50, "Solution"), notice.args());
        // Team members are a separate group with their own 50.
        assertTrue(viewModel.addGroupColumn(ColumnGroup.TEAM_MEMBER) > 0);
        viewModel.undo();
        assertSame(notice, viewModel.noticeProperty().get(), "Solutions still at their limit");
        viewModel.undo();
        assertEquals(49, probe.count(ColumnGroup.SOLUTION));
        assertNull(viewModel.noticeProperty().get(), "the notice goes with its cause");
        assertTrue(viewModel.document().documentIssues().isEmpty(), "template + solutions has no file-level issue");
    }

    @Test
    void aMissingMandatoryColumnIsAddedWhereTheTemplatePutsItAsOneStep() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("no-city", ".csv");
        try {
            String content = java.nio.file.Files.readString(Samples.path("deals-valid.csv"));
            java.nio.file.Files.writeString(file, content.replaceFirst("Customer City,", "")
                    .replaceFirst("Customer Country,", ""));
            DocumentViewModel viewModel = Samples.open(file);
            List<Issue> missing = viewModel.document().documentIssues().stream()
                    .filter(issue -> issue.code() == Code.MISSING_COLUMN).toList();
            assertEquals(2, missing.size(), missing::toString);
            DocumentViewModel original = Samples.open("deals-valid.csv");
            int columns = viewModel.document().columnCount();

            // The later one first: it still lands where the template puts it among the columns present.
            Issue country = missing.stream().filter(issue -> issue.args().contains("Customer Country")).findFirst().orElseThrow();
            int at = viewModel.addMissingColumn(country);
            assertEquals(original.document().layout().indexOf("Customer Country") - 1, at);
            assertEquals("Customer Country", viewModel.document().header(at));
            Issue city = missing.stream().filter(issue -> issue.args().contains("Customer City")).findFirst().orElseThrow();
            assertEquals(original.document().layout().indexOf("Customer City"), viewModel.addMissingColumn(city));
            assertEquals(columns + 2, viewModel.document().columnCount());
            assertTrue(viewModel.document().documentIssues().stream().noneMatch(issue -> issue.code() == Code.MISSING_COLUMN));
            assertEquals(-1, viewModel.addMissingColumn(city), "there already");

            viewModel.undo();
            assertEquals(columns + 1, viewModel.document().columnCount(), "one step each");
            assertEquals(-1, viewModel.document().layout().indexOf("Customer City"));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void onlyEmptyGroupColumnsCanBeRemovedAndRemovalUndoes() {
        DocumentViewModel viewModel = Samples.open("deals-valid.csv");
        int solution2 = column(viewModel, "Solution 2");
        int dealName = column(viewModel, "Deal Name");
        assertFalse(viewModel.canRemoveColumn(dealName));
        assertFalse(viewModel.canRemoveColumn(solution2), "Solution 2 has values");
        int added = viewModel.addGroupColumn(ColumnGroup.SOLUTION);
        assertTrue(viewModel.canRemoveColumn(added));
        int before = viewModel.document().columnCount();
        assertTrue(viewModel.removeColumn(added));
        assertEquals(before - 1, viewModel.document().columnCount());
        assertFalse(viewModel.removeColumn(dealName));
        assertEquals("notice.columnNotRemovable", viewModel.noticeProperty().get().key());
        viewModel.undo();
        assertEquals(before, viewModel.document().columnCount());
        assertTotalsMatchFullCheck(viewModel);
    }

    @Test
    void rowOperationsKeepDocumentOrderWhileTheViewIsSorted() {
        DocumentViewModel viewModel = Samples.open("deals-valid.csv");
        int name = column(viewModel, "Deal Name");
        List<Row> original = new ArrayList<>(viewModel.document().file().rows());
        viewModel.sortBy(List.of(new SortKey(name, false)));
        GridRow firstInView = viewModel.viewRows().get(0);
        assertTrue(firstInView.number() != 1 || viewModel.viewRows().get(1).number() != 2, "the view is sorted");
        assertEquals(original, viewModel.document().file().rows(), "sorting leaves the document alone");

        GridRow third = row(viewModel, 3);
        List<GridRow> copies = viewModel.duplicateRows(List.of(third, row(viewModel, 10)));
        assertEquals(42, viewModel.document().rows().size());
        assertSame(copies.get(0), row(viewModel, 4));
        assertSame(copies.get(1), row(viewModel, 12));
        assertEquals(third.get(name), copies.get(0).get(name));

        viewModel.deleteRows(List.of(row(viewModel, 1), copies.get(1)));
        assertEquals(40, viewModel.document().rows().size());
        assertSame(original.get(1), viewModel.document().file().rows().get(0));

        GridRow added = viewModel.addRow(row(viewModel, 5));
        assertSame(added, row(viewModel, 6));
        for (int i = 0; i < viewModel.document().rows().size(); i++) {
            assertSame(viewModel.document().rows().get(i).row(), viewModel.document().file().rows().get(i));
        }
        // The view is still sorted by name, descending, blanks last (the added row).
        for (int i = 1; i < viewModel.viewRows().size() - 1; i++) {
            assertTrue(CellValueOrder.compareValues(viewModel.viewRows().get(i - 1).get(name),
                    viewModel.viewRows().get(i).get(name)) >= 0 || viewModel.viewRows().get(i).get(name).isBlank());
        }

        viewModel.undo();
        viewModel.undo();
        viewModel.undo();
        assertEquals(original, viewModel.document().file().rows());
        viewModel.sortBy(List.of());
        for (int i = 0; i < 40; i++) {
            assertSame(original.get(i), viewModel.viewRows().get(i).row());
        }
        assertTotalsMatchFullCheck(viewModel);
    }

    @Test
    void aReferralIdUsedTwiceIsFlaggedOnBothRowsAndClearsWhenChanged() {
        DocumentViewModel viewModel = Samples.open("deals-valid.csv");
        int referral = column(viewModel, "Referral ID");
        GridRow first = row(viewModel, 1);
        GridRow second = row(viewModel, 2);
        String id = "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b";
        viewModel.editCell(first, referral, id);
        viewModel.editCell(second, referral, id);
        assertTrue(first.issues().stream().anyMatch(issue -> issue.code() == Code.DUPLICATE_REFERRAL));
        assertTrue(second.issues().stream().anyMatch(issue -> issue.code() == Code.DUPLICATE_REFERRAL));
        assertTotalsMatchFullCheck(viewModel);

        viewModel.undo();
        assertTrue(first.issues().stream().noneMatch(issue -> issue.code() == Code.DUPLICATE_REFERRAL));
        assertTotalsMatchFullCheck(viewModel);
    }

    @Test
    void aReferralIdSharedByThreeRowsStaysFlaggedUntilOnlyOneHasIt() {
        DocumentViewModel viewModel = Samples.open("deals-valid.csv");
        int referral = column(viewModel, "Referral ID");
        String id = "6F1C2A9E-3B4D-4E5F-8A7B-9C0D1E2F3A4B";
        viewModel.editCell(row(viewModel, 3), referral, id);
        viewModel.editCell(row(viewModel, 7), referral, " " + id.toLowerCase(java.util.Locale.ROOT));
        viewModel.editCell(row(viewModel, 9), referral, id);
        assertTotalsMatchFullCheck(viewModel);
        viewModel.editCell(row(viewModel, 7), referral, "");
        assertTotalsMatchFullCheck(viewModel);
        assertTrue(row(viewModel, 3).issues().stream().anyMatch(issue -> issue.code() == Code.DUPLICATE_REFERRAL));
        viewModel.editCell(row(viewModel, 9), referral, "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed");
        assertTrue(row(viewModel, 3).issues().stream().noneMatch(issue -> issue.code() == Code.DUPLICATE_REFERRAL));
        assertTotalsMatchFullCheck(viewModel);
    }

    @Test
    void theThousandAndFirstDealRaisesTheFileLevelLimit() {
        DocumentViewModel viewModel = Samples.template();
        StringBuilder deals = new StringBuilder();
        for (int i = 1; i <= 1001; i++) {
            deals.append("Deal ").append(i).append('\n');
        }
        viewModel.paste(0, column(viewModel, "Deal Name"), deals.toString());
        assertTrue(viewModel.document().documentIssues().stream().anyMatch(issue -> issue.code() == Code.TOO_MANY_ROWS));
        viewModel.deleteRows(List.of(row(viewModel, 1001)));
        assertTrue(viewModel.document().documentIssues().stream().noneMatch(issue -> issue.code() == Code.TOO_MANY_ROWS));
        viewModel.undo();
        assertTrue(viewModel.document().documentIssues().stream().anyMatch(issue -> issue.code() == Code.TOO_MANY_ROWS));
        assertTotalsMatchFullCheck(viewModel);
    }

    @Test
    void randomEditsKeepTheIncrementalChecksEqualToAFullCheck() {
        DocumentViewModel viewModel = Samples.open("deals-with-errors.csv");
        Random random = new Random(7);
        String[] values = {"", "US", "New", "Closed", "Won", "1/30/2027", "2027-01-30", "Yes", "No", "abc", "-5",
            "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b", "SOL-1-A, USD, 10, 1", "x@y", "9"};
        int columns = viewModel.document().columnCount();
        for (int step = 0; step < 300; step++) {
            GridRow row = viewModel.document().rows().get(random.nextInt(viewModel.document().rows().size()));
            viewModel.editCell(row, random.nextInt(columns), values[random.nextInt(values.length)]);
            if (step % 50 == 0) {
                viewModel.deleteRows(List.of(row));
            }
        }
        assertTotalsMatchFullCheck(viewModel);
        while (viewModel.undoStack().canUndoProperty().get()) {
            viewModel.undo();
        }
        assertTotalsMatchFullCheck(viewModel);
    }

    @Test
    void errorsOnlyFilterShowsRowsWithErrorsAndQuickFilterMatchesText() {
        DocumentViewModel viewModel = Samples.open("deals-with-errors.csv");
        viewModel.filter().errorsOnlyProperty().set(true);
        assertEquals(viewModel.totals().rowsWithErrorsProperty().get(), viewModel.viewRows().size());
        assertTrue(viewModel.viewRows().stream().allMatch(GridRow::hasErrors));
        viewModel.filter().errorsOnlyProperty().set(false);
        viewModel.filter().quickTextProperty().set("lucerne publishing");
        assertFalse(viewModel.viewRows().isEmpty());
        assertTrue(viewModel.viewRows().size() < 60);
        viewModel.filter().quickTextProperty().set("");
        assertEquals(60, viewModel.viewRows().size());
    }

    @Test
    void nextAndPreviousErrorWalkTheErrorsInViewOrder() {
        DocumentViewModel viewModel = Samples.open("deals-with-errors.csv");
        DocumentViewModel.ViewCell first = viewModel.findError(0, -2, true);
        assertNotNull(first);
        GridRow row = viewModel.viewRows().get(first.viewRow());
        assertTrue(row.issuesAt(first.column()).stream().anyMatch(Issue::isError));
        DocumentViewModel.ViewCell second = viewModel.findError(first.viewRow(), first.column(), true);
        assertTrue(second.viewRow() > first.viewRow()
                || (second.viewRow() == first.viewRow() && second.column() > first.column()));
        assertEquals(first, viewModel.findError(second.viewRow(), second.column(), false));
    }

    /** Reads group counts through the layout. */
    private static final class ColumnLayoutProbe {
        private final DocumentViewModel viewModel;

        ColumnLayoutProbe(DocumentViewModel viewModel) {
            this.viewModel = viewModel;
        }

        int count(ColumnGroup group) {
            return viewModel.document().layout().groupCount(group);
        }
    }
}
