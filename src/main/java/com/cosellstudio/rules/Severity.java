package com.cosellstudio.rules;

import java.util.Locale;

/** How bad an issue is (spec: error = Partner Center rejects; warning = probably a mistake; info). */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Lower-case name as used in reports ("error"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
