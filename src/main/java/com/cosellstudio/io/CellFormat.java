package com.cosellstudio.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What a number format does to the text a numeric cell reads as (spec section 6). The number as
 * stored is the rule ({@link ExcelNumbers#plain}): thousands separators, currency signs and display
 * rounding are decoration the bulk file must not carry. The exceptions are formats that change what
 * the value is to the user: a date ({@code M/D/YYYY}), a time of day, a percentage ({@code 40%}) and
 * zero padding ({@code 00000}: a postal code {@code 2134} is {@code 02134} on screen). A text format
 * ({@code @}) shows a number as General does: as stored.
 */
final class CellFormat {
    enum Kind { GENERAL, DATE, TIME, PERCENT, PADDED }

    static final CellFormat GENERAL = new CellFormat(Kind.GENERAL, null, 0);

    private final Kind kind;
    /** The format's first section without colours and conditions: the pattern of a padded or time format. */
    private final String pattern;
    /** Decimal places of a percentage. */
    private final int decimals;

    private CellFormat(Kind kind, String pattern, int decimals) {
        this.kind = kind;
        this.pattern = pattern;
        this.decimals = decimals;
    }

    Kind kind() {
        return kind;
    }

    /** The format of number format {@code id} whose code is {@code code} (null for an unknown built-in one). */
    static CellFormat of(int id, String code) {
        if (code == null) {
            // Built-in formats 27-36 and 50-58 are the East Asian locales' dates; their codes are not written out.
            return (id >= 27 && id <= 36) || (id >= 50 && id <= 58) ? new CellFormat(Kind.DATE, "", 0) : GENERAL;
        }
        String section = firstSection(code);
        if (DateUtil.isADateFormat(id, code)) {
            return new CellFormat(isTimeOnly(section) ? Kind.TIME : Kind.DATE, section, 0);
        }
        if (section.indexOf('%') >= 0) {
            int point = section.indexOf('.');
            int places = 0;
            for (int i = point + 1; point >= 0 && i < section.length() && (section.charAt(i) == '0' || section.charAt(i) == '#'); i++) {
                places++;
            }
            return new CellFormat(Kind.PERCENT, section, places);
        }
        if (isZeroPadding(section)) {
            return new CellFormat(Kind.PADDED, section, 0);
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
            case TIME -> ExcelNumbers.time(stored, pattern);
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
        String digits = value.setScale(0, RoundingMode.HALF_UP).abs().toPlainString();
        int placeholders = 0;
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '0') {
                placeholders++;
            }
        }
        if (digits.length() < placeholders) {
            digits = "0".repeat(placeholders - digits.length()) + digits;
        }
        StringBuilder text = new StringBuilder(pattern.length() + 4);
        if (value.signum() < 0 && !value.setScale(0, RoundingMode.HALF_UP).equals(BigDecimal.ZERO)) {
            text.append('-');
        }
        // Digits beyond the placeholders all go into the first one, as a spreadsheet shows them.
        int next = 0;
        int overflow = digits.length() - placeholders;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '0') {
                int take = next == 0 ? overflow + 1 : 1;
                text.append(digits, next, next + take);
                next += take;
            } else if (c == '\\' && i + 1 < pattern.length()) {
                text.append(pattern.charAt(++i));
            } else if (c == '"') {
                int end = pattern.indexOf('"', i + 1);
                text.append(pattern, i + 1, end);
                i = end;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** The part of a format code for positive numbers, colours and conditions ({@code [Red]}) left out. */
    private static String firstSection(String code) {
        StringBuilder section = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == ';') {
                break;
            } else if (c == '"') {
                int end = code.indexOf('"', i + 1);
                end = end < 0 ? code.length() - 1 : end;
                section.append(code, i, end + 1);
                i = end;
            } else if (c == '\\' && i + 1 < code.length()) {
                section.append(c).append(code.charAt(++i));
            } else if (c == '[') {
                int end = code.indexOf(']', i);
                if (end < 0) {
                    break;
                }
                String bracket = code.substring(i, end + 1);
                // An elapsed-time bracket ([h], [mm]) is part of the pattern; colours and conditions are not.
                if (bracket.matches("\\[[hHmMsS]+\\]")) {
                    section.append(bracket);
                }
                i = end;
            } else {
                section.append(c);
            }
        }
        return section.toString();
    }

    /** Whether a date format shows a time of day only (hours, minutes, seconds: no year, month or day). */
    private static boolean isTimeOnly(String section) {
        String bare = section.replaceAll("\"[^\"]*\"|\\\\.", "").toLowerCase(java.util.Locale.ROOT);
        return bare.indexOf('y') < 0 && bare.indexOf('d') < 0 && (bare.indexOf('h') >= 0 || bare.indexOf('s') >= 0);
    }

    /**
     * Whether a format section pads an integer with zeros: at least two {@code 0} placeholders and
     * otherwise only text shown as is ({@code 00000}, {@code 000000000}, {@code 00000\-0000}).
     */
    private static boolean isZeroPadding(String section) {
        int zeros = 0;
        for (int i = 0; i < section.length(); i++) {
            char c = section.charAt(i);
            if (c == '0') {
                zeros++;
            } else if (c == '\\') {
                i++;
            } else if (c == '"') {
                int end = section.indexOf('"', i + 1);
                if (end < 0) {
                    return false;
                }
                i = end;
            } else if (" -()/:+".indexOf(c) < 0) {
                return false;
            }
        }
        return zeros >= 2;
    }
}
