package com.cosellstudio.roundtrip;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A document row compared with the baseline.
 *
 * @param state    new, changed, unchanged or blank
 * @param baseline the deal in the baseline export, or null for a new or blank row
 * @param changes  the cells that differ, in column order (empty unless {@code state} is CHANGED)
 */
public record RowDiff(RowState state, BaselineRow baseline, List<CellChange> changes) {
    public RowDiff {
        changes = List.copyOf(changes);
    }

    /** Canonical names of the changed columns. */
    public Set<String> changedColumnNames() {
        return changes.stream().map(CellChange::column).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
