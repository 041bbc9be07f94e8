package com.cosellstudio.rules;

/**
 * One value of a closed list and its human label ("6", "Proposed time line was too short").
 * The label may be null where the value speaks for itself ("Yes").
 */
public record AllowedValue(String value, String label) {
}
