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
            char decimal = lastComma > lastDot ? ',' : '.';
            char grouping = decimal == ',' ? '.' : ',';
            plain = digits.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (lastComma >= 0) {
            boolean oneComma = digits.indexOf(',') == lastComma;
            boolean decimalComma = oneComma && digits.length() - lastComma - 1 != 3;
            plain = decimalComma ? digits.replace(',', '.') : digits.replace(",", "");
        } else if (lastDot >= 0 && digits.indexOf('.') != lastDot) {
            plain = digits.replace(".", "");
        } else {
            plain = digits;
        }
        return Syntax.isNonNegativeDecimal(plain, 0, plain.length()) ? plain : null;
    }

    /** Letters of currency codes and currency symbols that people type next to amounts. */
    private static boolean isCurrencyMark(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.CURRENCY_SYMBOL;
    }
}
