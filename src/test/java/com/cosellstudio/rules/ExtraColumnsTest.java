package com.cosellstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.ReadFault;
import com.cosellstudio.domain.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The columns added after the header for cells past it ("Extra 1" ..., named by the pack) are known
 * trailing columns: no UNKNOWN_COLUMN for each, while a row with a value under one is still
 * RAGGED_ROW, counted against the header the file had.
 */
class ExtraColumnsTest {
    private static final RuleEngine ENGINE = RuleEngine.shipped();
    private static final List<String> HEADER = List.of("Deal Name", "Customer Name", "Extra 1", "Extra 2");

    private static List<Code> codes(List<Issue> issues) {
        return issues.stream().map(Issue::code).toList();
    }

    @Test
    void addedColumnsAtTheEndAreNotUnknown() {
        ColumnLayout layout = ENGINE.layout(HEADER);

        assertEquals(2, layout.extraColumnsFrom());
        assertTrue(layout.headerIssues().stream().noneMatch(issue -> issue.code() == Code.UNKNOWN_COLUMN),
                layout.headerIssues().toString());
    }

    @Test
    void aColumnSoNamedBeforeAnotherUnknownOneIsUnknownToo() {
        ColumnLayout layout = ENGINE.layout(List.of("Deal Name", "Extra 1", "Remarks"));

        assertEquals(3, layout.extraColumnsFrom());
        assertEquals(2, layout.headerIssues().stream().filter(issue -> issue.code() == Code.UNKNOWN_COLUMN).count());
    }

    @Test
    void aValueUnderAnAddedColumnIsARaggedRowCountedAgainstTheHeaderAsRead() {
        ColumnLayout layout = ENGINE.layout(HEADER);

        List<Issue> issues = ENGINE.checkRow(layout, new Row(new String[] {"Deal", "Contoso", "", "spill"}, 2), 1);

        Issue ragged = issues.stream().filter(issue -> issue.code() == Code.RAGGED_ROW).findFirst().orElseThrow();
        assertEquals(List.of(4, 2), ragged.args());
    }

    @Test
    void aRowWithNothingUnderTheAddedColumnsIsNotRagged() {
        ColumnLayout layout = ENGINE.layout(HEADER);

        List<Issue> shortRow = ENGINE.checkRow(layout, new Row(new String[] {"Deal", "Contoso"}, 3), 2);
        Row newRow = Row.empty(HEADER.size()); // as the window adds one: as wide as the header
        newRow.set(0, "New deal");
        List<Issue> added = ENGINE.checkRow(layout, newRow, 3);

        assertTrue(!codes(shortRow).contains(Code.RAGGED_ROW), shortRow.toString());
        assertTrue(!codes(added).contains(Code.RAGGED_ROW), added.toString());
    }

    @Test
    void withoutAddedColumnsALongerRowIsRaggedAsBefore() {
        ColumnLayout layout = ENGINE.layout(List.of("Deal Name", "Customer Name"));

        List<Issue> issues = ENGINE.checkRow(layout, new Row(new String[] {"Deal", "Contoso", ""}, 2), 1);

        Issue ragged = issues.stream().filter(issue -> issue.code() == Code.RAGGED_ROW).findFirst().orElseThrow();
        assertEquals(List.of(3, 2), ragged.args());
    }

    /**
     * The same row checked as {@code check} streams it (against the header the file has) and as the
     * window holds it (under the added Extra columns) gives the same issues: a byte that is not
     * UTF-8 and a formula-like value past the header are reported on their cells, under the name
     * the added column has. Before, the streamed check failed on the fault and missed the formula.
     */
    @Test
    void cellsPastTheHeaderAreCheckedAlikeWithAndWithoutTheAddedColumns() {
        List<String> asRead = List.of("Deal Name", "Customer Name", "Customer City");
        List<String> extended = List.of("Deal Name", "Customer Name", "Customer City", "Extra 1", "Extra 2", "Extra 3");

        List<Issue> streamed = ENGINE.checkRow(ENGINE.layout(asRead), pastTheHeader(), 1);
        List<Issue> window = ENGINE.checkRow(ENGINE.layout(extended), pastTheHeader(), 1);

        assertEquals(describe(window), describe(streamed));
        assertTrue(describe(streamed).toString().contains("ENCODING Extra 2 4"), describe(streamed).toString());
        assertTrue(describe(streamed).toString().contains("FORMULA_LIKE Extra 3 5"), describe(streamed).toString());
        assertTrue(codes(streamed).contains(Code.RAGGED_ROW), streamed.toString());
    }

    private static Row pastTheHeader() {
        Row row = new Row(new String[] {"Deal", "Contoso", "Paris", "", "caf\u00e9", "=cmd|' /C calc'!A0"}, 2);
        row.addFault(new ReadFault(4, ReadFault.Kind.ENCODING, "0xE9"));
        return row;
    }

    private static List<String> describe(List<Issue> issues) {
        return issues.stream().map(issue -> issue.code() + " " + issue.column() + " " + issue.columnIndex() + " " + issue.args()).toList();
    }
}
