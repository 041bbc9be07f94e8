package com.cosellstudio.rules.pack;

import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.Severity;

/**
 * A value of the column's list that Partner Center refuses anyway (Consent "No": the deal is
 * neither created nor updated). Compared case-insensitively.
 */
public record RejectedValue(String value, Code code, Severity severity, String message) {
}
