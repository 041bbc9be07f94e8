package com.cosellstudio.roundtrip;

import java.util.Map;

/**
 * One deal of a baseline export: its values by column, as they stood when the export was made.
 */
public final class BaselineRow {
    private final String referralId;
    private final int rowNumber;
    private final Map<String, String> valuesByColumnKey;

    BaselineRow(String referralId, int rowNumber, Map<String, String> valuesByColumnKey) {
        this.referralId = referralId;
        this.rowNumber = rowNumber;
        this.valuesByColumnKey = Map.copyOf(valuesByColumnKey);
    }

    /** The Referral ID as it stands in the export. */
    public String referralId() {
        return referralId;
    }

    /** 1-based row number of this deal in the export. */
    public int rowNumber() {
        return rowNumber;
    }

    /** The value of the column with this canonical name ("Deal Name", "Solution 3"); "" when the export lacks it. */
    public String value(String canonicalColumn) {
        return valueByKey(Columns.key(canonicalColumn));
    }

    String valueByKey(String columnKey) {
        return valuesByColumnKey.getOrDefault(columnKey, "");
    }
}
