package com.cosellstudio.io;

import com.cosellstudio.domain.SerialDates;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Turns the number text a workbook stores ({@code <v>13819.300000000001</v>}) into the text a bulk
 * file holds: the digits the user sees, never invented ones. A spreadsheet keeps a binary double and
 * writes its shortest round-trip text, whose last digits are often binary noise the user never typed
 * or saw ({@code 0.7999999999999999} for {@code =0.7+0.1}, shown as 0.8); a spreadsheet shows 15
 * significant digits. But the digits past the 15th can be real ({@code 1.234567890123457E18} is
 * {@code 1234567890123457000}, spec section 6). So the 15-digit form is taken when it is the same
 * double give or take the last bit or two (noise), and the stored digits otherwise; all as decimal
 * text: going through {@code new BigDecimal(double)} would invent digits ({@code 1E+23} as
 * {@code 99999999999999991611392}).
 */
final class ExcelNumbers {
    private static final MathContext SHOWN = new MathContext(15, RoundingMode.HALF_UP);
    /** The most significant digits the common case takes as they are, without arithmetic. */
    private static final int SHOWN_DIGITS = 15;
    /** How many units in the last place a 15-digit form may lie from the stored double and still be it. */
    private static final int NOISE_ULPS = 2;
    /**
     * Longer stored text is no double's shortest form: such a cell is kept as the text it holds
     * rather than sent through arithmetic that grows with the square of its length.
     */
    private static final int MAX_NUMBER_CHARS = 64;
    /** A spreadsheet holds doubles: nothing larger or finer than this is a number it could store. */
    private static final int MAX_EXPONENT = 310;
    /** The last day a spreadsheet can show: 12/31/9999 in the 1900 date system. */
    private static final long LAST_SERIAL = 2_958_465;
    /** Day 0 for serials before March 1900, which count Excel's 2/29/1900 that never was. */
    private static final LocalDate BEFORE_MARCH_1900 = SerialDates.EPOCH_1900.plusDays(1);

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
        String text = stored.strip();
        if (text.length() > MAX_NUMBER_CHARS) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
        int magnitude = value.precision() - value.scale();
        if (value.signum() != 0 && (magnitude > MAX_EXPONENT || magnitude < -MAX_EXPONENT)) {
            return null;
        }
        if (value.precision() > SHOWN_DIGITS) {
            BigDecimal shown = value.round(SHOWN);
            double exact = Double.parseDouble(text);
            if (Math.abs(shown.doubleValue() - exact) <= NOISE_ULPS * Math.ulp(exact)) {
                value = shown;
            }
        }
        return value.stripTrailingZeros();
    }

    /**
     * The common case without any arithmetic: a plain decimal of at most 15 digits ("84190.40" is
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
        if (digits == 0 || digits > SHOWN_DIGITS || point == start || point == length - 1 && digits == 0) {
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
        long day = value.setScale(0, RoundingMode.FLOOR).longValueExact() + (date1904 ? SerialDates.DAYS_1904 : 0);
        if (day < 1 || day > LAST_SERIAL) {
            return plain(stored);
        }
        if (day == 60) {
            return "2/29/1900";
        }
        return mdy((day < 60 ? BEFORE_MARCH_1900 : SerialDates.EPOCH_1900).plusDays(day));
    }

    /** A cell of type {@code d} stores an ISO 8601 date ("2027-01-05T00:00:00"): as {@code M/D/YYYY}; other text as is. */
    static String isoDate(String stored) {
        String text = stored.strip();
        if (text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            try {
                return mdy(LocalDate.parse(text.substring(0, 10)));
            } catch (java.time.DateTimeException notADate) {
                return text;
            }
        }
        return text;
    }

    /**
     * What a time-only format shows, read once from its code (lower case, literals left out):
     * hours (padded as {@code hh} asks, past a day when it counts elapsed time, {@code [h]}, or 12-hour
     * with AM/PM), or minutes first when it has no hours ({@code mm:ss}, elapsed as {@code [mm]}),
     * seconds, and tenths of a second ({@code ss.0}).
     */
    record Clock(boolean hours, boolean padHours, boolean elapsed, boolean twelveHour, boolean seconds, boolean tenths) {
        static Clock of(String bare) {
            boolean hours = bare.indexOf('h') >= 0;
            boolean elapsed = bare.contains("[h") || !hours && bare.contains("[m");
            return new Clock(hours, bare.contains("hh"), elapsed, bare.contains("am/pm") || bare.contains("a/p"),
                    bare.indexOf('s') >= 0, bare.contains("s.0"));
        }
    }

    /** A time of day (or elapsed time) as {@code clock} shows it: "9:01", "09:01:09 AM", "26:00", "01:26.4". */
    static String time(String stored, Clock clock) {
        BigDecimal value = decimal(stored);
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(LAST_SERIAL)) > 0) {
            return plain(stored);
        }
        // Rounded once, to what the format shows last: tenths of a second or whole seconds.
        long units = value.multiply(BigDecimal.valueOf(clock.tenths ? 864_000 : 86_400)).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        long seconds = clock.tenths ? units / 10 : units;
        long minutes = seconds / 60 % 60;
        long secs = seconds % 60;
        StringBuilder text = new StringBuilder(12);
        String suffix = "";
        if (clock.hours) {
            long hours = clock.elapsed ? seconds / 3600 : seconds / 3600 % 24;
            if (clock.twelveHour && !clock.elapsed) {
                suffix = hours < 12 ? " AM" : " PM";
                hours = hours % 12 == 0 ? 12 : hours % 12;
            }
            if (clock.padHours && hours < 10) {
                text.append('0');
            }
            text.append(hours).append(':');
            appendTwo(text, minutes);
        } else {
            appendTwo(text, clock.elapsed ? seconds / 60 : minutes);
        }
        if (clock.seconds) {
            text.append(':');
            appendTwo(text, secs);
            if (clock.tenths) {
                text.append('.').append(units % 10);
            }
        }
        return text.append(suffix).toString();
    }

    private static void appendTwo(StringBuilder text, long value) {
        if (value < 10) {
            text.append('0');
        }
        text.append(value);
    }

    /** The form Partner Center takes: M/D/YYYY. */
    private static String mdy(LocalDate date) {
        return date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear();
    }
}
