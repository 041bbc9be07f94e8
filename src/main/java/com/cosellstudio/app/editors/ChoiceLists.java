package com.cosellstudio.app.editors;

import com.cosellstudio.rules.AllowedValue;
import com.cosellstudio.rules.ColumnSpec;
import com.cosellstudio.rules.ValueKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The values a choice editor offers for a column: the rule pack's closed list with its labels, or
 * for country and currency codes (open lists in the pack) the codes the JDK knows, labelled with
 * their names in the user's language.
 */
public final class ChoiceLists {
    private final Locale locale;
    private List<AllowedValue> countries;
    private List<AllowedValue> currencies;

    /** @param locale the language labels and country and currency names are shown in */
    public ChoiceLists(Locale locale) {
        this.locale = locale;
    }

    /** The values for {@code spec}, empty when the column has no list. */
    public List<AllowedValue> valuesOf(ColumnSpec spec) {
        if (spec == null) {
            return List.of();
        }
        if (!spec.allowedValues().isEmpty()) {
            return spec.allowedValues();
        }
        if (spec.kind() == ValueKind.COUNTRY) {
            return countries();
        }
        if (spec.kind() == ValueKind.CURRENCY) {
            return currencies();
        }
        return List.of();
    }

    private List<AllowedValue> countries() {
        if (countries == null) {
            List<AllowedValue> list = new ArrayList<>();
            for (String code : Locale.getISOCountries()) {
                list.add(new AllowedValue(code, new Locale("", code).getDisplayCountry(locale)));
            }
            countries = List.copyOf(list);
        }
        return countries;
    }

    private List<AllowedValue> currencies() {
        if (currencies == null) {
            List<AllowedValue> list = new ArrayList<>();
            for (Currency currency : Currency.getAvailableCurrencies()) {
                list.add(new AllowedValue(currency.getCurrencyCode(), currency.getDisplayName(locale)));
            }
            list.sort(Comparator.comparing(AllowedValue::value));
            currencies = List.copyOf(list);
        }
        return currencies;
    }

    /** "6 — Proposed time line was too short" in this list's language, or the bare value when it has no label. */
    public String display(AllowedValue value) {
        if (value == null) {
            return "";
        }
        String label = value.label(locale);
        return label == null || label.isBlank() || label.equalsIgnoreCase(value.value())
                ? value.value() : value.value() + " — " + label;
    }

    /** The entry whose value matches the cell (ignoring case and surrounding space), or null. */
    public static AllowedValue find(List<AllowedValue> values, String cell) {
        String wanted = cell == null ? "" : cell.trim();
        for (AllowedValue value : values) {
            if (value.value().equalsIgnoreCase(wanted)) {
                return value;
            }
        }
        return null;
    }
}
