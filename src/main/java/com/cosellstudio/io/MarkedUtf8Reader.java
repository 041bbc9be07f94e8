package com.cosellstudio.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 that holds stray bytes that are not UTF-8 (a cell pasted from a Windows-1252 file):
 * each such byte comes out as one lone low surrogate, {@code U+DC00} plus the byte, which valid
 * UTF-8 can never decode to. CR, LF, quotes and delimiters are untouched, so the CSV parser splits
 * the text as it would the bytes, and whoever takes a field can find each stray byte in it
 * ({@link #strayByte}). Used only once strict decoding failed: the valid files never pay for it.
 */
final class MarkedUtf8Reader extends Reader {
    private static final int BUFFER = 1 << 16;
    private static final char FIRST_MARK = '\uDC80';
    private static final char LAST_MARK = '\uDCFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    /** Bytes read and not yet decoded (read mode). */
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    /** Characters decoded and not yet handed out (read mode). */
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private boolean endOfInput;
    private boolean flushed;

    MarkedUtf8Reader(InputStream in) {
        this.in = in;
    }

    /**
     * The byte a character of a field stands for when it is the mark of a stray byte, else -1.
     * {@code before} is the character before it in the same field (0 at its start): a low surrogate
     * after a high one is half of a real character.
     */
    static int strayByte(char c, char before) {
        if (c < FIRST_MARK || c > LAST_MARK || Character.isHighSurrogate(before)) {
            return -1;
        }
        return c - '\uDC00';
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            decodeMore();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    private void decodeMore() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0 && !flushed) {
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isMalformed() || result.isUnmappable()) {
                    for (int i = 0; i < result.length() && chars.hasRemaining(); i++) {
                        chars.put((char) ('\uDC00' + (bytes.get() & 0xFF)));
                    }
                } else if (result.isUnderflow()) {
                    if (endOfInput) {
                        decoder.flush(chars);
                        flushed = true;
                    } else {
                        fill();
                    }
                }
            }
        } finally {
            chars.flip();
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        try {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
            }
        } finally {
            bytes.flip();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
