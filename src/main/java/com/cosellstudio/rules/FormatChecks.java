package com.cosellstudio.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The checks of values with a fixed form: GUID, D-U-N-S, phone, e-mail, decimal, date.
 *
 * <p>Each is a small named class rather than a lambda: the engine is compiled at the start of
 * every command-line run, and a class loads faster than a lambda is linked (a capturing lambda
 * makes the JVM generate code at its first use).
 */
final class FormatChecks {

    private FormatChecks() {
    }

    /** GUID expected; anything else is reported with the column's severity (a warning in both templates). */
    static ValueCheck guid(Severity severity) {
        return new Guid(severity);
    }

    /**
     * Digits after removing spaces and hyphens: 9 is right, fewer is a warning suggesting the
     * zero-padded number, more than 9 or any other character an error.
     */
    static ValueCheck duns() {
        return new Duns();
    }

    static ValueCheck phone() {
        return new Phone();
    }

    static ValueCheck email() {
        return new Email();
    }

    /** A non-negative decimal with "." as decimal point, no grouping, no currency. */
    static ValueCheck decimal() {
        return new Decimal();
    }

    /**
     * M/D/YYYY or MM/DD/YYYY, a real calendar date; another form is an error offering the date it
     * probably meant; a date before today (by the clock, in its zone) is a warning.
     */
    static ValueCheck date(Clock clock) {
        return new DateCheck(clock);
    }

    /** Digits only (PartnerID); anything else is reported with {@code severity}. */
    static ValueCheck digits(Severity severity) {
        return new Digits(severity);
    }

    /**
     * A domain name: labels of letters, digits and hyphens (none at either end of a label)
     * separated by dots, at least two labels, no scheme, no path. A URL or an e-mail address is
     * answered with the domain it holds.
     */
    static ValueCheck domain(Severity severity) {
        return new Domain(severity);
    }

    /**
     * An account of the account match (template-2023.md, column 43): {@code MicrosoftID: <digits>-
     * <letters/digits>} or {@code DUNSID: <9 digits>}, optionally followed by
     * {@code , AccountName: …, AccountAddress: …}.
     */
    static ValueCheck accountMatch(Severity severity) {
        return new AccountMatch(severity);
    }

    /** Read-only column: whatever is in it, Partner Center ignores it. */
    static ValueCheck readOnly() {
        return new ReadOnly();
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

    private static final class Guid implements ValueCheck {
        private final Severity severity;

        Guid(Severity severity) {
            this.severity = severity;
        }

        @Override
        public boolean check(String raw, int from, int to, CellReporter out) {
            return Syntax.isGuid(raw, from, to) || out.report(severity, Code.INVALID_FORMAT, MessageKeys.GUID, null);
        }
    }

    private static final class Duns implements ValueCheck {
        @Override
        public boolean check(String raw, int from, int to, CellReporter out) {
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
            String value = "0".repeat(9 - digits) + raw.substring(from, to).replace(" ", "").replace("-", "");
            if (ExcelDamage.lostLeadingZeros(raw, from, to, digits, 9)) {
                return out.report(Severity.WARNING, Code.EXCEL_DAMAGE, MessageKeys.EXCEL_DAMAGE_ZEROS,
                        new Fix(value, FixKind.DUNS_PADDING), digits, value);
            }
            return out.report(Severity.WARNING, Code.INVALID_FORMAT, MessageKeys.DUNS_SHORT,
                    new Fix(value, FixKind.DUNS_PADDING_GUESS), digits, value);
        }
    }

    private static final class Phone implements ValueCheck {
        @Override
        public boolean check(String raw, int from, int to, CellReporter out) {
            return Syntax.isPhone(raw, from, to) || out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.PHONE, null);
        }
    }

    /**
     * A value of a fixed form that, when wrong, is answered with the value probably meant (an
     * e-mail without its stray spaces, the domain of a URL): INVALID_FORMAT with the guess, if any.
     */
    private abstract static class GuessedFormat implements ValueCheck {
        private final Severity severity;
        private final String key;
        private final String suggestKey;
        private final FixKind kind;

