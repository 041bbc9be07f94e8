package com.cosellstudio.rules;

/**
 * Hand-written scans of cell text, on a range {@code [from, to)} of the string so that neither a
 * trimmed copy nor a split part is ever allocated. These run on every cell of every row, so they
 * must stay allocation-free; anything that builds text (suggestions) lives elsewhere and runs only
 * for cells that are already wrong.
 */
final class Syntax {

    /** Returned by {@link #parseUsDate} for text that is not shaped like M/D/YYYY. */
    static final int NOT_A_DATE = -1;
    /** Returned by {@link #parseUsDate} for M/D/YYYY text that is no calendar day (2/30/2027). */
    static final int NOT_A_REAL_DATE = -2;

    private Syntax() {
    }

    /** First index in [from, to) that is not white space, or {@code to}. */
    static int trimStart(String s, int from, int to) {
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    /** One past the last index in [from, to) that is not white space, or {@code from}. */
    static int trimEnd(String s, int from, int to) {
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** White space as {@link String#isBlank()} sees it, plus the no-break space spreadsheets put in. */
    static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00A0') {
            // Printable ASCII and the C1 controls: nearly every character, answered without the
            // Unicode tables (which cost a cold run several calls per character).
            return false;
        }
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Same text, ignoring case, as {@code word}. */
    static boolean equalsIgnoreCase(String s, int from, int to, String word) {
        return to - from == word.length() && s.regionMatches(true, from, word, 0, word.length());
    }

    /** Whether {@code a[aFrom, aTo)} and {@code b[bFrom, bTo)} hold the same text, ignoring case. */
    static boolean sameIgnoreCase(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
        return aTo - aFrom == bTo - bFrom && a.regionMatches(true, aFrom, b, bFrom, aTo - aFrom);
    }

    /** {@code xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx} in hex digits, optionally in braces. */
    static boolean isGuid(String s, int from, int to) {
        if (to - from == 38 && s.charAt(from) == '{' && s.charAt(to - 1) == '}') {
            from++;
            to--;
        }
        if (to - from != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(from + i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return false;
                }
            } else {
                char lower = (char) (c | 0x20); // 'A'..'F' → 'a'..'f'; digits stay digits
                if ((c < '0' || c > '9') && (lower < 'a' || lower > 'f')) {
                    return false;
                }
            }
        }
        return true;
    }

    /** At least one digit, otherwise only digits, spaces and {@code + - ( ) .}. */
    static boolean isPhone(String s, int from, int to) {
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                digit = true;
            } else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')' && c != '.') {
                return false;
            }
        }
        return digit;
    }

    /** One {@code @}, a non-empty local part, a domain with a dot inside it, no white space. */
    static boolean isEmail(String s, int from, int to) {
        int at = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                return false;
            }
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        if (at <= from) {
            return false;
        }
        int domainStart = at + 1;
        for (int i = domainStart + 1; i < to - 1; i++) {
            if (s.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    /** The value of a run of 1..9 digits, or -1 if the range is anything else. */
    static int parseWholeNumber(String s, int from, int to) {
        if (from >= to || to - from > 9) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Digits, optionally a dot and more digits: {@code 12563}, {@code 12563.50}. */
    static boolean isNonNegativeDecimal(String s, int from, int to) {
        int i = from;
        while (i < to && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == from) {
            return false;
        }
        if (i == to) {
            return true;
        }
        if (s.charAt(i) != '.' || i + 1 == to) {
            return false;
        }
        for (i++; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Digits only, at least 1 in value. */
    static boolean isPositiveInteger(String s, int from, int to) {
        boolean nonZero = false;
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return false;
            }
            nonZero |= c != '0';
        }
        return nonZero;
    }

    /**
     * Parses {@code M/D/YYYY} or {@code MM/DD/YYYY}.
     *
     * @return the date as {@code yyyymmdd}, {@link #NOT_A_DATE} or {@link #NOT_A_REAL_DATE}
     */
    static int parseUsDate(String s, int from, int to) {
        int i = from;
        int month = 0;
        int start = i;
        while (i < to && isDigit(s.charAt(i)) && i - start < 2) {
            month = month * 10 + (s.charAt(i++) - '0');
        }
        if (i == start || i >= to || s.charAt(i) != '/') {
            return NOT_A_DATE;
        }
        i++;
        int day = 0;
        start = i;
        while (i < to && isDigit(s.charAt(i)) && i - start < 2) {
            day = day * 10 + (s.charAt(i++) - '0');
        }
        if (i == start || i >= to || s.charAt(i) != '/') {
            return NOT_A_DATE;
        }
        i++;
        if (to - i != 4) {
            return NOT_A_DATE;
        }
        int year = 0;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return NOT_A_DATE;
            }
            year = year * 10 + (c - '0');
        }
        if (!isRealDate(year, month, day)) {
            return NOT_A_REAL_DATE;
        }
        return year * 10000 + month * 100 + day;
    }

    static boolean isRealDate(int year, int month, int day) {
        return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
    }

    private static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }

    /**
     * Matches a shape such as {@code SOL-#-*}: {@code #} one or more digits, {@code *} one or more
     * ASCII letters or digits, anything else literally, ignoring case.
     */
    static boolean matchesShape(String shape, String s, int from, int to) {
        int i = from;
        for (int k = 0; k < shape.length(); k++) {
            char p = shape.charAt(k);
            if (p == '#' || p == '*') {
                int start = i;
                while (i < to && (p == '#' ? isDigit(s.charAt(i)) : isAsciiLetterOrDigit(s.charAt(i)))) {
                    i++;
                }
                if (i == start) {
                    return false;
                }
            } else {
                if (i >= to || Character.toUpperCase(s.charAt(i)) != Character.toUpperCase(p)) {
                    return false;
                }
                i++;
            }
        }
        return i == to;
    }

    /**
     * A cell a spreadsheet program would run as a formula (CSV injection): it starts with {@code =}
     * or {@code @}, or with {@code +} or {@code -} followed by something other than a digit, a space
     * or {@code (} — so {@code +1 (425) 555-0100} and {@code -5} pass.
     */
    static boolean isFormulaLike(String raw) {
        if (raw.isEmpty()) {
            return false;
        }
        char first = raw.charAt(0);
        if (first == '=' || first == '@') {
            return true;
        }
        if ((first == '+' || first == '-') && raw.length() > 1) {
            char next = raw.charAt(1);
            return !isDigit(next) && next != ' ' && next != '(';
        }
        return false;
    }
}
