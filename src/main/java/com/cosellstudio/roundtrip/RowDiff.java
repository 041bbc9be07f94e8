package com.cosellstudio.roundtrip;

import com.cosellstudio.rules.RowBaseline;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A document row compared with the baseline. It is also what the rule engine's baseline checks
 * read ({@link RowBaseline}): pass it to {@code RuleEngine.checkRow(layout, row, n, diff)}.
 *
 * @param state    new, changed, unchanged or blank
 * @param baseline the deal in the baseline export, or null for a new or blank row
 * @param changes  the cells that differ, in column order (empty unless {@code state} is CHANGED)
 */
public record RowDiff(RowState state, BaselineRow baseline, List<CellChange> changes) implements RowBaseline {
    public RowDiff {
        changes = List.copyOf(changes);
    }

    /** Canonical names of the changed columns, in column order. */
    @Override
    public Set<String> changedColumns() {
        Set<String> names = new LinkedHashSet<>();
        changes.forEach(change -> names.add(change.column()));
        return Collections.unmodifiableSet(names);
    }

    /** The baseline value of a column; "" for a new row or a column the export lacked. */
    @Override
    public String oldValue(String canonicalColumn) {
        return baseline == null ? "" : baseline.value(canonicalColumn);
    }
}
