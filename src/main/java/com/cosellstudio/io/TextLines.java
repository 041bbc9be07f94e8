package com.cosellstudio.io;

/**
 * Line arithmetic on CSV text: where a line starts, which line a byte is on, what the n-th line
 * break is. A line break is CR LF, LF or CR alone, counted once, which is how FastCSV numbers lines.
 * The byte methods work on an ASCII-compatible encoding (UTF-8, Windows-1252), where CR and LF
 * bytes are always those characters. Nothing here knows about quotes: that is FastCSV's business.
 */
final class TextLines {
    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private TextLines() {
    }

    /** How many line breaks {@code text} holds. */
    static int countLineBreaks(String text) {
        int breaks = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == length || text.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }

    /** The 1-based line, counting from {@code from}, that byte {@code position} stands on. */
    static int lineOf(byte[] data, int from, int position) {
        int line = 1;
        int pos = from;
        while (pos < position) {
            int end = breakLength(data, pos);
            pos += Math.max(end, 1);
            if (end > 0) {
                line++;
            }
        }
        return line;
    }

    /** The {@code n}-th (1-based) line break after {@code from}: "\r\n", "\n" or "\r"; null when there are fewer. */
    static String lineBreak(byte[] data, int from, int n) {
        int seen = 0;
        for (int pos = from; pos < data.length; pos++) {
            int length = breakLength(data, pos);
            if (length > 0 && ++seen == n) {
                return length == 2 ? "\r\n" : data[pos] == CR ? "\r" : "\n";
            }
            pos += Math.max(length - 1, 0);
        }
        return null;
    }

    /** The position of the first NUL byte at or after {@code from}, or -1. */
    static int indexOfNul(byte[] data, int from) {
        for (int pos = from; pos < data.length; pos++) {
            if (data[pos] == 0) {
                return pos;
            }
        }
        return -1;
    }

    /** Bytes of the line break at {@code pos}: 2 for CR LF, 1 for CR or LF, 0 for none. */
    private static int breakLength(byte[] data, int pos) {
        byte b = data[pos];
        if (b == LF) {
            return 1;
        }
        if (b == CR) {
            return pos + 1 < data.length && data[pos + 1] == LF ? 2 : 1;
        }
        return 0;
    }
}
