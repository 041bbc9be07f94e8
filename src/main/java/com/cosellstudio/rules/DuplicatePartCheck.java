package com.cosellstudio.rules;

import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.pack.PackedCellRule;

/**
 * Two cells of one group in a row sharing the key part (two solutions with the same ID, two team
 * members with the same e-mail): reported on the later cell. Only valid cells take part.
 */
final class DuplicatePartCheck implements CrossRule {
    private final int[] columns;
    private final int part;
    private final PackedCellRule.DuplicateRule duplicate;
    private final CompiledLayout layout;

    /** @param columns the group's physical columns in number order */
    DuplicatePartCheck(int[] columns, PackedCellRule rule, CompiledLayout layout) {
        this.columns = columns;
        this.part = rule.duplicatePart();
        this.duplicate = rule.duplicate();
        this.layout = layout;
    }

    @Override
    public void apply(Row row, CellReporter out) {
        for (int i = 1; i < columns.length; i++) {
            if (!CrossRule.usable(row, columns[i], out)) {
                continue;
            }
            String later = row.get(columns[i]);
            int laterFrom = PackedCellCheck.partFrom(later, part);
            if (laterFrom < 0) {
                continue;
            }
            int laterTo = PackedCellCheck.partTo(later, laterFrom);
            for (int j = 0; j < i && laterTo > laterFrom; j++) {
                if (!CrossRule.usable(row, columns[j], out)) {
                    continue;
                }
                String earlier = row.get(columns[j]);
                int earlierFrom = PackedCellCheck.partFrom(earlier, part);
                if (earlierFrom >= 0 && Syntax.sameIgnoreCase(earlier, earlierFrom,
                        PackedCellCheck.partTo(earlier, earlierFrom), later, laterFrom, laterTo)) {
                    out.at(columns[i], later);
                    out.report(duplicate.severity(), duplicate.code(), duplicate.message(), null,
                            later.substring(laterFrom, laterTo), layout.canonicalName(columns[j]));
                    break;
                }
            }
        }
    }
}
