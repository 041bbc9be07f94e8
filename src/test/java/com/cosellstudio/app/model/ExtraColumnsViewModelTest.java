package com.cosellstudio.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.Samples;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.Issue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The window on a file with rows longer than its header (spec section 5): the cells past the header
 * are shown under added Extra columns, the long row is RAGGED_ROW, and a row the user adds is not.
 */
class ExtraColumnsViewModelTest {
    private static final Path FILE = Path.of("src/test/resources/hostile/extra-cells.csv");

    private static boolean ragged(GridRow row) {
        return row.issues().stream().map(Issue::code).anyMatch(code -> code == Code.RAGGED_ROW);
    }

    @Test
    void theCellsPastTheHeaderAreShownUnderAddedColumns() {
        DocumentViewModel viewModel = Samples.open(FILE);
        GridDocument document = viewModel.document();

        assertEquals(5, document.columnCount());
        assertEquals(List.of("Extra 1", "Extra 2"), List.of(document.header(3), document.header(4)));
        GridRow first = document.rows().get(0);
        assertEquals("spill 1", first.get(3));
        assertEquals("spill 2", first.get(4));
        assertTrue(ragged(first));
        assertFalse(ragged(document.rows().get(1)));
        assertTrue(document.documentIssues().stream().noneMatch(issue -> issue.code() == Code.UNKNOWN_COLUMN),
                document.documentIssues().toString());
    }

    @Test
    void aRowTheUserAddsIsNotRaggedUntilItHoldsAValueUnderAnAddedColumn() {
        DocumentViewModel viewModel = Samples.open(FILE);
        GridRow added = viewModel.addRow(viewModel.document().rows().get(2));

        viewModel.editCell(added, 0, "New deal");
        assertFalse(ragged(added), added.issues().toString());

        viewModel.editCell(added, 4, "more");
        assertTrue(ragged(added), added.issues().toString());
    }
}
