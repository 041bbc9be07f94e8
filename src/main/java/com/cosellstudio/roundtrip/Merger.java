package com.cosellstudio.roundtrip;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.ColumnRole;
import com.cosellstudio.rules.ColumnSpec;
import com.cosellstudio.rules.RuleEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the deals of other files (e.g. several exports of 5,000) to one document. Columns are paired
 * by canonical header, never by position: a column only another file has is added to the document
 * (a group column such as {@code Solution 3} right after its group, any other at the end, where the
 * upload writer puts it in template order anyway). The same Referral ID in two files is kept twice:
 * the engine flags every occurrence as {@code DUPLICATE_REFERRAL}, so the user decides which to keep.
 *
 * <p>The document is not modified: the result is a new document (with copies of every row) under
 * the document's path, so the window can undo a merge by going back to the old one.
 */
public final class Merger {

    /**
     * What a merge produced.
     *
     * @param merged               the document with the other files' deals appended
     * @param dealsAdded           non-blank rows taken from the other files
     * @param columnsAdded         canonical names of the columns added to the document, in order
     * @param duplicateReferralIds Referral IDs that occur more than once in the merged document (as first written)
     */
    public record Result(BulkFile merged, int dealsAdded, List<String> columnsAdded,
                         List<String> duplicateReferralIds) {
        public Result {
            columnsAdded = List.copyOf(columnsAdded);
            duplicateReferralIds = List.copyOf(duplicateReferralIds);
        }
    }

    private final RuleEngine engine;

    public Merger(RuleEngine engine) {
        this.engine = engine;
    }

    /** Appends the deals of {@code others}, in order, to a copy of {@code document}. */
    public Result merge(BulkFile document, List<BulkFile> others) {
        List<Row> rows = new ArrayList<>(document.rowCount());
        for (Row row : document.rows()) {
            rows.add(row.copy());
        }
        BulkFile merged = new BulkFile(document.path(), document.source(), document.header(), rows);
        List<String> columnsAdded = new ArrayList<>();
        int dealsAdded = 0;
        for (BulkFile other : others) {
            ColumnLayout otherLayout = engine.layout(other.header());
            int[] target = alignColumns(merged, otherLayout, columnsAdded);
            for (Row row : other.rows()) {
                if (!row.isBlank()) {
                    merged.rows().add(realign(row, target, merged.columnCount()));
                    dealsAdded++;
                }
            }
        }
        return new Result(merged, dealsAdded, columnsAdded, duplicateReferralIds(merged));
    }

    /**
     * For every column of the other file, the column of {@code merged} its cells go to; first adds
     * the columns {@code merged} lacks. The k-th column of a name goes to the k-th column of that
     * name, so even a file with a repeated header loses no cell.
     */
    private int[] alignColumns(BulkFile merged, ColumnLayout otherLayout, List<String> columnsAdded) {
        Map<String, List<Integer>> present = columnsByKey(engine.layout(merged.header()));
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> missing = new ArrayList<>();
        for (int j = 0; j < otherLayout.size(); j++) {
            int occurrence = seen.merge(Columns.key(otherLayout, j), 1, Integer::sum);
            if (occurrence > present.getOrDefault(Columns.key(otherLayout, j), List.of()).size()) {
                missing.add(j);
            }
        }
        // Group columns in ascending number, so Solution 2 lands before Solution 3 whatever the other file's order.
        missing.sort(Comparator.comparingInt(otherLayout::groupNumber));
        for (int j : missing) {
            String name = otherLayout.canonicalName(j);
            ColumnSpec spec = otherLayout.spec(j);
            int index = spec != null && spec.group() != null
                    ? engine.layout(merged.header()).nextGroupInsertIndex(spec.group())
                    : merged.columnCount();
            merged.insertColumn(index, name);
            columnsAdded.add(name);
        }
        present = columnsByKey(engine.layout(merged.header()));
        seen.clear();
        int[] target = new int[otherLayout.size()];
        for (int j = 0; j < otherLayout.size(); j++) {
            String key = Columns.key(otherLayout, j);
            target[j] = present.get(key).get(seen.merge(key, 1, Integer::sum) - 1);
        }
        return target;
    }

    private static Map<String, List<Integer>> columnsByKey(ColumnLayout layout) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int c = 0; c < layout.size(); c++) {
            byKey.computeIfAbsent(Columns.key(layout, c), k -> new ArrayList<>()).add(c);
        }
        return byKey;
    }

    /** The row's cells placed in the merged columns; cells beyond the other file's header stay at the end. */
    private static Row realign(Row row, int[] target, int width) {
        int extra = Math.max(0, row.size() - target.length);
        String[] cells = new String[width + extra];
        Arrays.fill(cells, "");
        for (int j = 0; j < target.length; j++) {
            cells[target[j]] = row.get(j);
        }
        for (int e = 0; e < extra; e++) {
            cells[width + e] = row.get(target.length + e);
        }
        return new Row(cells, row.sourceLine());
    }

    private List<String> duplicateReferralIds(BulkFile merged) {
        int column = engine.layout(merged.header()).indexOf(ColumnRole.REFERRAL_ID);
        if (column < 0) {
            return List.of();
        }
        Map<String, String> firstSpelling = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Row row : merged.rows()) {
            String key = ReferralIds.key(row.get(column));
            if (key != null) {
                firstSpelling.putIfAbsent(key, row.get(column).strip());
                counts.merge(key, 1, Integer::sum);
            }
        }
        List<String> duplicates = new ArrayList<>();
        firstSpelling.forEach((key, spelling) -> {
            if (counts.get(key) > 1) {
                duplicates.add(spelling);
            }
        });
        return duplicates;
    }
}
