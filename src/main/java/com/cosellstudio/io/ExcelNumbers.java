package com.cosellstudio.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Turns the number text a workbook stores ({@code <v>13819.300000000001</v>}) into the text a bulk
 * file holds: the digits the file stores, never invented ones. A spreadsheet keeps a binary double
 * and writes its shortest round-trip text, whose 17th significant digit is binary noise the user
 * never typed or saw ({@code 13819.300000000001} for 13819.3); the 16th can be real
 * ({@code 1.234567890123457E18} is {@code 1234567890123457000}, spec section 6). So the stored text
 * is rounded to 16 significant digits, as decimal text: going through a double and
 * {@code new BigDecimal(double)} would invent digits ({@code 1E+23} as {@code 99999999999999991611392}).
 */
final class ExcelNumbers {
    private static final MathContext SHOWN = new MathContext(16, RoundingMode.HALF_UP);
    /** A spreadsheet holds doubles: nothing larger or finer than this is a number it could store. */
    private static final int MAX_EXPONENT = 310;
    /** The last day a spreadsheet can show: 12/31/9999 in the 1900 date system. */
    private static final long LAST_SERIAL = 2_958_465;
    /** Days from the 1900 system's day 0 to the 1904 system's (1/1/1904). */
    private static final long DAYS_1904 = 1462;
    private static final LocalDate BEFORE_MARCH_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate FROM_MARCH_1900 = LocalDate.of(1899, 12, 30);

    private ExcelNumbers() {
    }

    /** "12563" for "12563" or "12563.0" or "1.2563E4"; "1234567890123457000" for "1.234567890123457E18". */
    static String plain(String stored) {
        String simple = simple(stored);
        if (simple != null) {
            return simple;
        }
        BigDecimal value = decimal(stored);
        if (value == null) {
            // Not a number a spreadsheet stores: keep what the file says rather than guess.
            return stored.strip();
        }
        return value.signum() == 0 ? "0" : value.toPlainString();
    }

    /**
     * The stored number without its binary noise, trailing zeros dropped; null when the
     * text is no number or lies outside what a double can hold.
     */
    static BigDecimal decimal(String stored) {
        BigDecimal value;
        try {
            value = new BigDecimal(stored.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        int magnitude = value.precision() - value.scale();
        if (value.signum() != 0 && (magnitude > MAX_EXPONENT || magnitude < -MAX_EXPONENT)) {
            return null;
        }
        return value.round(SHOWN).stripTrailingZeros();
    }

    /**
     * The common case without any arithmetic: a plain decimal of at most 16 digits ("84190.40" is
     * "84190.4"); null for anything else.
     */
    private static String simple(String text) {
        int length = text.length();
        if (length == 0 || length > 18) {
            return null;
        }
        int start = text.charAt(0) == '-' ? 1 : 0;
        int point = -1;
        int digits = 0;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && point < 0) {
                point = i;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                return null;
            }
        }
        if (digits == 0 || digits > 16 || point == start || point == length - 1 && digits == 0) {
            return null;
        }
        if (text.charAt(start) == '0' && start + 1 < length && text.charAt(start + 1) != '.') {
            return null; // "007": leave the leading zeros to the general path
        }
        if (point < 0) {
            return text.equals("-0") ? "0" : text;
        }
        int end = length;
        while (end > point + 1 && text.charAt(end - 1) == '0') {
            end--;
        }
        if (end == point + 1) {
            end = point;
        }
        String result = text.substring(0, end);
        return result.equals("-0") ? "0" : result;
    }

    /**
     * A date serial as {@code M/D/YYYY} (the time of day dropped). Excel's 1900 system counts the
     * non-existent 2/29/1900 as day 60, and shows it; the 1904 system counts from 1/1/1904. A serial
     * that is no day a spreadsheet can show (before its first day, after 12/31/9999: it shows
     * {@code ####}) reads as the number stored, which the checks then name as no date.
     */
    static String date(String stored, boolean date1904) {
        BigDecimal value = decimal(stored);
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(LAST_SERIAL + 1)) >= 0) {
            return plain(stored);
        }
        long day = value.setScale(0, RoundingMode.FLOOR).longValueExact() + (date1904 ? DAYS_1904 : 0);
        if (day < 1 || day > LAST_SERIAL) {
            return plain(stored);
        }
        if (day == 60) {
            return "2/29/1900";
        }
        LocalDate date = (day < 60 ? BEFORE_MARCH_1900 : FROM_MARCH_1900).plusDays(day);
        return date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear();
    }

    /** A cell of type {@code d} stores an ISO 8601 date ("2027-01-05T00:00:00"): as {@code M/D/YYYY}; other text as is. */
    static String isoDate(String stored) {
        String text = stored.strip();
        if (text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            try {
                LocalDate date = LocalDate.parse(text.substring(0, 10));
                return date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear();
            } catch (java.time.DateTimeException notADate) {
                return text;
            }
        }
        return text;
    }

    /**
     * A time of day as a time-only format shows it: {@code h:mm} or {@code h:mm:ss} as the format has
     * seconds, hours padded as {@code hh} asks, 12-hour with AM/PM when it says so, hours past a day
     * when it counts elapsed time ({@code [h]}).
     */
    static String time(String stored, String pattern) {
        BigDecimal value = decimal(stored);
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(LAST_SERIAL)) > 0) {
            return plain(stored);
        }
        String format = pattern.replaceAll("\"[^\"]*\"|\\\\.", "").toLowerCase(Locale.ROOT);
        long seconds = value.multiply(BigDecimal.valueOf(86_400)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        boolean elapsed = format.contains("[h");
        long hours = elapsed ? seconds / 3600 : seconds / 3600 % 24;
        long minutes = seconds / 60 % 60;
        long secs = seconds % 60;
        boolean twelveHour = format.contains("am/pm") || format.contains("a/p");
        String suffix = "";
        if (twelveHour && !elapsed) {
            suffix = hours < 12 ? " AM" : " PM";
            hours = hours % 12 == 0 ? 12 : hours % 12;
        }
        StringBuilder text = new StringBuilder(12);
        if (format.contains("hh") && hours < 10) {
            text.append('0');
        }
        text.append(hours).append(':');
        appendTwo(text, minutes);
        if (format.indexOf('s') >= 0) {
            text.append(':');
            appendTwo(text, secs);
        }
        return text.append(suffix).toString();
    }

    private static void appendTwo(StringBuilder text, long value) {
        if (value < 10) {
            text.append('0');
        }
        text.append(value);
    }
}
