package com.cosellstudio.rules;

import java.util.List;

/**
 * The rule of one template column as the rule pack describes it. For the groups there is one spec
 * ({@code Solution}, {@code Team member}) shared by every numbered column.
 *
 * @param name          canonical header ("Customer Country"; "Solution" for the group)
 * @param requirement   Yes / No / Depends
 * @param kind          what the column holds
 * @param allowedValues closed list with labels (empty when open)
 * @param format        a short description of the expected form ("M/D/YYYY"), or null
 * @param example       an example of a valid value, or null
 * @param group         the numbered group this spec is for, or null
 */
public record ColumnSpec(String name, Requirement requirement, ValueKind kind,
                         List<AllowedValue> allowedValues, String format, String example,
                         ColumnGroup group) {
    public ColumnSpec {
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
    }
}
