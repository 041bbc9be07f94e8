package com.cosellstudio.rules.pack;

import com.cosellstudio.rules.AllowedValue;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.PackText;
import com.cosellstudio.rules.ColumnGroup;
import com.cosellstudio.rules.ColumnRole;
import com.cosellstudio.rules.Requirement;
import com.cosellstudio.rules.Severity;
import com.cosellstudio.rules.ValueKind;
import java.util.List;
import java.util.Map;

/**
 * One template column of the pack.
 *
 * @param name              canonical header ("Customer Country"); for a group its prefix ("Solution")
 * @param group             the numbered group this entry stands for, or null
 * @param role              the part the column plays for the code around the rules, or null
 * @param replaces          the canonical header of the column this one took the place of in an
 *                          earlier template revision ("Declined/Lost reason"): a file of either
 *                          revision may carry either header, read as this column; or null
 * @param variants          other spellings of the header seen in the article and in real files
 * @param requirement       the article's "Is mandatory?"
 * @param kind              what the column holds, which decides its check
 * @param allowedValues     closed list with labels (choices, Yes/No, codes, sales stages)
 * @param allowedValuesWhen lists that replace {@code allowedValues} on the rows where their condition holds
 * @param aliases           common wrong spellings mapped to the value probably meant ("y" → "Yes"),
 *                          offered as a suggestion with the error
 * @param format            the expected form in words, for people (from the pack's bundle), or null
 * @param example           a valid value (from the pack's bundle), or null
 * @param invalidSeverity   severity of a value of the wrong form (default error; GUIDs only warn)
 * @param rejectedValues    allowed-looking values that are nevertheless refused (Consent = No)
 * @param readOnly          when Partner Center stops taking changes to the column, or null
 * @param tooMany           for a group: the code when a file has more of its columns than the limit
 */
public record ColumnRule(String name, ColumnGroup group, ColumnRole role, String replaces, List<String> variants,
                         Requirement requirement, ValueKind kind, List<AllowedValue> allowedValues,
                         List<ConditionalValues> allowedValuesWhen, Map<String, String> aliases,
                         PackText format, PackText example, Severity invalidSeverity,
                         List<RejectedValue> rejectedValues, ReadOnlyRule readOnly, Code tooMany) {
    public ColumnRule {
        variants = variants == null ? List.of() : List.copyOf(variants);
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        allowedValuesWhen = allowedValuesWhen == null ? List.of() : List.copyOf(allowedValuesWhen);
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        invalidSeverity = invalidSeverity == null ? Severity.ERROR : invalidSeverity;
        rejectedValues = rejectedValues == null ? List.of() : List.copyOf(rejectedValues);
    }
}
