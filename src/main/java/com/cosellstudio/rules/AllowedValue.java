package com.cosellstudio.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * One value of a closed list and its human label ("6", "Proposed time line was too short").
 * The label may be null where the value speaks for itself ("Yes").
 *
 * @param label     the label in English, which the checks use (a typed label is read as its value)
 * @param labelText where the label's translations live, or null (a list the JDK names: countries,
 *                  currencies)
 */
public record AllowedValue(String value, String label, PackText labelText) {

    public AllowedValue(String value, String label) {
        this(value, label, null);
    }

    /** The label in {@code locale}, English where that language has none; null when the value has no label. */
    public String label(Locale locale) {
        String translated = PackText.in(labelText, locale);
        return translated == null ? label : translated;
    }

    /** Equal by value and label: where the label's translations live is not part of what the value is. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AllowedValue that && Objects.equals(value, that.value) && Objects.equals(label, that.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, label);
    }
}
