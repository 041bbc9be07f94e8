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

/**
 * The contents of the issues panel: every current issue (file-level first, then by row in document
 * order) with the row it belongs to, and the counts by severity and by column. Built on demand from
 * the rows' issues, so it is always what the grid shows.
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
    }

    private final List<Entry> entries;
    private final Map<Severity, Integer> bySeverity;
    private final Map<String, Integer> byColumn;

    private IssueList(List<Entry> entries, Map<Severity, Integer> bySeverity, Map<String, Integer> byColumn) {
        this.entries = entries;
        this.bySeverity = bySeverity;
        this.byColumn = byColumn;
    }

    public static IssueList of(GridDocument document) {
        List<Entry> entries = new ArrayList<>();
        for (Issue issue : document.documentIssues()) {
            entries.add(new Entry(null, issue));
        }
        for (GridRow row : document.rows()) {
            for (Issue issue : row.issues()) {
                entries.add(new Entry(row, issue));
            }
        }
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, 0);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Entry entry : entries) {
            bySeverity.merge(entry.issue().severity(), 1, Integer::sum);
            if (entry.issue().column() != null) {
                counts.merge(entry.issue().column(), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> byColumn = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : sorted) {
            byColumn.put(entry.getKey(), entry.getValue());
        }
        return new IssueList(Collections.unmodifiableList(entries), Collections.unmodifiableMap(bySeverity),
                Collections.unmodifiableMap(byColumn));
    }

    public List<Entry> entries() {
        return entries;
    }

    public int count(Severity severity) {
        return bySeverity.get(severity);
    }

    /** Issues per column, most first. */
    public Map<String, Integer> byColumn() {
        return byColumn;
    }
}
