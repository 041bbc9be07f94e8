package com.cosellstudio.rules;

import java.util.Set;

/**
 * What the engine needs to know about the deal a row updates, as the baseline export (the file this
 * one was edited from) holds it. The round-trip layer computes it; the engine only judges it.
 */
public interface RowBaseline {

    /** The value of a column (canonical name) in the baseline export; "" when the export lacks it. */
    String oldValue(String canonicalColumn);

    /** Canonical names of the row's columns whose value differs from the baseline; empty when unchanged. */
    Set<String> changedColumns();
}
