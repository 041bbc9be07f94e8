package com.cosellstudio.rules;

import java.util.Locale;

/** How bad an issue is (spec: error = Partner Center rejects; warning = probably a mistake; info). */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Reports ask for it once per issue: made once, not per call. */
    private final String id = name().toLowerCase(Locale.ROOT);

    /** Lower-case name as used in reports ("error"). */
    public String id() {
        return id;
    }
}
