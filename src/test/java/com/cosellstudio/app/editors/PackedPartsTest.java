package com.cosellstudio.app.editors;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.cosellstudio.app.Samples;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.ColumnSpec;
import com.cosellstudio.rules.ValueKind;
import org.junit.jupiter.api.Test;

/** How the Solution form reads a packed cell into its fields, and what it says of a comma in one. */
class PackedPartsTest {
    private final PackedParts solution = PackedParts.of(spec(ValueKind.SOLUTION));
    private final PackedParts teamMember = PackedParts.of(spec(ValueKind.TEAM_MEMBER));

    private static ColumnSpec spec(ValueKind kind) {
        try {
            ColumnLayout layout = Samples.ENGINE.layout(ShippedReader.reader().read(Samples.path("template-2023.csv")).header());
            for (int i = 0; i < layout.size(); i++) {
                if (layout.spec(i) != null && layout.spec(i).kind() == kind) {
                    return layout.spec(i);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no column of kind " + kind);
    }

    @Test
    void aDecimalCommaStaysInThePriceInsteadOfBecomingACurrency() {
        assertArrayEquals(new String[] {"SOL-1-A", "", "12,5", ""}, solution.split("SOL-1-A, 12,5"));
        assertArrayEquals(new String[] {"SOL-1-A", "", "12,5", ""}, solution.split("SOL-1-A,12,5"),
                "a number is never a currency, even without spaces");
        assertArrayEquals(new String[] {"SOL-1-A", "EUR", "12,5", "3"}, solution.split("SOL-1-A, EUR, 12,5, 3"));
        assertArrayEquals(new String[] {"SOL-1-A", "", "12,5", "3"}, solution.split("SOL-1-A, 12,5, 3"));
    }

    @Test
    void separatorsAreStillSeparatorsWhereTheCellReadsStrictly() {
        assertArrayEquals(new String[] {"SOL-1-A", "EUR", "12", "5"}, solution.split("SOL-1-A,EUR,12,5"));
        assertArrayEquals(new String[] {"SOL-1-A", "EUR", "12", "5"}, solution.split("SOL-1-A, EUR, 12, 5"));
        assertArrayEquals(new String[] {"SOL-1-A", "", "", ""}, solution.split("SOL-1-A"));
        assertArrayEquals(new String[] {"SOL-1-A", "EUR", "12", "5, 6"}, solution.split("SOL-1-A, EUR, 12, 5, 6"),
                "extra parts stay in the last field");
        assertArrayEquals(new String[] {"Ana", "Lima", "555", "0100, ana@example.com"},
                teamMember.split("Ana, Lima, 555,0100, ana@example.com"), "no number part: no decimal comma");
    }

    @Test
    void aCommaInAFieldIsNamedWithTheDecimalPointFormForAPrice() {
        int price = solution.names().indexOf("price");
        int quantity = solution.names().indexOf("quantity");
        PackedParts.FieldProblem decimal = solution.problemOf(price, " 12,5 ");
        assertEquals(PackedParts.FieldProblem.Kind.DECIMAL_COMMA, decimal.kind());
        assertEquals("12,5", decimal.text());
        assertEquals("12.5", decimal.suggestion());
        assertEquals(PackedParts.FieldProblem.Kind.COMMA, solution.problemOf(quantity, "1,5").kind());
        assertEquals(PackedParts.FieldProblem.Kind.COMMA, teamMember.problemOf(1, "Lima, Jr.").kind());
        assertNull(solution.problemOf(price, "12.5"));
        assertNull(solution.problemOf(price, ""));
    }
}
