package com.cosellstudio.app.editors;

import com.cosellstudio.rules.AllowedValue;
import com.cosellstudio.rules.ColumnSpec;
import com.cosellstudio.rules.ValueKind;
import java.util.List;

/**
 * Picks the editor for a cell by its column: a list where the rule pack closes the column's values
 * (statuses, Yes/No, codes, sales stages), a searchable list for countries and currencies, a date
 * picker for dates, plain text otherwise.
 * Typing into a cell always gets plain text with what was typed, whatever the kind.
 */
public final class CellEditors {
    private final ChoiceLists lists;

    public CellEditors(ChoiceLists lists) {
        this.lists = lists;
    }

    /** Packed cells (Solution, Team member) are edited in a form dialog unless the user just types. */
    public static boolean usesForm(ColumnSpec spec) {
        return spec != null && (spec.kind() == ValueKind.SOLUTION || spec.kind() == ValueKind.TEAM_MEMBER);
    }

    /**
     * @param rowValues the column's closed list as it applies on the cell's row (see
     *                  {@code ColumnLayout.allowedValues(column, row)}), empty for an open list
     * @param typedText the text typed to start editing, or null when started with F2 or a click
     */
    public CellEditor create(ColumnSpec spec, List<AllowedValue> rowValues, String value, String typedText,
                             EditorHost host) {
        if (typedText == null && spec != null) {
            if (spec.kind() == ValueKind.DATE) {
                return new DateCellEditor(value, host);
            }
            // Whatever its kind, a column the pack gives a closed list (Sales Stage too) offers it.
            List<AllowedValue> values = rowValues.isEmpty() ? lists.valuesOf(spec) : rowValues;
            if (!values.isEmpty()) {
                boolean searchable = spec.kind() == ValueKind.COUNTRY || spec.kind() == ValueKind.CURRENCY;
                return new ChoiceCellEditor(values, lists, value, searchable, host);
            }
        }
        if (spec != null && spec.kind() == ValueKind.DATE) {
            return new TextCellEditor(value, typedText, DateCellEditor::normalise, host);
        }
        return new TextCellEditor(value, typedText, host);
    }
}
