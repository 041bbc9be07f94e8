package com.cosellstudio.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Line arithmetic on CSV text: how many line breaks a cell holds, on which line the first NUL byte
 * stands, what the n-th line break is. A line break is CR LF, LF or CR alone, counted once, which is how FastCSV numbers lines.
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

    /**
     * The 1-based line of the first NUL byte of {@code in}, a line break being CR LF, LF or CR alone, or -1
     * when there is none. Streams, so a large file is not held for it.
     */
    static int lineOfFirstNul(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int line = 1;
        boolean afterCr = false;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (b == 0) {
                    return line;
                }
                if (b == CR) {
                    line++;
                } else if (b == LF && !afterCr) {
                    line++;
                }
                afterCr = b == CR;
            }
        }
        return -1;
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
