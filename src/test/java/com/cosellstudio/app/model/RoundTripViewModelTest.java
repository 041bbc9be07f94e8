package com.cosellstudio.app.model;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.DocumentFiles;
import com.cosellstudio.app.RoundTripFiles;
import com.cosellstudio.app.Samples;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.roundtrip.Merger;
import com.cosellstudio.roundtrip.RetryFile;
import com.cosellstudio.roundtrip.SplitPlan;
import com.cosellstudio.roundtrip.TestDeals;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The round trip in the view model: baseline marks, changed-only rows, retry, merge, split. */
class RoundTripViewModelTest {
    @TempDir
    Path folder;

    private static GridRow row(DocumentViewModel viewModel, int number) {
        return viewModel.document().rows().get(number - 1);
    }

    private static int column(DocumentViewModel viewModel, String name) {
        return viewModel.document().layout().indexOf(name);
    }

    private static boolean has(GridRow row, Code code, Severity severity) {
        return row.issues().stream().anyMatch(issue -> issue.code() == code && issue.severity() == severity);
    }

    @Test
    void anOpenedExportIsItsOwnBaselineAndAnEditShowsTheOldValue() throws Exception {
        DocumentViewModel viewModel = RoundTripFiles.open(RoundTripFiles.export(folder.resolve("export.csv"), 5));
        int name = column(viewModel, "Deal Name");
        assertNotNull(viewModel.document().baselineProperty().get());
        assertNull(viewModel.cellStatus(row(viewModel, 2), name), "nothing changed yet");
        assertEquals(0, viewModel.totals().changedRowsProperty().get());

        viewModel.editCell(row(viewModel, 2), name, "Deal 2, renamed");

        CellStatus status = viewModel.cellStatus(row(viewModel, 2), name);
        assertTrue(status.has(CellMark.CHANGED));
        assertEquals("Deal 2", status.oldValue());
        assertTrue(viewModel.cellStatus(row(viewModel, 2), -1).has(CellMark.CHANGED), "the row number shows it too");
        assertNull(viewModel.cellStatus(row(viewModel, 3), name));
        assertEquals(1, viewModel.totals().changedRowsProperty().get());

        // Typing the old value back is no change.
        viewModel.editCell(row(viewModel, 2), name, "Deal 2");
        assertNull(viewModel.cellStatus(row(viewModel, 2), name));
        assertEquals(0, viewModel.totals().changedRowsProperty().get());
        viewModel.undo();
        assertEquals(1, viewModel.totals().changedRowsProperty().get(), "undo brings the change back");
    }

    @Test
    void changedRowsOnlyIsTheNewAndChangedDealsInTheFilterAndTheUpload() throws Exception {
        DocumentViewModel viewModel = RoundTripFiles.open(RoundTripFiles.export(folder.resolve("export.csv"), 6));
        viewModel.editCell(row(viewModel, 4), column(viewModel, "Customer City"), "Redmond");
        viewModel.editCell(row(viewModel, 1), column(viewModel, "Notes"), "call back");
        GridRow added = viewModel.addRow(null);
        viewModel.editCell(added, column(viewModel, "Deal Name"), "Brand new deal");
        assertEquals(2, viewModel.totals().changedRowsProperty().get());
        assertEquals(1, viewModel.totals().newRowsProperty().get());

        viewModel.filter().changedOnlyProperty().set(true);
        assertEquals(List.of(row(viewModel, 1), row(viewModel, 4), added), viewModel.viewRows());

        List<Row> upload = viewModel.rowsToUpload();
        assertEquals(List.of(row(viewModel, 1).row(), row(viewModel, 4).row(), added.row()), upload);
        viewModel.filter().changedOnlyProperty().set(false);
        assertEquals(7, viewModel.viewRows().size());
    }

    @Test
    void withoutABaselineChangedRowsOnlyIsRefusedWithANotice() {
        DocumentViewModel viewModel = Samples.open("deals-valid.csv");
        assertNull(viewModel.rowsToUpload());
        assertEquals("notice.changedOnly.noBaseline", viewModel.noticeProperty().get().key());
    }

