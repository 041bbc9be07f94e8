package com.cosellstudio.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Find and Replace's matching and planning, without the grid. */
class FindReplaceTest {

    private static GridRow row(int number, String... cells) {
        return new GridRow(new Row(cells, number), number);
    }

    private static final List<GridRow> ROWS = List.of(
            row(1, "Acme Corp", "acme", "1/30/2028"),
            row(2, "ACME corp", "Contoso", "2028-01-30"),
            row(3, "Fabrikam", "acme inc", "2027-12-01"));

    private static SearchArea all() {
        return new SearchArea(ROWS, new int[] {0, 1, 2});
    }

    @Test
    void plainTextIgnoresCaseUnlessAskedAndCountsCellsNotMatches() {
        FindReplace any = FindReplace.of(new FindQuery("acme", false, false, false));
        assertEquals(4, any.count(all(), EditableCells.all()).matched());
        FindReplace exact = FindReplace.of(new FindQuery("acme", false, true, false));
        assertEquals(2, exact.count(all(), EditableCells.all()).matched());
        // Regular-expression characters in plain text are plain.
        assertEquals(0, FindReplace.of(new FindQuery("a.me", false, false, false)).count(all(), EditableCells.all()).matched());
    }

    @Test
    void wholeCellMatchesOnlyTheWholeValue() {
        FindReplace whole = FindReplace.of(new FindQuery("acme", false, false, true));
        FindReplace.Plan plan = whole.plan(all(), EditableCells.all(), "Acme");
        assertEquals(1, plan.matched());
        assertEquals(1, plan.changes().size());
        assertEquals("Acme", plan.changes().get(0).after());
        assertEquals(1, plan.changes().get(0).column());
    }

    @Test
    void regularExpressionReplacesWithGroups() {
        FindReplace iso = FindReplace.of(new FindQuery("(\\d{4})-(\\d{2})-(\\d{2})", true, false, false));
        FindReplace.Plan plan = iso.plan(all(), EditableCells.all(), "$2/$3/$1");
        assertNull(plan.error());
        assertEquals(List.of("01/30/2028", "12/01/2027"), plan.changes().stream().map(CellChange::after).toList());
        assertEquals("2028-01-30", plan.changes().get(0).before());
    }

    @Test
    void plainReplacementKeepsDollarSignsAsTyped() {
        FindReplace find = FindReplace.of(new FindQuery("Contoso", false, true, false));
        FindReplace.Plan plan = find.plan(all(), EditableCells.all(), "$1 \\ Ltd");
        assertEquals("$1 \\ Ltd", plan.changes().get(0).after());
    }

    @Test
    void badExpressionOrReplacementIsAMessageNotAnException() {
        FindReplace bad = FindReplace.of(new FindQuery("(unclosed", true, false, false));
        assertNotNull(bad.error());
        assertEquals("bulk.find.badRegex", bad.error().key());
        assertEquals(0, bad.plan(all(), EditableCells.all(), "x").changes().size());
        assertFalse(bad.matches("(unclosed"));
        FindReplace.Plan noGroup = FindReplace.of(new FindQuery("acme", true, false, false))
                .plan(all(), EditableCells.all(), "$3");
        assertEquals("bulk.replace.badReplacement", noGroup.error().key());
        assertTrue(noGroup.changes().isEmpty());
        assertEquals("bulk.find.empty", FindReplace.of(new FindQuery("", false, false, false)).error().key());
    }

    @Test
    void readOnlyCellsAreCountedAndSkipped() {
        FindReplace find = FindReplace.of(new FindQuery("acme", false, false, false));
        FindReplace.Plan plan = find.plan(all(), (row, column) -> column != 1, "X");
        assertEquals(4, plan.matched());
        assertEquals(2, plan.skipped());
        assertEquals(2, plan.changes().size());
        assertTrue(plan.changes().stream().allMatch(change -> change.column() == 0));
    }

    @Test
    void findNextWalksRowByRowAndWraps() {
        FindReplace find = FindReplace.of(new FindQuery("acme", false, false, false));
        int[] columns = {0, 1, 2};
        DocumentViewModel.ViewCell first = find.next(ROWS, columns, -1, 0, true);
        assertEquals(new DocumentViewModel.ViewCell(0, 0), first);
        assertEquals(new DocumentViewModel.ViewCell(0, 1), find.next(ROWS, columns, 0, 0, true));
        assertEquals(new DocumentViewModel.ViewCell(1, 0), find.next(ROWS, columns, 0, 1, true));
        assertEquals(new DocumentViewModel.ViewCell(2, 1), find.next(ROWS, columns, 1, 0, true));
        assertEquals(new DocumentViewModel.ViewCell(0, 0), find.next(ROWS, columns, 2, 1, true), "wraps to the top");
        assertEquals(new DocumentViewModel.ViewCell(2, 1), find.next(ROWS, columns, 0, 0, false), "backwards wraps");
        // Only the columns in scope.
        assertEquals(new DocumentViewModel.ViewCell(2, 1), find.next(ROWS, new int[] {1}, 0, 1, true));
        assertNull(FindReplace.of(new FindQuery("nowhere", false, false, false)).next(ROWS, columns, 0, 0, true));
    }
}
