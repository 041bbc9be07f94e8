package com.cosellstudio.rules.pack;

import java.util.List;

/**
 * When Partner Center stops taking changes to a column (template-2023.md section 3): an update row
 * whose value differs from the baseline export then gets a warning READ_ONLY_CHANGE, since Partner
 * Center keeps the old value.
 *
 * @param when   which of the article's lists the column is on
 * @param values for {@link When#ONCE_VALUE}: the baseline values (case ignored) that freeze it
 */
public record ReadOnlyRule(When when, List<String> values) {
    public ReadOnlyRule {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** The article's lists of read-only fields. */
    public enum When {
        /** Never taken from an upload. */
        ALWAYS,
        /** Taken when the deal is created, never after (every update row). */
        AFTER_CREATE,
        /** Frozen once shared: filled in the baseline. */
        ONCE_FILLED,
        /** Frozen once a number was entered: a whole number in the baseline. */
        ONCE_NUMBER,
        /** Frozen once it holds one of {@code values} in the baseline ("Yes"). */
        ONCE_VALUE
    }
}
