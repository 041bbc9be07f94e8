package com.cosellstudio.rules;

import com.cosellstudio.rules.pack.ConditionalValues;
import com.cosellstudio.rules.pack.PartRule;
import com.cosellstudio.rules.pack.ReadOnlyRule;
import java.util.List;

/**
 * The rule of one template column as the rule pack describes it. For the groups there is one spec
 * ({@code Solution}, {@code Team member}) shared by every numbered column.
 *
 * @param name              canonical header ("Customer Country"; "Solution" for the group)
 * @param requirement       Yes / No / Depends / on create
 * @param kind              what the column holds
 * @param allowedValues     closed list with labels (empty when open)
 * @param allowedValuesWhen lists that take the place of {@code allowedValues} on rows where their
 *                          condition holds (the 2023 Error reasons)
 * @param format            a short description of the expected form ("M/D/YYYY") in each language, or null
 * @param example           an example of a valid value in each language, or null
 * @param group             the numbered group this spec is for, or null
 * @param parts             the parts of a packed cell in order (empty for other kinds)
 * @param readOnly          when Partner Center stops taking changes to the column, or null
 */
public record ColumnSpec(String name, Requirement requirement, ValueKind kind,
                         List<AllowedValue> allowedValues, List<ConditionalValues> allowedValuesWhen,
                         PackText format, PackText example, ColumnGroup group, List<PartRule> parts,
                         ReadOnlyRule readOnly) {
    public ColumnSpec {
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        allowedValuesWhen = allowedValuesWhen == null ? List.of() : List.copyOf(allowedValuesWhen);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }
}
