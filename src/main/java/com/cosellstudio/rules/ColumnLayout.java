package com.cosellstudio.rules;

import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.domain.OutputColumn;
import com.cosellstudio.domain.Row;
import java.util.List;

/**
 * A header resolved against the rule pack of one template revision: what each physical column is.
 * Built once per header by {@link RuleEngine#layout(List)}; rebuild it after a column is added or
 * removed. Every fact about the file the code around the rules needs (which column plays which
 * role, how a group's header reads, the limits) is asked here, never spelled out elsewhere.
 */
public interface ColumnLayout {

    /** The revision the header is checked as, and how that was decided. */
    TemplateRevision revision();

    /** Number of columns in the header. */
    int size();

    /**
     * Where the columns added after the header for the cells of longer rows ("Extra 1", "Extra 2"
     * ..., as the pack names them) start: the header's width as the file had it. {@link #size()}
     * when there are none. They are known columns, kept as read; a row with cells there is RAGGED_ROW.
     */
    int extraColumnsFrom();

    /**
     * Whether any header cell is a column of the template, of any revision (the Errors column
     * counts). A file that names none of them (a password file, an address book) is not a co-sell
     * bulk file at all.
     */
    boolean recognisesAnyColumn();

    /** The spec of column {@code index}, or null when the header is not a column of this revision. */
    ColumnSpec spec(int index);

    /**
     * The closed list of column {@code index} that applies on {@code row} (the 2023 reasons differ
     * for the substatus Error), or the column's own list; empty when the column has none.
     */
    List<AllowedValue> allowedValues(int index, Row row);

    /** Canonical name of column {@code index} ("Solution 3"); the header as read when unknown. */
    String canonicalName(int index);

    /** Index of the column with this canonical name, or -1. */
    int indexOf(String canonicalName);

    /** Index of the column playing {@code role} (the first, if repeated), or -1. */
    int indexOf(ColumnRole role);

    /**
     * The key that pairs column {@code index} with the same column of another file, whatever
     * revision either is in (a replaced column pairs with its replacement); for an unknown column,
     * its header compared without regard to case or repeated white space.
     */
    String pairingKey(int index);

    /** What the group's columns are called ("Solution", "Team member"). */
    String groupName(ColumnGroup group);

    /** The canonical header of column {@code number} of the group ("Solution 3"). */
    String groupHeader(ColumnGroup group, int number);

    /** The number N of a group column ("Solution 3" → 3), or 0 for any other column. */
    int groupNumber(int index);

    /** How many columns of the group the header has (highest number present counts as given). */
    int groupCount(ColumnGroup group);

    /** The canonical header for the next column of the group ("Solution 4"). */
    String nextGroupHeader(ColumnGroup group);

    /** Where a new column of the group goes: right after the last column of the group, or at the template position. */
    int nextGroupInsertIndex(ColumnGroup group);

    /** Deals Partner Center takes in one upload. */
    int rowsPerUpload();

    /** The most columns one group may have. */
    int columnsPerGroup();

    /**
     * How to make the header this revision's template: the template columns it lacks, each with
     * the index it goes in at, and the headers of another revision to rename (template-2023.md
     * section 5). Applying it keeps every column and cell the file has.
     */
    TemplateConversion conversion();

    /** File-level issues of the header: MISSING_COLUMN, DUPLICATE_COLUMN, UNKNOWN_COLUMN, COLUMN_ORDER, TOO_MANY_*. */
    List<Issue> headerIssues();

    /**
     * The columns of an upload-ready file (spec section 7): template order, groups renumbered,
     * unknown columns and other revisions' columns at the end.
     */
    List<OutputColumn> uploadColumns();

    /**
     * This layout for a file read as {@code source}: the same columns and rules, with a date shown
     * as a bare serial number read in the file's own date system (a 1904 workbook's day 0 is four
     * years after a 1900 one's), so that "did you mean" names the day the user meant.
     */
    ColumnLayout forSource(SourceInfo source);
}