    @Test
    void editingADealThatWasClosedIsATerminalStateErrorWhileTyping() throws Exception {
        DocumentViewModel viewModel = RoundTripFiles.open(RoundTripFiles.closedExport(folder.resolve("closed.csv")));
        assertFalse(has(row(viewModel, 1), Code.TERMINAL_STATE, Severity.ERROR));

        assertEquals(List.of(), viewModel.terminalChangedRows());

        viewModel.editCell(row(viewModel, 1), column(viewModel, "Estimated Deal Value"), "99000");
        assertTrue(has(row(viewModel, 1), Code.TERMINAL_STATE, Severity.ERROR), row(viewModel, 1).issues()::toString);
        assertEquals(List.of(row(viewModel, 1)), viewModel.terminalChangedRows(), "the row the banner offers to remove");

        viewModel.editCell(row(viewModel, 2), column(viewModel, "Engagement ID"), TestDeals.engagementId(77));
        assertTrue(has(row(viewModel, 2), Code.IGNORED, Severity.WARNING), "a read-only column changed");
        viewModel.undo();
        viewModel.undo();
        assertFalse(has(row(viewModel, 1), Code.TERMINAL_STATE, Severity.ERROR));
        assertFalse(has(row(viewModel, 2), Code.IGNORED, Severity.WARNING));
    }

    @Test
    void compareWithTakesTheBaselineFromAnotherFile() throws Exception {
        Path export = RoundTripFiles.export(folder.resolve("export.csv"), 4);
        BulkFile edited = ShippedReader.reader().read(export);
        edited.row(3).set(edited.header().indexOf("Deal Name"), "Renamed in Excel");
        Path editedPath = folder.resolve("edited.csv");
        new com.cosellstudio.io.UploadCsvWriter().write(edited, Samples.ENGINE.layout(edited.header()).uploadColumns(), editedPath);
        DocumentViewModel viewModel = RoundTripFiles.open(editedPath);
        assertEquals(0, viewModel.totals().changedRowsProperty().get(), "its own values are the baseline");

        GridDocument document = viewModel.document();
        CheckedRows checked = new DocumentFiles().readBaselineAndCheck(Samples.ENGINE, export, document.layout(),
                new ArrayList<>(document.file().rows()), progress -> { });
        viewModel.applyCheck(checked);

        assertEquals(1, viewModel.totals().changedRowsProperty().get());
        assertEquals("Deal 3", viewModel.cellStatus(row(viewModel, 3), column(viewModel, "Deal Name")).oldValue());
        assertEquals(export, document.baselineProperty().get().source());

        // Check (F5) keeps comparing with it; a file without deals gives no baseline.
        assertNull(new DocumentFiles().readBaselineAndCheck(Samples.ENGINE, RoundTripFiles.newDeals(folder.resolve("new.csv"), 1, 3),
                document.layout(), document.file().rows(), progress -> { }));
    }

    @Test
    void aProcessedFileShowsTheRejectionsAndPrepareRetryKeepsOnlyThemAsOneStep() throws Exception {
        Path processed = RoundTripFiles.processed(folder.resolve("processed.csv"), 10,
                Map.of(2, "Invalid Customer Country", 5, "Duplicate deal; Bad date", 7, "Solution not found", 10, "Closed deal"));
        DocumentViewModel viewModel = RoundTripFiles.open(processed);
        int errors = column(viewModel, "Errors");
        assertEquals(4, viewModel.totals().rejectedRowsProperty().get());
        CellStatus rowFive = viewModel.cellStatus(row(viewModel, 5), -1);
        assertTrue(rowFive.has(CellMark.REJECTED));
        assertEquals(List.of("Duplicate deal", "Bad date"), rowFive.rejected());
        assertTrue(viewModel.cellStatus(row(viewModel, 5), errors).has(CellMark.REJECTED));
        assertNull(viewModel.cellStatus(row(viewModel, 4), -1), "accepted rows are plain");

        RetryFile.Result result = viewModel.prepareRetry();

        assertEquals(4, result.kept());
        assertEquals(6, result.dropped());
        assertEquals("notice.retry.done", viewModel.noticeProperty().get().key());
        assertEquals(4, viewModel.document().rows().size());
        List<String> names = new ArrayList<>();
        for (GridRow row : viewModel.document().rows()) {
            names.add(row.get(column(viewModel, "Deal Name")));
            assertEquals("", row.get(errors));
            assertTrue(viewModel.cellStatus(row, -1).has(CellMark.REJECTED), "the rejection stays shown while fixing");
        }
        assertEquals(List.of("Deal 2", "Deal 5", "Deal 7", "Deal 10"), names);

        viewModel.undo();
        assertEquals(10, viewModel.document().rows().size(), "one undo step");
        assertEquals("Duplicate deal; Bad date", row(viewModel, 5).get(errors));
    }

