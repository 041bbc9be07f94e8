package com.cosellstudio.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.Samples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replace All, fill down and set value through the view model: one undo step each, read-only cells left alone. */
class BulkEditTest {

    private static int column(DocumentViewModel viewModel, String name) {
        return viewModel.document().layout().indexOf(name);
    }

    private static List<String> columnValues(DocumentViewModel viewModel, int column) {
        List<String> values = new ArrayList<>();
        for (GridRow row : viewModel.document().rows()) {
            values.add(row.get(column));
        }
        return values;
    }

    @Test
    void aSelectionTakenBeforeItsRowsWereDeletedReplacesNothingInThem() {
        DocumentViewModel viewModel = Samples.open("deals-valid.csv");
        int name = column(viewModel, "Deal Name");
        List<GridRow> selected = List.copyOf(viewModel.document().rows().subList(0, 2));
        viewModel.deleteRows(selected);
        int rows = viewModel.document().rows().size();
        SearchArea area = viewModel.searchArea(SearchArea.Scope.SELECTION, selected, new int[] {name});
        assertEquals(0, area.rows().size(), "the deleted rows are not searched");
        assertEquals(rows, viewModel.document().rows().size());
    }

    @Test
    void replaceAllIsOneUndoStepAndRechecksTheCells() {
        DocumentViewModel viewModel = Samples.open("deals-valid.csv");
        int close = column(viewModel, "Estimated Close Date");
        int errorsBefore = viewModel.totals().errors();
        List<String> before = columnValues(viewModel, close);
        FindReplace find = FindReplace.of(new FindQuery("^(\\d+)/(\\d+)/(\\d{4})$", true, false, false));
        SearchArea area = viewModel.searchArea(SearchArea.Scope.SELECTED_COLUMNS, List.of(), new int[] {close});
        FindReplace.Plan plan = viewModel.replaceAll(find, area, "$3-$1-$2");
        assertEquals(before.size(), plan.changes().size());
        assertTrue(viewModel.totals().errors() >= errorsBefore + before.size(), "ISO dates are errors now");
        viewModel.undo();
        assertEquals(before, columnValues(viewModel, close));
        assertEquals(errorsBefore, viewModel.totals().errors());
        assertFalse(viewModel.undoStack().canUndoProperty().get());
    }

