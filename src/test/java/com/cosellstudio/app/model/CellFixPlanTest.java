package com.cosellstudio.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.Samples;
import com.cosellstudio.rules.FixKind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Fix" and "Fix All Like This" as the window offers them, without the window (issue 13). */
class CellFixPlanTest {
    @BeforeAll
    static void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private static int column(DocumentViewModel viewModel, String name) {
        return viewModel.document().layout().indexOf(name);
    }

    private static GridRow row(DocumentViewModel viewModel, int number) {
        return viewModel.document().rows().get(number - 1);
    }

    @Test
    void aCellWithAnIsoDateOffersItsFixAndFixSetsItAsOneUndoStep() {
        DocumentViewModel viewModel = Samples.open("deals-valid.csv");
        int close = column(viewModel, "Estimated Close Date");
        GridRow first = row(viewModel, 1);
        String original = first.get(close);
        viewModel.editCell(first, close, "2027-01-30");
        assertTrue(first.issuesAt(close).stream().anyMatch(issue -> issue.isError()));
        assertEquals("1/30/2027", viewModel.fixAt(first, close).value());
        assertEquals(FixKind.DATE_ISO, viewModel.fixAt(first, close).kind());

        assertTrue(viewModel.fixCell(first, close));
        assertEquals("1/30/2027", first.get(close));
        assertTrue(first.issuesAt(close).isEmpty(), "re-checked like any edit: " + first.issuesAt(close));
        assertNull(viewModel.fixAt(first, close), "a fixed cell offers nothing more");
        assertFalse(viewModel.fixCell(first, close));

        viewModel.undo();
        assertEquals("2027-01-30", first.get(close));
        viewModel.undo();
        assertEquals(original, first.get(close));
    }

    @Test
    void anAmbiguousDateAndAValidDateOfferNoFix() {
        DocumentViewModel viewModel = Samples.open("deals-valid.csv");
        int close = column(viewModel, "Estimated Close Date");
        GridRow first = row(viewModel, 1);
        viewModel.editCell(first, close, "03-04-2027");
        assertFalse(first.issuesAt(close).isEmpty(), "not a date Partner Center reads");
        assertNull(viewModel.fixAt(first, close), "day or month first cannot be known");
        assertNull(viewModel.planFixLike(first, close));
        viewModel.editCell(first, close, "03/04/2027");
        assertNull(viewModel.fixAt(first, close));
        assertFalse(viewModel.fixCell(first, close));
    }

    @Test
    void fixAllLikeThisListsEveryCellOfThatKindInTheColumnAndAppliesThemAsOneStep() {
        DocumentViewModel viewModel = Samples.open("deals-valid.csv");
        int close = column(viewModel, "Estimated Close Date");
        int rows = viewModel.document().rows().size();
        List<String> before = viewModel.document().rows().stream().map(row -> row.get(close)).toList();
        // Rows 1-5 ISO, row 6 dotted (another kind), row 7 ambiguous (no fix).
        for (int number = 1; number <= 5; number++) {
            viewModel.editCell(row(viewModel, number), close, "2027-0" + number + "-1" + number);
        }
        viewModel.editCell(row(viewModel, 6), close, "30.01.2027");
        viewModel.editCell(row(viewModel, 7), close, "03-04-2027");

        CellFixPlan plan = viewModel.planFixLike(row(viewModel, 3), close);
        assertNotNull(plan);
        assertEquals(FixKind.DATE_ISO, plan.kind());
        assertEquals("Estimated Close Date", plan.columnName());
        assertEquals(5, plan.changes().size());
        assertEquals(0, plan.skipped());
        for (int i = 0; i < 5; i++) {
            CellChange change = plan.changes().get(i);
            assertEquals(i + 1, change.row().number());
            assertEquals("2027-0" + (i + 1) + "-1" + (i + 1), change.before());
            assertEquals((i + 1) + "/1" + (i + 1) + "/2027", change.after());
        }
        assertEquals("2027-01-11", row(viewModel, 1).get(close), "a plan changes nothing by itself");

        int steps = viewModel.undoStack().undoDepth();
        DocumentViewModel.BulkResult result = viewModel.applyFixes(plan);
        assertEquals(5, result.changed());
        assertEquals(steps + 1, viewModel.undoStack().undoDepth(), "one undo step");
        assertEquals("3/13/2027", row(viewModel, 3).get(close));
        assertEquals("30.01.2027", row(viewModel, 6).get(close), "another kind of fix is not applied");
        assertEquals("03-04-2027", row(viewModel, 7).get(close));
        assertTrue(row(viewModel, 3).issuesAt(close).isEmpty());

        viewModel.undo();
        for (int number = 1; number <= 5; number++) {
            assertEquals("2027-0" + number + "-1" + number, row(viewModel, number).get(close), "one undo restores all");
        }
        for (int i = 0; i < 7; i++) {
            viewModel.undo();
        }
        assertEquals(before, viewModel.document().rows().stream().map(row -> row.get(close)).toList());
        assertEquals(rows, viewModel.document().rows().size());
    }

