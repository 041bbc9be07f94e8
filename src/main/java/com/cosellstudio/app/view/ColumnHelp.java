package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.editors.ChoiceLists;
import com.cosellstudio.rules.AllowedValue;
import com.cosellstudio.rules.ColumnSpec;
import com.cosellstudio.rules.PackText;
import com.cosellstudio.rules.pack.ConditionalValues;
import java.util.List;
import java.util.Locale;

/**
 * The header tooltip of a column: its rule from the rule pack — required or not, the expected
 * form, the allowed values with their labels, an example.
 */
final class ColumnHelp {
    /** Longer lists (countries) are cut here; the drop-down editor shows them all. */
    private static final int MAX_VALUES = 12;

    private final UiText text;
    private final ChoiceLists lists;

    ColumnHelp(UiText text, ChoiceLists lists) {
        this.text = text;
        this.lists = lists;
    }

    /**
     * @param revision the template revision the document is checked as ("2023")
     */
    String describe(String canonicalName, ColumnSpec spec, String revision) {
        StringBuilder help = new StringBuilder(canonicalName);
        if (spec == null) {
            return help.append('\n').append(text.format("column.unknown", revision)).toString();
        }
        help.append('\n').append(text.get("column.required." + spec.requirement().name().toLowerCase(Locale.ROOT)));
        if (spec.readOnly() != null) {
            help.append('\n').append(text.format("column.readOnly." + spec.readOnly().when().name(),
                    String.join(" / ", spec.readOnly().values())));
        }
        String format = PackText.in(spec.format(), text.locale());
        if (format != null && !format.isBlank()) {
            help.append('\n').append(text.format("column.format", format));
        }
        List<AllowedValue> values = spec.allowedValues().isEmpty() ? List.of() : lists.valuesOf(spec);
        if (!values.isEmpty()) {
            help.append('\n').append(text.get("column.allowed"));
            appendValues(help, values);
        }
        for (ConditionalValues list : spec.allowedValuesWhen()) {
            help.append('\n').append(text.format("column.allowedWhen", list.when().column(),
                    String.join(" / ", list.when().values())));
            appendValues(help, list.allowedValues());
        }
        String example = PackText.in(spec.example(), text.locale());
        if (example != null && !example.isBlank()) {
            help.append('\n').append(text.format("column.example", example));
        }
        return help.toString();
    }

    private void appendValues(StringBuilder help, List<AllowedValue> values) {
        int shown = Math.min(values.size(), MAX_VALUES);
        for (int i = 0; i < shown; i++) {
            help.append("\n  ").append(lists.display(values.get(i)));
        }
        if (values.size() > shown) {
            help.append("\n  ").append(text.format("column.more", values.size() - shown));
        }
    }
}