        GuessedFormat(Severity severity, String key, String suggestKey, FixKind kind) {
            this.severity = severity;
            this.key = key;
            this.suggestKey = suggestKey;
            this.kind = kind;
        }

        /** Whether {@code raw[from, to)} has the form. */
        abstract boolean matches(String raw, int from, int to);

        /** The value probably meant by a wrong {@code text}, or null. */
        abstract String guess(String text);

        @Override
        public final boolean check(String raw, int from, int to, CellReporter out) {
            return matches(raw, from, to)
                    || out.reportGuess(severity, Code.INVALID_FORMAT, key, suggestKey, Fix.of(guess(raw.substring(from, to)), kind));
        }
    }

    private static final class Email extends GuessedFormat {
        Email() {
            super(Severity.ERROR, MessageKeys.EMAIL, MessageKeys.EMAIL_SUGGEST, FixKind.EMAIL_SPACES);
        }

        @Override
        boolean matches(String raw, int from, int to) {
            return Syntax.isEmail(raw, from, to);
        }

        @Override
        String guess(String text) {
            return guessEmail(text);
        }
    }

    private static final class Decimal implements ValueCheck {
        @Override
        public boolean check(String raw, int from, int to, CellReporter out) {
            if (Syntax.isNonNegativeDecimal(raw, from, to)) {
                return true;
            }
            String text = raw.substring(from, to);
            if (NumberSuggestion.isNegative(text)) {
                return out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.NUMBER_NEGATIVE, null);
            }
            if (ExcelDamage.isScientific(text)) {
                return ExcelDamage.reportScientific(text, Severity.ERROR, out);
            }
            return out.reportGuess(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.NUMBER, MessageKeys.NUMBER_SUGGEST,
                    Fix.of(NumberSuggestion.suggest(text), FixKind.PLAIN_NUMBER));
        }
    }

    private static final class Digits implements ValueCheck {
        private final Severity severity;

        Digits(Severity severity) {
            this.severity = severity;
        }

        @Override
        public boolean check(String raw, int from, int to, CellReporter out) {
            for (int i = from; i < to; i++) {
                if (!Syntax.isDigit(raw.charAt(i))) {
                    String text = raw.substring(from, to);
                    return ExcelDamage.isScientific(text) ? ExcelDamage.reportScientific(text, severity, out)
                            : out.report(severity, Code.INVALID_FORMAT, MessageKeys.DIGITS, null);
                }
            }
            return true;
        }
    }

    private static final class Domain extends GuessedFormat {
        Domain(Severity severity) {
            super(severity, MessageKeys.DOMAIN, MessageKeys.DOMAIN_SUGGEST, FixKind.DOMAIN_NAME);
        }

        @Override
        boolean matches(String raw, int from, int to) {
            return Syntax.isDomain(raw, from, to);
        }

        @Override
        String guess(String text) {
            return guessDomain(text);
        }
    }

    /** The domain in a URL ("https://www.contoso.com/about") or an e-mail address, or null. */
    static String guessDomain(String text) {
        String value = text.strip();
        int scheme = value.indexOf("://");
        if (scheme >= 0) {
            value = value.substring(scheme + 3);
        }
        int at = value.lastIndexOf('@');
        if (at >= 0) {
            value = value.substring(at + 1);
        }
        for (char end : new char[] {'/', '?', '#', ':'}) {
            int cut = value.indexOf(end);
            if (cut >= 0) {
                value = value.substring(0, cut);
            }
        }
        if (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1);
        }
        return !value.equals(text) && Syntax.isDomain(value, 0, value.length()) ? value : null;
    }

    private static final class AccountMatch extends GuessedFormat {
        AccountMatch(Severity severity) {
            super(severity, MessageKeys.ACCOUNT_MATCH, MessageKeys.ACCOUNT_MATCH_SUGGEST, FixKind.ACCOUNT_LABEL);
        }

        @Override
        boolean matches(String raw, int from, int to) {
            return Syntax.isAccountMatch(raw, from, to);
        }

        @Override
        String guess(String text) {
            return guessAccountMatch(text);
        }
    }

    /**
     * An account written almost right: the label without its colon or in other case
     * ("MicrosoftID 6-ABC", "microsoftid:6-abc", "DUNS ID: 081466849"); the account as it should read, or null.
     */
    static String guessAccountMatch(String text) {
        String value = text.strip();
        for (String label : Syntax.ACCOUNT_LABELS) {
            String squeezed = value.replace(" ", "");
            if (squeezed.regionMatches(true, 0, label, 0, label.length() - 1)) {
                String rest = value;
                // Skip the label as typed: its letters (spaces between them allowed) and a colon if any.
                int letters = 0;
                int i = 0;
                while (i < rest.length() && letters < label.length() - 1) {
                    if (rest.charAt(i) != ' ') {
                        letters++;
                    }
                    i++;
                }
                while (i < rest.length() && (rest.charAt(i) == ':' || rest.charAt(i) == ' ')) {
                    i++;
                }
                String fixed = label + " " + rest.substring(i);
                return Syntax.isAccountMatch(fixed, 0, fixed.length()) ? fixed : null;
            }
        }
        return null;
    }

    private static final class ReadOnly implements ValueCheck {
        @Override
        public boolean check(String raw, int from, int to, CellReporter out) {
            return out.report(Severity.INFO, Code.IGNORED, MessageKeys.READ_ONLY, null);
        }
    }

    private static final class DateCheck implements ValueCheck {
        private final Clock clock;
        /** Today as last worked out; replaced when the clock has moved into another day. */
        private volatile Today today;

        DateCheck(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean check(String raw, int from, int to, CellReporter out) {
            int date = Syntax.parseUsDate(raw, from, to);
            if (date < 0) {
                // "30/01/2027" has the shape but no month 30: it is a day-first date, so say which one.
                String key = date == Syntax.NOT_A_REAL_DATE ? MessageKeys.DATE_NOT_REAL : MessageKeys.DATE;
                Fix guess = DateSuggestion.suggest(raw.substring(from, to), out.serialEpoch());
                if (guess != null && guess.kind() == FixKind.DATE_TWO_DIGIT_YEAR) {
                    // Refused as it stands, so an error; the code says what happened to it.
                    return out.report(Severity.ERROR, Code.EXCEL_DAMAGE, MessageKeys.EXCEL_DAMAGE_YEAR, guess, guess.value());
                }
                return out.reportGuess(Severity.ERROR, Code.INVALID_FORMAT, key, MessageKeys.DATE_SUGGEST, guess);
            }
            Today now = today();
            if (date < now.number) {
                return out.report(Severity.WARNING, Code.INVALID_VALUE, MessageKeys.DATE_PAST, null, now.text);
            }
            return true;
        }

        /**
         * Today by the clock. Working it out takes a time-zone calculation, and a file has a date on
         * every row, so it is kept for as long as the clock stays within the same day.
         */
        private Today today() {
            long millis = clock.millis();
            Today known = today;
            if (known == null || millis < known.startMillis || millis >= known.endMillis) {
                known = Today.of(LocalDate.ofInstant(clock.instant(), clock.getZone()), clock.getZone());
                today = known;
            }
            return known;
        }
    }

    /**
     * One day: its {@code yyyymmdd} number (comparable with {@link Syntax#parseUsDate}), as M/D/YYYY,
     * and the instants it starts and ends at.
     */
    private record Today(int number, String text, long startMillis, long endMillis) {
        static Today of(LocalDate day, ZoneId zone) {
            return new Today(day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth(),
                    day.getMonthValue() + "/" + day.getDayOfMonth() + "/" + day.getYear(),
                    day.atStartOfDay(zone).toInstant().toEpochMilli(),
                    day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
        }
    }
}
