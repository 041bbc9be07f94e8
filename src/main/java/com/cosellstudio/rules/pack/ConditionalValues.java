package com.cosellstudio.rules.pack;

import com.cosellstudio.rules.AllowedValue;
import java.util.List;

/**
 * A closed list that replaces the column's own list on the rows where a condition holds: the 2023
 * reason column takes the nine Error reasons when the substatus is Error, the eight Declined/Lost
 * reasons otherwise.
 *
 * @param when          the condition (read only when its cell is filled and valid)
 * @param allowedValues the list that applies then
 */
public record ConditionalValues(ConditionalRule.Condition when, List<AllowedValue> allowedValues) {
    public ConditionalValues {
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
    }
}
