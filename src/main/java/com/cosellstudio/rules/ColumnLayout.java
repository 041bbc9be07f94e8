package com.cosellstudio.rules;

import com.cosellstudio.domain.OutputColumn;
import java.util.List;

/**
 * A header resolved against the rule pack: what each physical column is. Built once per header by
 * {@link RuleEngine#layout(List)}; rebuild it after a column is added or removed.
 */
public interface ColumnLayout {

    /** Number of columns in the header. */
    int size();

    /**
     * Whether any header cell is a column of the template (the Errors column counts). A file that
     * names none of them (a password file, an address book) is not a co-sell bulk file at all.
     */
    boolean recognisesAnyColumn();

    /** The spec of column {@code index}, or null when the header is unknown. */
    ColumnSpec spec(int index);

    /** Canonical name of column {@code index} ("Solution 3"); the header as read when unknown. */
    String canonicalName(int index);

    /** Index of the column with this canonical name, or -1. */
    int indexOf(String canonicalName);

    /** How many columns of the group the header has (highest number present counts as given). */
    int groupCount(ColumnGroup group);

    /** The canonical header for the next column of the group ("Solution 4"). */
    String nextGroupHeader(ColumnGroup group);

    /** Where a new column of the group goes: right after the last column of the group, or at the template position. */
    int nextGroupInsertIndex(ColumnGroup group);

    /** File-level issues of the header: MISSING_COLUMN, DUPLICATE_COLUMN, UNKNOWN_COLUMN, COLUMN_ORDER, TOO_MANY_*. */
    List<Issue> headerIssues();

    /** The columns of an upload-ready file (spec section 7): template order, groups renumbered, unknown at the end. */
    List<OutputColumn> uploadColumns();
}
