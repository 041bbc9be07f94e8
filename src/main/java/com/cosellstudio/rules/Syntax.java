package com.cosellstudio.rules;

import java.time.Month;
import java.time.Year;

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

    /** The labels an account of the account match starts with (template-2023.md, column 43). */
    static final String[] ACCOUNT_LABELS = {"MicrosoftID:", "DUNSID:"};
    private static final String[] ACCOUNT_DETAILS = {"AccountName:", "AccountAddress:"};

    /**
     * {@code MicrosoftID: <digits>-<letters/digits>} or {@code DUNSID: <9 digits>} (labels in any
     * case, spaces after the colon optional), then nothing, or a comma and {@code AccountName:} or
     * {@code AccountAddress:} with whatever they hold.
     */
    static boolean isAccountMatch(String s, int from, int to) {
        int i;
        if (startsWithIgnoreCase(s, from, to, ACCOUNT_LABELS[0])) {
            i = trimStart(s, from + ACCOUNT_LABELS[0].length(), to);
            int digits = skipDigits(s, i, to);
            if (digits == i || digits >= to || s.charAt(digits) != '-') {
                return false;
            }
            i = digits + 1;
            int start = i;
            while (i < to && isAsciiLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
        } else if (startsWithIgnoreCase(s, from, to, ACCOUNT_LABELS[1])) {
            i = trimStart(s, from + ACCOUNT_LABELS[1].length(), to);
            int digits = skipDigits(s, i, to);
            if (digits - i != 9) {
                return false;
            }
            i = digits;
        } else {
            return false;
        }
        i = trimStart(s, i, to);
        if (i == to) {
            return true;
        }
        if (s.charAt(i) != ',') {
            return false;
        }
        i = trimStart(s, i + 1, to);
        for (String detail : ACCOUNT_DETAILS) {
            if (startsWithIgnoreCase(s, i, to, detail)) {
                return true;
            }
        }
        return false;
    }

    private static int skipDigits(String s, int from, int to) {
        while (from < to && isDigit(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static boolean startsWithIgnoreCase(String s, int from, int to, String prefix) {
        return to - from >= prefix.length() && s.regionMatches(true, from, prefix, 0, prefix.length());
    }

    /**
     * A domain name: at least two labels separated by dots, each 1–63 letters (of any script),
     * digits and hyphens with no hyphen at either end, the last not all digits (an IP address is
     * no domain), 253 characters at most.
     */
    static boolean isDomain(String s, int from, int to) {
        if (to - from > 253) {
            return false;
        }
        int labels = 0;
        int start = from;
        boolean lastHasLetter = false;
        for (int i = from; i <= to; i++) {
            if (i < to && s.charAt(i) != '.') {
                char c = s.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '-')) {
                    return false;
                }
                continue;
            }
            int length = i - start;
            if (length < 1 || length > 63 || s.charAt(start) == '-' || s.charAt(i - 1) == '-') {
                return false;
            }
            lastHasLetter = false;
            for (int k = start; k < i; k++) {
                lastHasLetter |= Character.isLetter(s.charAt(k));
            }
            labels++;
            start = i + 1;
        }
        return labels >= 2 && lastHasLetter;
    }

    /**
     * Whether year/month/day is a day of the calendar; java.time knows the months and leap years
     * (through its enum and a static test, so that a date cell still allocates nothing).
     */
    static boolean isRealDate(int year, int month, int day) {
        return year >= 1 && month >= 1 && month <= 12 && day >= 1
                && day <= Month.of(month).length(Year.isLeap(year));
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
     * A cell a spreadsheet program would run as a formula (CSV injection, spec section 5), after any
     * leading spaces or tabs (which spreadsheet programs skip): it starts with {@code =} or
     * {@code @}; or with {@code +} or {@code -} followed by something other than a digit, a space
     * or {@code (}; or with {@code +} or {@code -} and goes on to hold a {@code |} or a name
     * followed by {@code (} or {@code !} (DDE and function payloads hidden behind a number, such as
     * {@code -2+3+cmd|' /C calc'!A0}). So {@code +1 (425) 555-0100}, {@code -5} and
     * {@code - a list item} pass.
     */
    static boolean isFormulaLike(String raw) {
        int start = 0;
        int length = raw.length();
        while (start < length && (raw.charAt(start) == ' ' || raw.charAt(start) == '\t')) {
            start++;
        }
        if (start == length) {
            return false;
        }
        char first = raw.charAt(start);
        if (first == '=' || first == '@') {
            return true;
        }
        if ((first != '+' && first != '-') || start + 1 == length) {
            return false;
        }
        char next = raw.charAt(start + 1);
        return !isDigit(next) && next != ' ' && next != '(' || holdsCallOrLink(raw, start + 1, length);
    }

    /** Whether {@code raw[from, to)} holds a {@code |} or a name (a letter, then letters, digits, {@code .} or {@code _}) right before {@code (} or {@code !}. */
    private static boolean holdsCallOrLink(String raw, int from, int to) {
        boolean inName = false;
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '|' || inName && (c == '(' || c == '!')) {
                return true;
            }
            inName = Character.isLetter(c) || inName && (isDigit(c) || c == '.' || c == '_');
        }
        return false;
    }
}
