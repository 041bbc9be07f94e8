package com.cosellstudio.app.model;

import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contents of the issues panel: every current issue, errors first, then warnings, then notes
 * (within a severity, file-level first, then by row in document order) with the row it belongs to,
 * and the counts by severity and by column. Built on demand from the rows' issues, so it is always
 * what the grid shows. Errors lead because they are what stops an upload: a few of them must not
 * drown among a thousand notes.
 */
public final class IssueList {
    /** One line of the panel; {@code row} is null for an issue of the whole file. */
    public record Entry(GridRow row, Issue issue) {
        /** The row's current number (rows may have moved since the issue was found), or null. */
        public Integer rowNumber() {
            return row == null ? null : row.number();
        }

        /** The cell to select for this issue: a document column, -1 for the row itself. */
        public int column() {
            return issue.columnIndex() == null ? -1 : issue.columnIndex();
        }

        /** Whether this is an issue of that cell (column -1: of the row itself). */
        public boolean isAt(GridRow cellRow, int cellColumn) {
            return row != null && row == cellRow && column() == cellColumn;
        }
    }

    private final List<Entry> entries;
    private final Map<Severity, Integer> bySeverity;

    private IssueList(List<Entry> entries, Map<Severity, Integer> bySeverity) {
        this.entries = entries;
        this.bySeverity = bySeverity;
    }

    public static IssueList of(GridDocument document) {
        Map<Severity, List<Entry>> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, new ArrayList<>());
        }
        for (Issue issue : document.documentIssues()) {
            bySeverity.get(issue.severity()).add(new Entry(null, issue));
        }
        for (GridRow row : document.rows()) {
            for (Issue issue : row.issues()) {
                bySeverity.get(issue.severity()).add(new Entry(row, issue));
            }
        }
        List<Entry> entries = new ArrayList<>();
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Map.Entry<Severity, List<Entry>> group : bySeverity.entrySet()) {
            entries.addAll(group.getValue());
            counts.put(group.getKey(), group.getValue().size());
        }
        return new IssueList(Collections.unmodifiableList(entries), Collections.unmodifiableMap(counts));
    }

    public List<Entry> entries() {
        return entries;
    }

    public int count(Severity severity) {
        return bySeverity.get(severity);
    }

    /** The entries of the shown severities, of one column only unless {@code column} is null; in panel order. */
    public List<Entry> entries(Set<Severity> shown, String column) {
        List<Entry> result = new ArrayList<>();
        for (Entry entry : entries) {
            if (shown.contains(entry.issue().severity())
                    && (column == null || column.equals(entry.issue().column()))) {
                result.add(entry);
            }
        }
        return result;
    }

    /** Issues of the shown severities per column, most first (ties by name). */
    public Map<String, Integer> byColumn(Set<Severity> shown) {
        Map<String, Integer> counts = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.issue().column() != null && shown.contains(entry.issue().severity())) {
                counts.merge(entry.issue().column(), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> byColumn = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : sorted) {
            byColumn.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(byColumn);
    }
}
