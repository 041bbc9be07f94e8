package com.cosellstudio.roundtrip;

import java.util.Locale;

/**
 * How two Referral ID cells are judged to name the same deal: GUIDs compared case-insensitively,
 * white space around them ignored, and optional braces ({@code {…}}, as some tools write GUIDs)
 * ignored.
 */
final class ReferralIds {
    private ReferralIds() {
    }

    /** The matching key of a Referral ID cell, or null when the cell is blank (a row that creates a deal). */
    static String key(String cell) {
        if (cell == null) {
            return null;
        }
        String id = cell.strip();
        if (id.length() >= 2 && id.charAt(0) == '{' && id.charAt(id.length() - 1) == '}') {
            id = id.substring(1, id.length() - 1).strip();
        }
        return id.isEmpty() ? null : id.toLowerCase(Locale.ROOT);
    }
}
