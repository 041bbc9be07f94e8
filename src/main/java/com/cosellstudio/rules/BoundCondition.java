package com.cosellstudio.rules;

import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.pack.ConditionalRule;

/**
 * A condition of the pack ({@code when}) bound to the columns of one layout. It can be told only
 * from cells that are filled and valid: otherwise the answer is "unknown", and the rule reading it
 * says nothing, so that one bad cell never cascades into findings on others.
 */
final class BoundCondition {
    /** The answers of {@link #test}. */
    static final int HOLDS = 1;
    static final int FAILS = 0;
    static final int UNKNOWN = -1;

    private final int column;
    private final String name;
    private final String[] values;
    /** In a code column "06" is 6: values are compared as numbers. */
    private final int[] numbers;
    private final boolean negate;
    private final BoundCondition and;

    BoundCondition(ConditionalRule.Condition condition, CompiledLayout layout) {
        column = layout.indexOf(condition.column());
        name = condition.column();
        values = condition.values().toArray(new String[0]);
        CompiledPack.ColumnTemplate template = column < 0 ? null : layout.templateOf(column);
        if (template != null && template.rule().kind() == ValueKind.CODE) {
            numbers = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                numbers[i] = Integer.parseInt(values[i].strip());
            }
        } else {
            numbers = null;
        }
        negate = condition.negate();
        and = condition.and() == null ? null : new BoundCondition(condition.and(), layout);
    }

    /** {@link #HOLDS}, {@link #FAILS}, or {@link #UNKNOWN} when a cell it reads is empty, invalid or missing. */
    int test(Row row, CellReporter out) {
        if (!CrossRule.usable(row, column, out)) {
            return UNKNOWN;
        }
        if (matches(row) == negate) {
            return FAILS;
        }
        return and == null ? HOLDS : and.test(row, out);
    }

    /**
     * Whether the condition holds on the row's cells as they stand, valid or not (the window asks
     * which list to offer for a cell being edited; no finding comes of it).
     */
    boolean holdsOn(Row row) {
        return column >= 0 && !CrossRule.isBlank(row, column) && matches(row) != negate
                && (and == null || and.holdsOn(row));
    }

    private boolean matches(Row row) {
        if (numbers == null) {
            return CrossRule.cellIn(row, column, values);
        }
        int value = CrossRule.wholeNumber(row, column);
        for (int number : numbers) {
            if (number == value) {
                return true;
            }
        }
        return false;
    }

    /** The condition a finding names: the innermost, the most specific reason a rule applies. */
    BoundCondition named() {
        return and == null ? this : and.named();
    }

    /** Canonical name of the column read. */
    String columnName() {
        return name;
    }

    /** The column read, or -1 when the header lacks it. */
    int column() {
        return column;
    }

    /** The values that make it hold, as the pack lists them ("Declined or Lost" in a message). */
    String[] values() {
        return values;
    }
}
