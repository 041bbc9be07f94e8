package com.cosellstudio.rules;

/**
 * Turns an amount written the way people write amounts ({@code $12,563.50}, {@code 12 563,50},
 * {@code 1.234,5 EUR}) into the plain form Partner Center takes ({@code 12563.50}). Runs only for
 * cells already found wrong.
 */
final class NumberSuggestion {

    private NumberSuggestion() {
    }

    /** True when the text is a number below zero (then there is nothing to suggest). */
    static boolean isNegative(String text) {
        String value = text.strip();
        return value.startsWith("-") && value.length() > 1 && (Syntax.isDigit(value.charAt(1)) || value.charAt(1) == '.');
    }

    /** The plain number meant, or null when the text is no amount at all ("ten"). */
    static String suggest(String text) {
        int firstDigit = -1;
        int lastDigit = -1;
        for (int i = 0; i < text.length(); i++) {
            if (Syntax.isDigit(text.charAt(i))) {
                lastDigit = i;
                firstDigit = firstDigit < 0 ? i : firstDigit;
            }
        }
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inside = i > firstDigit && i < lastDigit;
            if (Syntax.isDigit(c) || c == '.' || c == ',') {
                kept.append(c);
            } else if (c == '-') {
                return null;
            } else if (isCurrencyMark(c) ? inside : !Syntax.isSpace(c) && c != '\'') {
                // a letter between digits ("1e5") is no amount; other marks are noise around it
                return null;
            }
        }
        String digits = kept.toString();
        if (digits.isEmpty()) {
            return null;
        }
        int lastComma = digits.lastIndexOf(',');
        int lastDot = digits.lastIndexOf('.');
        String plain;
        if (lastComma >= 0 && lastDot >= 0) {
            int decimalAt = Math.max(lastComma, lastDot);
            char grouping = decimalAt == lastComma ? '.' : ',';
            String whole = ungroup(digits.substring(0, decimalAt), grouping);
            plain = whole == null ? null : whole + "." + digits.substring(decimalAt + 1);
        } else if (lastComma >= 0) {
            boolean oneComma = digits.indexOf(',') == lastComma;
            boolean decimalComma = oneComma && digits.length() - lastComma - 1 != 3;
            plain = decimalComma ? digits.replace(',', '.') : ungroup(digits, ',');
        } else if (lastDot >= 0 && digits.indexOf('.') != lastDot) {
            plain = ungroup(digits, '.');
        } else {
            plain = digits;
        }
        if (plain == null) {
            return null;
        }
        return Syntax.isNonNegativeDecimal(plain, 0, plain.length()) ? plain : null;
    }

    /** "1,234,567" → "1234567" when every group after the first has three digits; else null. */
    private static String ungroup(String digits, char grouping) {
        int first = digits.indexOf(grouping);
        if (first < 1 || first > 3) {
            return null;
        }
        StringBuilder whole = new StringBuilder(digits.substring(0, first));
        int start = first + 1;
        while (true) {
            int next = digits.indexOf(grouping, start);
            int end = next < 0 ? digits.length() : next;
            if (end - start != 3) {
                return null;
            }
            whole.append(digits, start, end);
            if (next < 0) {
                return whole.toString();
            }
            start = next + 1;
        }
    }

    /** Letters of currency codes and currency symbols that people type next to amounts. */
    private static boolean isCurrencyMark(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.CURRENCY_SYMBOL;
    }
}
