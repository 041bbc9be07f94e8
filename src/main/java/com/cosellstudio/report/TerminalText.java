package com.cosellstudio.report;

/**
 * Text bound for a terminal, made harmless: a control character in a cell (ESC, BEL, a C1 code)
 * would otherwise reach the terminal as a command (clear the screen, set the title, move the
 * cursor) when a message quotes the cell. Each one is shown instead, as {@code \x1B} (tab, line
 * feed and carriage return as {@code \t}, {@code \n}, {@code \r}), so the line stays one line and
 * still says what the cell holds.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** {@code text} with every C0 and C1 control character and DEL spelled out. */
    public static String visible(String text) {
        int at = firstControl(text);
        if (at < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8).append(text, 0, at);
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                shown.append(c);
            } else if (c == '\t') {
                shown.append("\\t");
            } else if (c == '\n') {
                shown.append("\\n");
            } else if (c == '\r') {
                shown.append("\\r");
            } else {
                shown.append("\\x").append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return shown.toString();
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return c < ' ' || c >= '\u007F' && c <= '\u009F';
    }
}
