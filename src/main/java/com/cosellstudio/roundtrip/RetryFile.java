package com.cosellstudio.roundtrip;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.ColumnLayout;
import java.util.ArrayList;
import java.util.List;

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
        return layout.indexOf(Columns.ERRORS) >= 0;
    }

    /**
     * Removes, in place, every non-blank row whose Errors cell is empty and clears the Errors cell of
     * the rest.
     *
     * @throws IllegalArgumentException when the file has no Errors column: without it every row
     *                                  would look accepted and the whole file would be dropped
     */
    public static Result prepare(BulkFile file, ColumnLayout layout) {
        int errors = layout.indexOf(Columns.ERRORS);
        if (errors < 0) {
            throw new IllegalArgumentException("no Errors column");
        }
        List<Row> remaining = new ArrayList<>(file.rowCount());
        List<Integer> droppedRows = new ArrayList<>();
        int kept = 0;
        for (int i = 0; i < file.rowCount(); i++) {
            Row row = file.rows().get(i);
            if (row.isBlank()) {
                remaining.add(row);
            } else if (row.get(errors).isBlank()) {
                droppedRows.add(i + 1);
            } else {
                row.set(errors, "");
                remaining.add(row);
                kept++;
            }
        }
        file.rows().clear();
        file.rows().addAll(remaining);
        return new Result(kept, droppedRows.size(), droppedRows);
    }
}
