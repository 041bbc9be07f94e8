package com.cosellstudio.rules;

/**
 * What an issue's cell should probably hold instead: the whole new cell value and the sort of
 * repair it is, so that the same sort of repair can be offered for every cell of a column at once.
 *
 * @param value the new cell value, as it would be written
 * @param kind  the sort of repair ("an ISO date written as M/D/YYYY")
 */
public record Fix(String value, FixKind kind) {

    public Fix {
        if (value == null || kind == null) {
            throw new IllegalArgumentException("a fix needs a value and a kind");
        }
    }

    /** A fix of {@code kind} to {@code value}, or null when there is no value to fix to. */
    static Fix of(String value, FixKind kind) {
        return value == null ? null : new Fix(value, kind);
    }

    /** Whether the fix may be applied without a person looking at it (the {@code fix} command applies only these). */
    public boolean isSafe() {
        return kind.isSafe();
    }
}
