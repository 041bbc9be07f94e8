package com.cosellstudio.roundtrip;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One deal of a baseline export: its values by column, as they stood when the export was made.
 */
public final class BaselineRow {
    private static final Set<String> TERMINAL_SUBSTATUSES = Set.of("won", "lost", "declined", "expired");

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

    boolean hasColumnKey(String columnKey) {
        return valuesByColumnKey.containsKey(columnKey);
    }

    /**
     * Whether the deal had reached a terminal state in the export (Closed with Won, Lost, Declined or
     * Expired): Partner Center permits no further action on it.
     */
    public boolean wasTerminal() {
        return "closed".equals(lower(value(Columns.STATUS)))
                && TERMINAL_SUBSTATUSES.contains(lower(value(Columns.SUBSTATUS)));
    }

    private static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
