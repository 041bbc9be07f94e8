package com.cosellstudio.roundtrip;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.ColumnRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns Partner Center's processed-records download into the file to upload again. The article says
 * the rows Partner Center already created or updated (their Errors cell is empty) must be removed
 * before re-uploading; the rejected ones stay, with their Errors cell cleared so the user fixes and
 * saves them. Blank rows are no deals: they are neither kept nor dropped and stay where they are.
 */
public final class RetryFile {

    /**
     * What preparing did.
     *
     * @param kept        rejected deals kept for the retry
     * @param dropped     accepted deals removed
     * @param droppedRows 1-based numbers (in the file as it was) of the removed rows, ascending
     */
    public record Result(int kept, int dropped, List<Integer> droppedRows) {
        public Result {
            droppedRows = List.copyOf(droppedRows);
        }
    }

    private RetryFile() {
    }

    /** Whether {@code file} can be prepared: it has an Errors column. */
    public static boolean hasErrorsColumn(ColumnLayout layout) {
        return layout.indexOf(ColumnRole.ERRORS) >= 0;
    }

    /**
     * What preparing would do, without touching the file: for a window that turns it into its own
     * undoable edits (delete the dropped rows, clear the Errors cells of the kept ones).
     *
     * @throws IllegalArgumentException when the file has no Errors column: without it every row
     *                                  would look accepted and the whole file would be dropped
     */
    public static Result plan(BulkFile file, ColumnLayout layout) {
        int errors = errorsColumn(layout);
        List<Integer> droppedRows = new ArrayList<>();
        int kept = 0;
        for (int i = 0; i < file.rowCount(); i++) {
            Row row = file.rows().get(i);
            if (row.isBlank()) {
                continue;
            }
            if (row.get(errors).isBlank()) {
                droppedRows.add(i + 1);
            } else {
                kept++;
            }
        }
        return new Result(kept, droppedRows.size(), droppedRows);
    }

    /**
     * Removes, in place, every non-blank row whose Errors cell is empty and clears the Errors cell of
     * the rest.
     *
     * @throws IllegalArgumentException when the file has no Errors column (see {@link #plan})
     */
    public static Result prepare(BulkFile file, ColumnLayout layout) {
        Result result = plan(file, layout);
        int errors = errorsColumn(layout);
        Set<Integer> dropped = new HashSet<>(result.droppedRows());
        List<Row> remaining = new ArrayList<>(file.rowCount() - dropped.size());
        for (int i = 0; i < file.rowCount(); i++) {
            Row row = file.rows().get(i);
            if (!dropped.contains(i + 1)) {
                if (!row.get(errors).isEmpty()) {
                    row.set(errors, "");
                }
                remaining.add(row);
            }
        }
        file.rows().clear();
        file.rows().addAll(remaining);
        return result;
    }

    private static int errorsColumn(ColumnLayout layout) {
        int errors = layout.indexOf(ColumnRole.ERRORS);
        if (errors < 0) {
            throw new IllegalArgumentException("no Errors column");
        }
        return errors;
    }
}