    @Test
    void prepareRetryIsRefusedWhenNoRowWasRejected() throws Exception {
        DocumentViewModel viewModel = RoundTripFiles.open(RoundTripFiles.export(folder.resolve("export.csv"), 3));
        assertNull(viewModel.prepareRetry());
        assertEquals("notice.retry.noErrors", viewModel.noticeProperty().get().key());
        assertEquals(3, viewModel.document().rows().size());
        assertFalse(viewModel.undoStack().isDirty());
    }

    @Test
    void mergeAddsTheDealsAlignedByHeaderAsOneStepAndFlagsDuplicates() throws Exception {
        DocumentViewModel viewModel = RoundTripFiles.open(RoundTripFiles.export(folder.resolve("a.csv"), 3));
        // The other file: deals 3..5 (deal 3 again), its columns in another order, with a Solution 2.
        List<String> header = new ArrayList<>(TestDeals.HEADER);
        java.util.Collections.reverse(header);
        header.add("Solution 2");
        List<Row> rows = new ArrayList<>();
        for (int n = 3; n <= 5; n++) {
            String[] deal = TestDeals.exportedDeal(n);
            String[] cells = new String[header.size()];
            for (int c = 0; c < TestDeals.HEADER.size(); c++) {
                cells[header.indexOf(TestDeals.HEADER.get(c))] = deal[c];
            }
            cells[header.size() - 1] = n == 5 ? "SOL-5555-ABCD, USD, 10, 1" : "";
            rows.add(new Row(cells, n));
        }
        BulkFile other = TestDeals.file(header, rows);
        int columnsBefore = viewModel.document().columnCount();

        Merger.Result result = viewModel.merge(List.of(other));

        assertEquals(3, result.dealsAdded());
        assertEquals(List.of("Solution 2"), result.columnsAdded());
        assertEquals(6, viewModel.document().rows().size());
        assertEquals(columnsBefore + 1, viewModel.document().columnCount());
        assertEquals("Deal 4", row(viewModel, 5).get(column(viewModel, "Deal Name")), "aligned by header");
        assertEquals("SOL-5555-ABCD, USD, 10, 1", row(viewModel, 6).get(column(viewModel, "Solution 2")));
        assertTrue(has(row(viewModel, 3), Code.DUPLICATE_REFERRAL, Severity.ERROR));
        assertTrue(has(row(viewModel, 4), Code.DUPLICATE_REFERRAL, Severity.ERROR));
        assertEquals("notice.merged", viewModel.noticeProperty().get().key());
        assertEquals(List.of(3, 1, 1), viewModel.noticeProperty().get().args());

        viewModel.undo();
        assertEquals(3, viewModel.document().rows().size(), "one undo step");
        assertEquals(columnsBefore, viewModel.document().columnCount());
        assertFalse(row(viewModel, 3).issues().stream().anyMatch((Issue issue) -> issue.code() == Code.DUPLICATE_REFERRAL));
        viewModel.redo();
        assertEquals(6, viewModel.document().rows().size());
        assertEquals("SOL-5555-ABCD, USD, 10, 1", row(viewModel, 6).get(column(viewModel, "Solution 2")));
    }

    @Test
    void aFileOf2500DealsSplitsIntoThreePartsHoldingEveryDealOnce() throws Exception {
        DocumentViewModel viewModel = RoundTripFiles.open(RoundTripFiles.newDeals(folder.resolve("big.csv"), 1, 2500));
        SplitPlan plan = viewModel.splitPlan("big");
        assertEquals(List.of(1000, 1000, 500), plan.parts().stream().map(part -> part.rowNumbers().size()).toList());
        assertEquals("big-part-1-of-3.csv", plan.parts().get(0).fileName());
        Set<Integer> all = new HashSet<>();
        plan.parts().forEach(part -> all.addAll(part.rowNumbers()));
        assertEquals(2500, all.size());
    }
}