    @Test
    void rowsAddedAboveAreFollowedAndCellsChangedSincePlanningAreLeftAlone() {
        DocumentViewModel viewModel = Samples.open("deals-valid.csv");
        int close = column(viewModel, "Estimated Close Date");
        viewModel.editCell(row(viewModel, 2), close, "2027-01-30");
        viewModel.editCell(row(viewModel, 4), close, "2027-02-28");
        // A row inserted above moves both; their issues were found under the old numbers.
        viewModel.addRow(null);
        viewModel.duplicateRows(List.of(row(viewModel, 1)));
        CellFixPlan plan = viewModel.planFixLike(row(viewModel, 3), close);
        assertEquals(List.of(3, 5), plan.changes().stream().map(change -> change.row().number()).toList());

        viewModel.editCell(row(viewModel, 5), close, "2027-12-31");
        DocumentViewModel.BulkResult result = viewModel.applyFixes(plan);
        assertEquals(1, result.changed());
        assertEquals("1/30/2027", row(viewModel, 3).get(close));
        assertEquals("2027-12-31", row(viewModel, 5).get(close), "changed after the preview: not overwritten");
    }

    @Test
    void aCellPartnerCenterTakesOnlyWhenTheDealIsCreatedIsNotFixedOnAnUpdateRow() {
        DocumentViewModel viewModel = Samples.open("deals-valid.csv");
        int country = column(viewModel, "Customer Country");
        int referral = column(viewModel, "Referral ID");
        GridRow update = row(viewModel, 1);
        viewModel.editCell(update, referral, "b7b39b4b-5bb1-4d1b-a1b0-2c2d4d4e0f11");
        assertEquals(RowKind.UPDATE, update.kind());
        viewModel.editCell(update, country, "Germany");
        GridRow create = row(viewModel, 2);
        viewModel.editCell(create, country, "Germany");
        assertEquals(RowKind.CREATE, create.kind());
        assertTrue(update.issuesAt(country).stream().anyMatch(issue -> issue.fix() != null), update.issuesAt(country).toString());

        assertNull(viewModel.fixAt(update, country), "read-only on an update row");
        assertNull(viewModel.cellStatus(update, country).fix(), "the tooltip offers no fix either");
        assertEquals("DE", viewModel.cellStatus(create, country).fix().value());
        assertFalse(viewModel.fixCell(update, country));
        assertEquals("DE", viewModel.fixAt(create, country).value());
        CellFixPlan plan = viewModel.planFixLike(create, country);
        assertEquals(List.of(create), plan.changes().stream().map(CellChange::row).toList());
        assertEquals(1, plan.skipped());
        DocumentViewModel.BulkResult result = viewModel.applyFixes(plan);
        assertEquals(1, result.changed());
        assertEquals(1, result.skipped());
        assertEquals("DE", create.get(country));
        assertEquals("Germany", update.get(country));
    }
}
