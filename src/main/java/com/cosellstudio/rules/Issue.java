package com.cosellstudio.rules;

import java.util.List;

/**
 * One finding of a check. Issues are data: the grid, the issues panel, the reports and the command
 * line all render the same list. The text is not stored here but rendered at the edge from
 * {@code messageKey} and {@code args} through {@link IssueMessages}, so every language uses the same checks.
 *
 * @param severity    error, warning or info
 * @param code        the spec section 8 code
 * @param row         1-based record number under the header (blank records counted); null for file level
 * @param column      canonical column name ("Solution 3"); null for file- and row-level issues
 * @param columnIndex 0-based index of that column in the document; null when {@code column} is null
 * @param value       the offending cell value as read (null for file-level issues)
 * @param messageKey  resource-bundle key of the message, e.g. "INVALID_FORMAT.date"
 * @param args        message arguments (strings and numbers only)
 * @param fix         the likely correct cell value (e.g. "1/30/2027", "US") and the sort of repair, or null
 */
public record Issue(Severity severity, Code code, Integer row, String column, Integer columnIndex,
                    String value, String messageKey, List<Object> args, Fix fix) {

    public Issue {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** The likely correct cell value, or null: the value of {@link #fix}. */
    public String suggestion() {
        return fix == null ? null : fix.value();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
