package com.cosellstudio.app.bench;

import com.cosellstudio.app.Samples;
import com.cosellstudio.app.model.CellRef;
import com.cosellstudio.app.model.ColumnFilter;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.ExcelNotes;
import com.cosellstudio.app.model.FindQuery;
import com.cosellstudio.app.model.FindReplace;
import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.app.model.SearchArea;
import com.cosellstudio.domain.Row;
import com.cosellstudio.io.TextWorkbookWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Editing in bulk on a generated file: the work each action does on the UI thread (the view
 * model's part, with the re-check of every changed row; not the repaint), as the median of several
 * runs after a warm-up. Export to Excel: the snapshot taken on the UI thread, and the background write.
 * <pre>
 *   mvn -q -B -o test-compile &amp;&amp; mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/classes:target/test-classes:$(cat target/cp.txt) com.cosellstudio.app.bench.BulkEditBench 5000
 * </pre>
 */
public final class BulkEditBench {
    private BulkEditBench() {
    }

    public static void main(String[] args) throws Exception {
        int deals = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path file = BenchFiles.generate(Path.of("target", "bench"), deals);
        DocumentViewModel viewModel = Samples.open(file);
        // As in the window: a check of every row runs beside the UI thread, so only its hand-over is timed here.
        java.util.concurrent.ExecutorService beside = java.util.concurrent.Executors.newSingleThreadExecutor();
        viewModel.document().setWholeFileChecks((check, apply) -> beside.submit(() -> {
            try {
                check.run(progress -> { });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        int date = viewModel.document().layout().indexOf("Estimated Close Date");
        int city = viewModel.document().layout().indexOf("Customer Contact First Name");
        SearchArea whole = viewModel.searchArea(SearchArea.Scope.WHOLE_FILE, List.of(), new int[0]);
        SearchArea dates = viewModel.searchArea(SearchArea.Scope.SELECTED_COLUMNS, List.of(), new int[] {date});
        FindReplace regex = FindReplace.of(new FindQuery("(\\d+)/(\\d+)/(\\d{4})", true, false, false));
        FindReplace plain = FindReplace.of(new FindQuery("contoso", false, false, false));
        List<CellRef> column = new ArrayList<>();
        for (GridRow row : viewModel.viewRows()) {
            column.add(new CellRef(row, city));
        }
        System.out.printf("%d rows x %d columns%n", viewModel.document().rows().size(), viewModel.document().columnCount());
        time("count, plain text, whole file", () -> plain.count(whole, viewModel.editableCells()).matched());
        time("count, regular expression, whole file", () -> regex.count(whole, viewModel.editableCells()).matched());
        time("replace all, the plan only (no re-check), one column", () ->
                regex.plan(dates, viewModel.editableCells(), "$3-$1-$2").changes().size());
        time("replace all + re-check, one column, every row (+ undo)", () -> {
            int changed = viewModel.replaceAll(regex, dates, "$3-$1-$2").changes().size();
            viewModel.undo();
            return changed;
        });
        time("undo of that replace all (result: its own time in us)", () -> {
            viewModel.replaceAll(regex, dates, "$3-$1-$2");
            long start = System.nanoTime();
            viewModel.undo();
            return (int) ((System.nanoTime() - start) / 1000);
        });
        time("fill down + re-check, every row (+ undo)", () -> {
            int changed = viewModel.fillDown(column).changed();
            viewModel.undo();
            return changed;
        });
        time("column filter by value, then removed", () -> {
            viewModel.filter().setColumnFilter(ColumnFilter.byValue(city, viewModel.document().rows().get(0).get(city)));
            int shown = viewModel.viewRows().size();
            viewModel.filter().clearColumnFilters();
            return shown;
        });
        time("export snapshot (rows copied, notes)", () -> {
            List<Row> rows = new ArrayList<>();
            for (Row row : viewModel.document().file().rows()) {
                rows.add(row.copy());
            }
            ExcelNotes.of(viewModel.document(), issue -> issue.code().name());
            return rows.size();
        });
        Path xlsx = Files.createTempFile("bulk-bench", ".xlsx");
        ExcelNotes notes = ExcelNotes.of(viewModel.document(), issue -> issue.code().name());
        time("export write (background)", () -> {
            try {
                TextWorkbookWriter.write(xlsx, viewModel.document().file().header(), viewModel.document().file().rows(), notes);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return 0;
        });
        Files.deleteIfExists(xlsx);
        beside.shutdown();
    }

    private static void time(String what, Supplier<Integer> action) {
        for (int i = 0; i < 3; i++) {
            action.get();
        }
        long[] runs = new long[7];
        int result = 0;
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            result = action.get();
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        System.out.printf("%-50s %8.1f ms  (%d)%n", what, runs[runs.length / 2] / 1e6, result);
    }
}
