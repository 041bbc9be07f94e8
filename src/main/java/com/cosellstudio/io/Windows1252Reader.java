package com.cosellstudio.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes Windows-1252 the way a stray byte of UTF-8 text is shown ({@link TextEncoding#windows1252}):
 * the five bytes the encoding leaves undefined stand for themselves rather than becoming U+FFFD, so
 * such a byte is kept and shown alike whichever way the file turned out to be read (spec section 6).
 */
final class Windows1252Reader extends Reader {
    private final InputStream in;
    private byte[] bytes = new byte[0];

    Windows1252Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (bytes.length < length) {
            bytes = new byte[length];
        }
        int read = in.read(bytes, 0, length);
        for (int i = 0; i < read; i++) {
            int b = bytes[i] & 0xFF;
            buffer[offset + i] = b < 0x80 ? (char) b : TextEncoding.windows1252(b);
        }
        return read;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
