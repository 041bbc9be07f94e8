package com.cosellstudio.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Guesses which date a wrongly written Estimated Close Date meant, to offer it in M/D/YYYY.
 * Runs only for cells already found wrong, so it may allocate freely.
 */
final class DateSuggestion {

    private DateSuggestion() {
    }

    /**
     * The probably-meant date of {@code text} as M/D/YYYY with the sort of repair it is, or null when
     * there is no certain guess: a date whose day and month could be either way round
     * ({@code 03-04-2027}) is never guessed.
     *
     * @param serialEpoch day 0 of the file's serial dates, for a bare number
     */
    static Fix suggest(String text, LocalDate serialEpoch) {
        String value = text.strip();
        boolean timed = false;
        // Drop a time part: "2027-01-30T00:00:00Z", "1/30/2027 12:00 AM".
        int t = value.indexOf('T');
        if (t == 10 && value.length() > 10) {
            value = value.substring(0, t);
            timed = true;
        }
        List<String> numbers = new ArrayList<>();
        List<Character> separators = new ArrayList<>();
        int i = 0;
        while (i < value.length() && numbers.size() < 3) {
            int start = i;
            while (i < value.length() && Syntax.isDigit(value.charAt(i))) {
                i++;
            }
            if (i == start) {
                return null;
            }
            numbers.add(value.substring(start, i));
            if (numbers.size() < 3) {
                if (i >= value.length()) {
                    break;
                }
                char sep = value.charAt(i);
                if (sep != '/' && sep != '-' && sep != '.' && sep != ' ') {
                    return null;
                }
                separators.add(sep);
                i++;
            }
        }
        if (i < value.length() && value.charAt(i) != ' ') {
            return null;
        }
        timed |= i < value.length();
        if (numbers.size() == 1) {
            return Fix.of(fromSerial(numbers.get(0), serialEpoch), FixKind.DATE_SERIAL);
        }
        if (numbers.size() != 3) {
            return null;
        }
        String a = numbers.get(0);
        String b = numbers.get(1);
        String c = numbers.get(2);
        if (a.length() == 4) {
            return Fix.of(format(toInt(a), toInt(b), toInt(c)), timed ? FixKind.DATE_OTHER : FixKind.DATE_ISO);
        }
        if (c.length() != 4 && c.length() != 2) {
            return null;
        }
        int year = c.length() == 2 ? 2000 + toInt(c) : toInt(c);
        int first = toInt(a);
        int second = toInt(b);
        char separator = separators.get(0);
        boolean dotted = separator == '.';
        if (first > 12 && second > 12 || !dotted && first <= 12 && second <= 12 && (separator != '/' || c.length() == 4)) {
            // Either way round would be a date (or neither is): only M/D/YY, as Excel writes it, is certain.
            return null;
        }
        boolean dayFirst = dotted ? second <= 12 : first > 12;
        String guess = dayFirst ? format(year, second, first) : format(year, first, second);
        if (guess == null) {
            return null;
        }
        FixKind kind;
        if (timed) {
            kind = FixKind.DATE_OTHER;
        } else if (c.length() == 2 && separator == '/' && !dayFirst) {
            kind = FixKind.DATE_TWO_DIGIT_YEAR;
        } else if (dotted) {
            kind = FixKind.DATE_DOTTED;
        } else {
            kind = dayFirst ? FixKind.DATE_DAY_FIRST : FixKind.DATE_OTHER;
        }
        return new Fix(guess, kind);
    }

    private static String fromSerial(String digits, LocalDate serialEpoch) {
        if (digits.length() != 5) {
            return null;
        }
        LocalDate date = serialEpoch.plusDays(Integer.parseInt(digits));
        return format(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static int toInt(String digits) {
        return digits.length() > 6 ? -1 : Integer.parseInt(digits);
    }

    /** M/D/YYYY of a real date, or null. */
    static String format(int year, int month, int day) {
        if (year < 1000 || year > 9999 || !Syntax.isRealDate(year, month, day)) {
            return null;
        }
        return month + "/" + day + "/" + year;
    }
}
