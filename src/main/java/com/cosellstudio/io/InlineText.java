package com.cosellstudio.io;

/**
 * Collects the text of a string item (a shared string's {@code <si>} or a cell's inline
 * {@code <is>}): the characters of its {@code <t>} elements, plain or in rich text runs, but not
 * those of phonetic runs ({@code <rPh>}). Characters a spreadsheet cannot put in XML are stored
 * escaped ({@code _x000D_} for a carriage return) and are unescaped here.
 */
final class InlineText {
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private int phonetic;

    void start() {
        text.setLength(0);
        inText = false;
        phonetic = 0;
    }

    void startElement(String localName) {
        if ("rPh".equals(localName)) {
            phonetic++;
        } else if ("t".equals(localName) && phonetic == 0) {
            inText = true;
        }
    }

    void endElement(String localName) {
        if ("rPh".equals(localName)) {
            phonetic = Math.max(0, phonetic - 1);
        } else if ("t".equals(localName)) {
            inText = false;
        }
    }

    void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }

    int length() {
        return text.length();
    }

    String finish() {
        inText = false;
        return unescaped(text);
    }

    /** The text as read, its {@code _xHHHH_} escapes undone (most texts have none: no copy is made twice). */
    static String unescaped(StringBuilder text) {
        return text.indexOf("_x") < 0 ? text.toString() : unescape(text);
    }

    /** {@code _xHHHH_} is the character U+HHHH; {@code _x005F_} escapes a literal underscore. */
    static String unescape(CharSequence escaped) {
        StringBuilder out = new StringBuilder(escaped.length());
        int i = 0;
        while (i < escaped.length()) {
            char c = escaped.charAt(i);
            if (c == '_' && i + 6 < escaped.length() && escaped.charAt(i + 1) == 'x' && escaped.charAt(i + 6) == '_'
                    && isHex(escaped, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(escaped.subSequence(i + 2, i + 6).toString(), 16));
                i += 7;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isHex(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
