package com.cosellstudio.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What a number format does to the text a numeric cell reads as (spec section 6). The number as
 * stored is the rule ({@link ExcelNumbers#plain}): thousands separators, currency signs and display
 * rounding are decoration the bulk file must not carry. The exceptions are formats that change what
 * the value is to the user: a date ({@code M/D/YYYY}), a time of day, a percentage ({@code 40%}) and
 * zero padding ({@code 00000}: a postal code {@code 2134} is {@code 02134} on screen). A text format
 * ({@code @}) shows a number as General does: as stored. All a format needs is worked out once, when
 * the styles are read; a cell only applies it.
 */
final class CellFormat {
    private enum Kind { GENERAL, DATE, TIME, PERCENT, PADDED }

    static final CellFormat GENERAL = new CellFormat(Kind.GENERAL, 0, null, null, null);

    /** Characters a padded format may show around its zeros without being more than padding. */
    private static final String PADDING_PUNCTUATION = " -()/:+";

    private final Kind kind;
    /** Decimal places of a percentage. */
    private final int decimals;
    /** A padded format's characters as shown, its zero placeholders marked in {@link #placeholder}. */
    private final char[] shape;
    private final boolean[] placeholder;
    private final ExcelNumbers.Clock clock;
    private final int placeholders;

    private CellFormat(Kind kind, int decimals, char[] shape, boolean[] placeholder, ExcelNumbers.Clock clock) {
        this.kind = kind;
        this.decimals = decimals;
        this.shape = shape;
        this.placeholder = placeholder;
        this.clock = clock;
        int zeros = 0;
        for (int i = 0; placeholder != null && i < placeholder.length; i++) {
            zeros += placeholder[i] ? 1 : 0;
        }
        this.placeholders = zeros;
    }

    /** The format of number format {@code id} whose code is {@code code} (null for an unknown built-in one). */
    static CellFormat of(int id, String code) {
        if (code == null) {
            // Built-in formats 27-36 and 50-58 are the East Asian locales' dates; their codes are not written out.
            return (id >= 27 && id <= 36) || (id >= 50 && id <= 58) ? new CellFormat(Kind.DATE, 0, null, null, null) : GENERAL;
        }
        Section section = Section.of(code);
        String bare = section.bare();
        if (DateUtil.isADateFormat(id, code)) {
            boolean timeOnly = bare.indexOf('y') < 0 && bare.indexOf('d') < 0 && (bare.indexOf('h') >= 0 || bare.indexOf('s') >= 0);
            return timeOnly ? new CellFormat(Kind.TIME, 0, null, null, ExcelNumbers.Clock.of(bare))
                    : new CellFormat(Kind.DATE, 0, null, null, null);
        }
        if (bare.indexOf('%') >= 0) {
            int point = bare.indexOf('.');
            int places = 0;
            for (int i = point + 1; point >= 0 && i < bare.length() && (bare.charAt(i) == '0' || bare.charAt(i) == '#'); i++) {
                places++;
            }
            return new CellFormat(Kind.PERCENT, places, null, null, null);
        }
        if (section.isZeroPadding()) {
            return new CellFormat(Kind.PADDED, 0, section.chars, section.placeholders(), null);
        }
        return GENERAL;
    }

    /**
     * The text of a numeric cell that stores {@code stored} (the XML's number text), shown through
     * this format; {@code date1904} says which day a date serial counts from.
     */
    String text(String stored, boolean date1904) {
        return switch (kind) {
            case GENERAL -> ExcelNumbers.plain(stored);
            case DATE -> ExcelNumbers.date(stored, date1904);
            case TIME -> ExcelNumbers.time(stored, clock);
            case PERCENT -> percent(stored);
            case PADDED -> padded(stored);
        };
    }

    private String percent(String stored) {
        BigDecimal value = ExcelNumbers.decimal(stored);
        if (value == null) {
            return ExcelNumbers.plain(stored);
        }
        return value.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** {@code 2134} through {@code 00000} is "02134"; through {@code 00000\-0000} 21340000 is "02134-0000". */
    private String padded(String stored) {
        BigDecimal value = ExcelNumbers.decimal(stored);
        if (value == null) {
            return ExcelNumbers.plain(stored);
        }
        BigDecimal whole = value.setScale(0, RoundingMode.HALF_UP);
        String digits = whole.abs().toPlainString();
        int padding = Math.max(0, placeholders - digits.length());
        int overflow = Math.max(0, digits.length() - placeholders);
        StringBuilder text = new StringBuilder(shape.length + overflow + 1);
        if (whole.signum() < 0) {
            text.append('-');
        }
        // Digits beyond the placeholders all go into the first one, as a spreadsheet shows them.
        int next = 0;
        for (int i = 0; i < shape.length; i++) {
            if (!placeholder[i]) {
                text.append(shape[i]);
                continue;
            }
            for (int end = next == 0 ? overflow + 1 : next + 1; next < end; next++) {
                text.append(next < padding ? '0' : digits.charAt(next - padding));
            }
        }
        return text.toString();
    }

    /**
     * The part of a format code for positive numbers, colours and conditions ({@code [Red]}) left out,
     * as characters each marked as literal (quoted or escaped: shown as is) or as the format's own.
     */
    private record Section(char[] chars, boolean[] literal) {
        static Section of(String code) {
            char[] chars = new char[code.length()];
            boolean[] literal = new boolean[code.length()];
            int n = 0;
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == ';') {
                    break;
                } else if (c == '"') {
                    int end = code.indexOf('"', i + 1);
                    end = end < 0 ? code.length() : end;
                    for (int j = i + 1; j < end; j++, n++) {
                        chars[n] = code.charAt(j);
                        literal[n] = true;
                    }
                    i = end;
                } else if (c == '\\' && i + 1 < code.length()) {
                    chars[n] = code.charAt(++i);
                    literal[n++] = true;
                } else if (c == '[') {
                    int end = code.indexOf(']', i);
                    if (end < 0) {
                        break;
                    }
                    // An elapsed-time bracket ([h], [mm]) is part of the pattern; colours and conditions are not.
                    if (isElapsed(code, i + 1, end)) {
                        for (int j = i; j <= end; j++) {
                            chars[n++] = code.charAt(j);
                        }
                    }
                    i = end;
                } else {
                    chars[n++] = c;
                }
            }
            return new Section(Arrays.copyOf(chars, n), Arrays.copyOf(literal, n));
        }

        private static boolean isElapsed(String code, int from, int to) {
            for (int i = from; i < to; i++) {
                if ("hHmMsS".indexOf(code.charAt(i)) < 0) {
                    return false;
                }
            }
            return to > from;
        }

        /** The format's own characters, lower case, literals left out. */
        String bare() {
            StringBuilder bare = new StringBuilder(chars.length);
            for (int i = 0; i < chars.length; i++) {
                if (!literal[i]) {
                    bare.append(chars[i]);
                }
            }
            return bare.toString().toLowerCase(Locale.ROOT);
        }

        /**
         * Whether it pads an integer with zeros: at least two {@code 0} placeholders and otherwise
         * only literals or punctuation ({@code 00000}, {@code 000000000}, {@code 00000\-0000}).
         */
        boolean isZeroPadding() {
            int zeros = 0;
            for (int i = 0; i < chars.length; i++) {
                if (literal[i]) {
                    continue;
                }
                if (chars[i] == '0') {
                    zeros++;
                } else if (PADDING_PUNCTUATION.indexOf(chars[i]) < 0) {
                    return false;
                }
            }
            return zeros >= 2;
        }

        boolean[] placeholders() {
            boolean[] zeros = new boolean[chars.length];
            for (int i = 0; i < chars.length; i++) {
                zeros[i] = !literal[i] && chars[i] == '0';
            }
            return zeros;
        }
    }
}
