package com.cosellstudio.rules;

import java.util.Locale;

/**
 * How headers are compared: case ignored, surrounding white space ignored, inner runs of white
 * space taken as one space, and no space before {@code ?} ("Microsoft help required ?").
 */
final class HeaderNames {

    private HeaderNames() {
    }

    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(header.length());
        boolean pendingSpace = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\uFEFF') {
                continue; // a BOM left on the first header cell
            }
            if (Syntax.isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace && c != '?') {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The number N of a normalized header {@code "<prefix> N"} (space optional), or -1.
     *
     * @param normalized a header passed through {@link #normalize}
     * @param prefix     a normalized group prefix ("solution", "team member")
     */
    static int groupNumber(String normalized, String prefix) {
        if (!normalized.startsWith(prefix)) {
            return -1;
        }
        int i = prefix.length();
        if (i < normalized.length() && normalized.charAt(i) == ' ') {
            i++;
        }
        int digits = normalized.length() - i;
        if (digits < 1 || digits > 6) {
            return -1;
        }
        return Syntax.parseWholeNumber(normalized, i, normalized.length());
    }
}
