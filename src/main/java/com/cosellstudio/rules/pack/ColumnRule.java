package com.cosellstudio.rules.pack;

import com.cosellstudio.rules.AllowedValue;
import com.cosellstudio.rules.ColumnGroup;
import com.cosellstudio.rules.Requirement;
import com.cosellstudio.rules.Severity;
import com.cosellstudio.rules.ValueKind;
import java.util.List;
import java.util.Map;

/**
 * One template column of the pack.
 *
 * @param name            canonical header ("Customer Country"); for a group its prefix ("Solution")
 * @param group           the numbered group this entry stands for, or null
 * @param variants        other spellings of the header seen in the article and in real files
 * @param requirement     the article's "Is mandatory?"
 * @param kind            what the column holds, which decides its check
 * @param allowedValues   closed list with labels (choices, Yes/No, codes, sales stages)
 * @param aliases         common wrong spellings mapped to the value probably meant ("y" → "Yes"),
 *                        offered as a suggestion with the error
 * @param format          the expected form in words, for people
 * @param example         a valid value
 * @param invalidSeverity severity of a value of the wrong form (default error; GUIDs only warn)
 * @param rejectedValues  allowed-looking values that are nevertheless refused (Consent = No)
 */
public record ColumnRule(String name, ColumnGroup group, List<String> variants, Requirement requirement,
                         ValueKind kind, List<AllowedValue> allowedValues, Map<String, String> aliases,
                         String format, String example, Severity invalidSeverity,
                         List<RejectedValue> rejectedValues) {
    public ColumnRule {
        variants = variants == null ? List.of() : List.copyOf(variants);
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        invalidSeverity = invalidSeverity == null ? Severity.ERROR : invalidSeverity;
        rejectedValues = rejectedValues == null ? List.of() : List.copyOf(rejectedValues);
    }
}
