package com.cosellstudio.rules;

import java.time.Clock;
import java.time.LocalDate;

/** The checks of values with a fixed form: GUID, D-U-N-S, phone, e-mail, decimal, date. */
final class FormatChecks {

    private FormatChecks() {
    }

    /** GUID expected; anything else is reported with the column's severity (a warning in 2021). */
    static ValueCheck guid(Severity severity) {
        return (raw, from, to, out) -> Syntax.isGuid(raw, from, to)
                || out.report(severity, Code.INVALID_FORMAT, MessageKeys.GUID, null);
    }

    /**
     * Digits after removing spaces and hyphens: 9 is right, fewer is a warning suggesting the
     * zero-padded number, more than 9 or any other character an error.
     */
    static ValueCheck duns() {
        return (raw, from, to, out) -> {
            int digits = 0;
            for (int i = from; i < to; i++) {
                char c = raw.charAt(i);
                if (Syntax.isDigit(c)) {
                    digits++;
                } else if (c != ' ' && c != '-') {
                    return out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.DUNS, null);
                }
            }
            if (digits == 9) {
                return true;
            }
            if (digits == 0) {
                return out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.DUNS, null);
            }
            if (digits > 9) {
                return out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.DUNS_LONG, null, digits);
            }
            String padded = "0".repeat(9 - digits) + raw.substring(from, to).replace(" ", "").replace("-", "");
            return out.report(Severity.WARNING, Code.INVALID_FORMAT, MessageKeys.DUNS_SHORT, padded, digits, padded);
        };
    }

    static ValueCheck phone() {
        return (raw, from, to, out) -> Syntax.isPhone(raw, from, to)
                || out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.PHONE, null);
    }

    static ValueCheck email() {
        return (raw, from, to, out) -> {
            if (Syntax.isEmail(raw, from, to)) {
                return true;
            }
            String guess = guessEmail(raw.substring(from, to));
            return guess == null
                    ? out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.EMAIL, null)
                    : out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.EMAIL_SUGGEST, guess, guess);
        };
    }

    /** An address typed with spaces in it ("john @contoso.com"): the address without them, or null. */
    static String guessEmail(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!Syntax.isSpace(text.charAt(i))) {
                compact.append(text.charAt(i));
            }
        }
        String value = compact.toString();
        return value.length() < text.length() && Syntax.isEmail(value, 0, value.length()) ? value : null;
    }

    /** A non-negative decimal with "." as decimal point, no grouping, no currency. */
    static ValueCheck decimal() {
        return (raw, from, to, out) -> {
            if (Syntax.isNonNegativeDecimal(raw, from, to)) {
                return true;
            }
            String text = raw.substring(from, to);
            if (NumberSuggestion.isNegative(text)) {
                return out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.NUMBER_NEGATIVE, null);
            }
            String guess = NumberSuggestion.suggest(text);
            return guess == null
                    ? out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.NUMBER, null)
                    : out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.NUMBER_SUGGEST, guess, guess);
        };
    }

    /**
     * M/D/YYYY or MM/DD/YYYY, a real calendar date; another form is an error offering the date it
     * probably meant; a date before today (UTC, by the clock) is a warning.
     */
    static ValueCheck date(Clock clock) {
        return (raw, from, to, out) -> {
            int date = Syntax.parseUsDate(raw, from, to);
            if (date < 0) {
                // "30/01/2027" has the shape but no month 30: it is a day-first date, so say which one.
                String guess = DateSuggestion.suggest(raw.substring(from, to));
                if (guess != null) {
                    return out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.DATE_SUGGEST, guess, guess);
                }
                String key = date == Syntax.NOT_A_REAL_DATE ? MessageKeys.DATE_NOT_REAL : MessageKeys.DATE;
                return out.report(Severity.ERROR, Code.INVALID_FORMAT, key, null);
            }
            LocalDate today = LocalDate.now(clock);
            int todayNumber = today.getYear() * 10000 + today.getMonthValue() * 100 + today.getDayOfMonth();
            if (date < todayNumber) {
                String todayText = today.getMonthValue() + "/" + today.getDayOfMonth() + "/" + today.getYear();
                return out.report(Severity.WARNING, Code.INVALID_VALUE, MessageKeys.DATE_PAST, null, todayText);
            }
            return true;
        };
    }

    /** Read-only column: whatever is in it, Partner Center ignores it. */
    static ValueCheck readOnly() {
        return (raw, from, to, out) -> out.report(Severity.INFO, Code.IGNORED, MessageKeys.READ_ONLY, null);
    }
}
