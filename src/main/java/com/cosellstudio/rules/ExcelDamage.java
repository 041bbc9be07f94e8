package com.cosellstudio.rules;

import java.math.BigDecimal;

/**
 * What a spreadsheet does to values it takes for numbers on the way through (EXCEL_DAMAGE): long
 * numbers written in scientific notation with digits rounded away ({@code 1.23457E+18}), leading
 * zeros dropped ({@code 02134} → {@code 2134}), long IDs rounded to the digits a spreadsheet keeps
 * ({@code 7012345678901234} → {@code 7012345678901230}). Two-digit years are {@link DateSuggestion}'s.
 * Runs only for cells already found suspicious, so it may allocate freely.
 */
final class ExcelDamage {

    private ExcelDamage() {
    }

    /**
     * Whether {@code text} is a number the way Excel shows one in scientific notation: one digit,
     * optionally a point and more digits, then {@code E+} or {@code E-} and the exponent
     * ({@code 1.23457E+18}, {@code 8E+15}). The sign after the E is required: an ID such as
     * {@code 12E45} is not Excel's.
     */
    static boolean isScientific(String text) {
        return isScientific(text, 0, text.length());
    }

    /** {@link #isScientific(String)} of {@code s[from, to)}, without copying it. */
    static boolean isScientific(String s, int from, int to) {
        if (to - from < 5 || !Syntax.isDigit(s.charAt(from))) {
            return false;
        }
        int i = from + 1;
        if (s.charAt(i) == '.') {
            i++;
            int start = i;
            while (i < to && Syntax.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        if (i + 2 >= to || (s.charAt(i) != 'E' && s.charAt(i) != 'e')
                || (s.charAt(i + 1) != '+' && s.charAt(i + 1) != '-')) {
            return false;
        }
        for (int j = i + 2; j < to; j++) {
            if (!Syntax.isDigit(s.charAt(j))) {
                return false;
            }
        }
        return to - (i + 2) <= 3;
    }

    /**
     * The number a scientific {@code text} stands for, written out in full, when every digit of its
     * whole part is shown ({@code 1.2345E+4} is {@code 12345}); null when digits were rounded away
     * ({@code 1.23457E+18} stands for some number of 19 digits, which one cannot be known).
     */
    static String writtenOut(String text) {
        int e = Math.max(text.indexOf('E'), text.indexOf('e'));
        int exponent = Integer.parseInt(text.substring(e + 2)) * (text.charAt(e + 1) == '-' ? -1 : 1);
        int shown = text.substring(0, e).replace(".", "").length();
        if (exponent >= 0 && shown < exponent + 1) {
            return null;
        }
        return new BigDecimal(text).toPlainString();
    }

    /**
     * Reports a scientific number on the current cell: written out in full as the fix, or, with
     * digits lost, a message that says so and sends the user back to where the value came from.
     */
    static boolean reportScientific(String text, Severity severity, CellReporter out) {
        String full = writtenOut(text);
        return full == null
                ? out.report(severity, Code.EXCEL_DAMAGE, MessageKeys.EXCEL_DAMAGE_DIGITS_LOST, null)
                : out.report(severity, Code.EXCEL_DAMAGE, MessageKeys.EXCEL_DAMAGE_SCIENTIFIC,
                        new Fix(full, FixKind.SCIENTIFIC_NUMBER), full);
    }

    /**
     * Whether {@code raw[from, to)}, holding {@code digits} digits where {@code length} belong, is
     * a number a spreadsheet took its leading zeros from: digits only (a person typing a number
     * short leaves its hyphens or spaces in), at most two short.
     */
    static boolean lostLeadingZeros(String raw, int from, int to, int digits, int length) {
        if (digits >= length || length - digits > 2 || to - from != digits) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Syntax.isDigit(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code raw[from, to)} is a number of more than {@code keptDigits} digits whose digits
     * past the kept ones are all zeros: what a spreadsheet makes of a longer number it stored
     * ({@code 7012345678901234} comes back {@code 7012345678901230}, a 19-digit ID read from a
     * workbook's number cell as {@code 1234567890123460000}). A number that starts with 0 was
     * never one a spreadsheet stored.
     */
    static boolean roundedToKeptDigits(String raw, int from, int to, int keptDigits) {
        if (keptDigits <= 0 || to - from <= keptDigits || raw.charAt(from) == '0') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (!Syntax.isDigit(c) || i >= from + keptDigits && c != '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * The check of a column whose values a spreadsheet may have shown in scientific notation (IDs,
     * numbers): such a value is EXCEL_DAMAGE, with {@code severity}, and so is one it rounded to its
     * {@code keptDigits} digits; anything else goes to the column's own check.
     */
    static ValueCheck scientificGuard(ValueCheck check, Severity severity, int keptDigits) {
        return new ScientificGuard(check, severity, keptDigits);
    }

    /** A named class rather than a lambda, see {@link FormatChecks}. */
    private static final class ScientificGuard implements ValueCheck {
        private final ValueCheck check;
        private final Severity severity;
        private final int keptDigits;

        ScientificGuard(ValueCheck check, Severity severity, int keptDigits) {
            this.check = check;
            this.severity = severity;
            this.keptDigits = keptDigits;
        }

        @Override
        public boolean check(String raw, int from, int to, CellReporter out) {
            if (isScientific(raw, from, to)) {
                return reportScientific(raw.substring(from, to), severity, out);
            }
            if (roundedToKeptDigits(raw, from, to, keptDigits)) {
                return out.report(severity, Code.EXCEL_DAMAGE, MessageKeys.EXCEL_DAMAGE_ROUNDED, null, to - from, keptDigits);
            }
            return check.check(raw, from, to, out);
        }
    }
}
