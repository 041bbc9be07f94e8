package com.cosellstudio.domain;

/** The container a bulk file was read from. */
public enum SourceFormat {
    CSV, XLSX;

    /** Lower-case name as used in reports ("csv", "xlsx"). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
