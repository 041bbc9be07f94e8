package com.cosellstudio.app.model;

import com.cosellstudio.app.undo.Command;
import com.cosellstudio.app.undo.CompositeCommand;
import com.cosellstudio.domain.Row;
import com.cosellstudio.roundtrip.Merger;
import com.cosellstudio.roundtrip.RetryFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what the round-trip layer computes (a retry plan, a merge) into the grid's own undoable
 * edits, so that each is one step on the undo stack and the rows the other commands refer to stay
 * the same objects.
 */
final class RoundTripEdits {
    private RoundTripEdits() {
    }

    /**
     * Prepare retry file: clears the Errors cell of every row Partner Center rejected, then deletes
     * the rows it accepted ({@code plan.droppedRows()}), as one command.
     */
    static Command retry(GridDocument document, RetryFile.Result plan) {
        int errors = document.errorsColumn();
        Set<Integer> dropped = new HashSet<>(plan.droppedRows());
        List<CellChange> clears = new ArrayList<>();
        List<GridRow> doomed = new ArrayList<>(dropped.size());
        int[] positions = new int[dropped.size()];
        for (GridRow row : document.rows()) {
            if (dropped.contains(row.number())) {
                positions[doomed.size()] = row.number() - 1;
                doomed.add(row);
            } else if (!row.get(errors).isEmpty()) {
                clears.add(new CellChange(row, errors, row.get(errors), ""));
            }
        }
        List<Command> steps = new ArrayList<>(2);
        if (!clears.isEmpty()) {
            steps.add(new CellEditCommand(document, clears, "undo.prepareRetry"));
        }
        if (!doomed.isEmpty()) {
            steps.add(RowsCommand.delete(document, positions, doomed, "undo.prepareRetry"));
        }
        return new CompositeCommand("undo.prepareRetry", steps);
    }

    /**
     * Merge: adds the columns the merge added (each at its place in the merged header), then
     * appends the merged-in rows, as one command. The merged header holds the document's header as
     * a subsequence, so inserting the other columns at their final places, left to right, rebuilds
     * it exactly; they go in as one column step, so the file is re-checked once, not once a column.
     */
    static Command merge(GridDocument document, Merger.Result result) {
        List<String> before = document.file().header();
        List<String> after = result.merged().header();
        List<Command> steps = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int kept = 0;
        for (int index = 0; index < after.size(); index++) {
            if (kept < before.size() && before.get(kept).equals(after.get(index))) {
                kept++;
            } else {
                indexes.add(index);
                names.add(after.get(index));
            }
        }
        if (!indexes.isEmpty()) {
            steps.add(ColumnCommand.insert(document, indexes.stream().mapToInt(Integer::intValue).toArray(), names));
        }
        int existing = document.rows().size();
        List<Row> added = result.merged().rows().subList(existing, result.merged().rowCount());
        if (!added.isEmpty()) {
            int[] positions = new int[added.size()];
            List<GridRow> rows = new ArrayList<>(added.size());
            for (int i = 0; i < positions.length; i++) {
                positions[i] = existing + i;
                rows.add(new GridRow(added.get(i), 0));
            }
            steps.add(RowsCommand.insert(document, positions, rows, "undo.merge"));
        }
        return new CompositeCommand("undo.merge", steps);
    }
}
