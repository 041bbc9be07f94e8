package com.cosellstudio.rules.pack;

import com.cosellstudio.rules.Severity;
import java.util.List;

/**
 * A cross-field rule of spec section 4 as data: when the condition column holds one of the values
 * (or, with {@code negate}, none of them), each target column is required or its value ignored.
 * The rule runs only when the condition cell is filled and valid, so a bad value never cascades.
 *
 * @param when     the condition
 * @param effect   REQUIRED (target must be filled) or IGNORED (a filled target will be ignored)
 * @param targets  canonical headers of the columns reported on
 * @param severity how the finding is reported
 * @param message  message key
 */
public record ConditionalRule(Condition when, Effect effect, List<String> targets, Severity severity,
                              String message) {
    public ConditionalRule {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /**
     * The column read and the values (case-insensitive; numbers compared as numbers in a code
     * column) that make the rule apply, and optionally a second condition that must hold as well.
     * The message of a rule names the innermost condition: the most specific reason it applies.
     */
    public record Condition(String column, List<String> values, boolean negate, Condition and) {
        public Condition {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    /** What a matching condition means for the targets. */
    public enum Effect {
        /** An empty target is a REQUIRED_IF finding. */
        REQUIRED,
        /** A filled, valid target is an IGNORED finding. */
        IGNORED
    }
}
