package com.cosellstudio.report;

import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.Severity;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The notes of a check counted per code and column. An export whose read-only columns are filled
 * carries a note on nearly every row: listed one by one they would bury the errors, counted they
 * still tell the reader what Partner Center will ignore and where.
 */
final class NotesSummary {
    /**
     * The notes of one code in one column.
     *
     * @param column  null for notes on a whole row or on the file
     * @param notes   how many
     * @param rows    how many rows have one (file-level notes belong to none)
     * @param example the first of them, whose message shows the reader what the group is about
     */
    record Group(Code code, String column, int notes, int rows, Issue example) {
    }

    private final List<Group> groups;
    private final int notes;
    private final int rows;

    private NotesSummary(List<Group> groups, int notes, int rows) {
        this.groups = groups;
        this.notes = notes;
        this.rows = rows;
    }

    /** Counts the notes among {@code issues}; errors and warnings are left out. */
    static NotesSummary of(List<Issue> issues) {
        Map<Key, Tally> tallies = new HashMap<>();
        BitSet allRows = new BitSet();
        int notes = 0;
        for (Issue issue : issues) {
            if (issue.severity() != Severity.INFO) {
                continue;
            }
            notes++;
            Tally tally = tallies.computeIfAbsent(new Key(issue.code(), issue.column()), key -> new Tally(issue));
            tally.notes++;
            if (issue.row() != null) {
                tally.rows.set(issue.row());
                allRows.set(issue.row());
            }
        }
        List<Group> groups = new ArrayList<>(tallies.size());
        tallies.forEach((key, tally) ->
                groups.add(new Group(key.code(), key.column(), tally.notes, tally.rows.cardinality(), tally.example)));
        // The largest groups first: they are what the reader came to understand.
        groups.sort(Comparator.comparingInt(Group::notes).reversed()
                .thenComparing(Group::code)
                .thenComparing(Group::column, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new NotesSummary(List.copyOf(groups), notes, allRows.cardinality());
    }

    List<Group> groups() {
        return groups;
    }

    int notes() {
        return notes;
    }

    /** Rows with at least one note. */
    int rows() {
        return rows;
    }

    private record Key(Code code, String column) {
    }

    private static final class Tally {
        final Issue example;
        final BitSet rows = new BitSet();
        int notes;

        Tally(Issue example) {
            this.example = example;
        }
    }
}