    @Test
    void thousandsOfRowsAreRecheckedBesideTheWindowAndUndoneAsOne() throws Exception {
        DocumentViewModel viewModel = Samples.template();
        java.util.Deque<Runnable> pending = new java.util.ArrayDeque<>();
        viewModel.document().setWholeFileChecks((check, apply) -> {
            CheckedRows result;
            try {
                result = check.run(progress -> { });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            pending.add(() -> apply.accept(result));
        });
        int close = column(viewModel, "Estimated Close Date");
        int rows = GridDocument.RECHECK_BESIDE_ROWS + 500;
        viewModel.paste(0, close, "2027-01-30\n".repeat(rows));
        assertEquals(rows, viewModel.document().rows().size());
        assertEquals(1, pending.size(), "the cells were re-checked beside the window");
        pending.poll().run();
        int withIso = viewModel.totals().errors();
        assertEquals(Samples.ENGINE.check(viewModel.document().file()).errors(), withIso);

        FindReplace iso = FindReplace.of(new FindQuery("^(\\d{4})-0?(\\d+)-0?(\\d+)$", true, false, false));
        SearchArea dates = viewModel.searchArea(SearchArea.Scope.SELECTED_COLUMNS, List.of(), new int[] {close});
        assertEquals(rows, viewModel.replaceAll(iso, dates, "$2/$3/$1").changes().size());
        assertEquals("1/30/2027", viewModel.document().rows().get(rows - 1).get(close));
        pending.poll().run();
        assertEquals(Samples.ENGINE.check(viewModel.document().file()).errors(), viewModel.totals().errors());
        assertTrue(viewModel.totals().errors() < withIso - rows + 1, "every ISO date was an error, none is now");

        viewModel.undo();
        assertEquals("2027-01-30", viewModel.document().rows().get(0).get(close));
        pending.poll().run();
        assertEquals(withIso, viewModel.totals().errors());
    }

    @Test
    void errorsColumnAndAfterCreateColumnsOnUpdateRowsAreSkipped() {
        DocumentViewModel viewModel = Samples.open("deals-valid.csv");
        int errors = column(viewModel, "Errors");
        int customer = column(viewModel, "Customer Name");
        int referral = column(viewModel, "Referral ID");
        GridRow update = viewModel.document().rows().get(0);
        viewModel.editCell(update, referral, "b7b39b4b-5bb1-4d1b-a1b0-2c2d4d4e0f11");
        assertEquals(RowKind.UPDATE, update.kind());
        GridRow create = viewModel.document().rows().get(1);
        List<CellRef> cells = List.of(new CellRef(update, errors), new CellRef(update, customer),
                new CellRef(create, errors), new CellRef(create, customer));
        DocumentViewModel.BulkResult result = viewModel.setValue(cells, "Northwind");
        assertEquals(1, result.changed());
        assertEquals(3, result.skipped());
        assertEquals("Northwind", create.get(customer));
        assertEquals("", update.get(errors));
        assertEquals("notice.bulk.skipped", viewModel.noticeProperty().get().key());
    }

    @Test
    void fillDownCopiesEachColumnsTopCellAndUndoesAsOne() {
        DocumentViewModel viewModel = Samples.open("deals-valid.csv");
        int city = column(viewModel, "Customer City");
        int stage = column(viewModel, "Sales Stage");
        List<GridRow> rows = viewModel.viewRows().subList(2, 7);
        List<String> cities = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        List<CellRef> cells = new ArrayList<>();
        for (GridRow row : rows) {
            cities.add(row.get(city));
            stages.add(row.get(stage));
            cells.add(new CellRef(row, city));
            cells.add(new CellRef(row, stage));
        }
        viewModel.fillDown(cells);
        for (GridRow row : rows) {
            assertEquals(cities.get(0), row.get(city));
            assertEquals(stages.get(0), row.get(stage));
        }
        viewModel.undo();
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(cities.get(i), rows.get(i).get(city));
            assertEquals(stages.get(i), rows.get(i).get(stage));
        }
    }

    @Test
    void columnFiltersByValueAndByErrorAndSortLeaveTheDocumentOrder() {
        DocumentViewModel viewModel = Samples.open("deals-with-errors.csv");
        int country = column(viewModel, "Customer Country");
        int total = viewModel.document().rows().size();
        String value = viewModel.document().rows().get(0).get(country);
        long expected = viewModel.document().rows().stream()
                .filter(row -> row.get(country).strip().equalsIgnoreCase(value.strip())).count();
        viewModel.filter().setColumnFilter(ColumnFilter.byValue(country, value));
        assertEquals(expected, viewModel.viewRows().size());
        assertTrue(expected < total);
        viewModel.filter().setColumnFilter(ColumnFilter.hasError(country));
        assertTrue(viewModel.viewRows().stream().allMatch(row -> row.issuesAt(country).stream().anyMatch(i -> i.isError())));
        viewModel.filter().clearColumnFilters();
        assertEquals(total, viewModel.viewRows().size());

        List<GridRow> fileOrder = new ArrayList<>(viewModel.document().rows());
        viewModel.sortBy(List.of(new SortKey(country, false)));
        assertTrue(!fileOrder.equals(new ArrayList<>(viewModel.viewRows())), "the view is sorted");
        assertEquals(fileOrder, new ArrayList<>(viewModel.document().rows()), "the document is not");
        for (int i = 0; i < fileOrder.size(); i++) {
            assertEquals(fileOrder.get(i).row(), viewModel.document().file().rows().get(i));
        }
    }
}
