package com.cosellstudio.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.Samples;
import com.cosellstudio.rules.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The issues panel's contents: errors first, each severity in row order, filtered by severity and column. */
class IssueListTest {

    @Test
    void errorsComeFirstThenWarningsThenNotesEachInRowOrder() {
        IssueList list = IssueList.of(Samples.open("deals-with-errors.csv").document());
        List<IssueList.Entry> entries = list.entries();
        assertTrue(list.count(Severity.ERROR) > 0 && list.count(Severity.WARNING) > 0 && list.count(Severity.INFO) > 0);
        for (Severity severity : Severity.values()) {
            List<Integer> rows = new ArrayList<>();
            int first = -1;
            int last = -1;
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).issue().severity() == severity) {
                    first = first < 0 ? i : first;
                    last = i;
                    if (entries.get(i).rowNumber() != null) {
                        rows.add(entries.get(i).rowNumber());
                    }
                }
            }
            assertEquals(list.count(severity), last - first + 1, severity + " together");
            assertEquals(rows.stream().sorted().toList(), rows, severity + " in row order");
        }
        assertEquals(Severity.ERROR, entries.get(0).issue().severity());
        assertEquals(Severity.INFO, entries.get(entries.size() - 1).issue().severity());
    }

    @Test
    void theFiltersKeepTheShownSeveritiesAndOneColumn() {
        IssueList list = IssueList.of(Samples.open("deals-with-errors.csv").document());
        EnumSet<Severity> noNotes = EnumSet.of(Severity.ERROR, Severity.WARNING);
        List<IssueList.Entry> shown = list.entries(noNotes, null);
        assertEquals(list.count(Severity.ERROR) + list.count(Severity.WARNING), shown.size());

        Map<String, Integer> byColumn = list.byColumn(noNotes);
        Map.Entry<String, Integer> most = byColumn.entrySet().iterator().next();
        List<IssueList.Entry> ofColumn = list.entries(noNotes, most.getKey());
        assertEquals(most.getValue().intValue(), ofColumn.size());
        assertTrue(ofColumn.stream().allMatch(entry -> most.getKey().equals(entry.issue().column())
                && entry.issue().severity() != Severity.INFO));
        assertTrue(byColumn.values().stream().allMatch(count -> count <= most.getValue()), "most first");
    }
}
