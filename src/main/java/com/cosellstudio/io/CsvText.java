package com.cosellstudio.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The bytes of a CSV file's text, after any byte order mark, in an ASCII-compatible encoding (UTF-8
 * or Windows-1252: CR, LF, quotes and delimiters are single bytes), opened as a stream as often as
 * needed: a file is never held whole. Its first megabyte is at hand for what is decided from the
 * top of the file (the delimiter, the header's line ending).
 *
 * <p>UTF-16 files are the exception: rare and small, they are transcoded to UTF-8 in memory once.
 * They are told by a BOM or, without one, by the zero bytes of their first characters.
 */
final class CsvText {
    /** Enough for any header; also the most the delimiter detection reads of a header. */
    static final int PREFIX_BYTES = 1 << 20;

    private final Path file;
    /** What the first bytes announce: a byte order mark, or UTF-16 without one; null when they announce nothing. */
    private final TextEncoding announced;
    /** The transcoded text of a UTF-16 file, or null when the file itself is streamed. */
    private final byte[] transcoded;
    private final long length;
    private final byte[] prefix;

    private CsvText(Path file, TextEncoding announced, byte[] transcoded, long length, byte[] prefix) {
        this.file = file;
        this.announced = announced;
        this.transcoded = transcoded;
        this.length = length;
        this.prefix = prefix;
    }

    /** Reads the first megabyte (and a UTF-16 file whole) and decides the BOM or UTF-16 without one. */
    static CsvText of(Path file) throws IOException {
        long size = Files.size(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes((int) Math.min(size, PREFIX_BYTES + 3L));
        }
        TextEncoding bom = TextEncoding.fromBom(head);
        TextEncoding utf16 = bom == null ? TextEncoding.sniffUtf16(head) : bom.isUtf16() ? bom : null;
        if (utf16 != null) {
            byte[] all = Files.readAllBytes(file);
            String text = new String(all, utf16.bomLength(), all.length - utf16.bomLength(), utf16.charset());
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            return new CsvText(file, utf16, utf8, utf8.length, Arrays.copyOf(utf8, Math.min(utf8.length, PREFIX_BYTES)));
        }
        int skip = bom == null ? 0 : bom.bomLength();
        byte[] prefix = Arrays.copyOfRange(head, skip, Math.min(head.length, skip + PREFIX_BYTES));
        return new CsvText(file, bom, null, size - skip, prefix);
    }

    /** The encoding the first bytes announce (a byte order mark, or UTF-16 without one), or null. */
    TextEncoding announced() {
        return announced;
    }

    /** Whether the file starts with a byte order mark. */
    boolean hasBom() {
        return announced != null && announced.bomLength() > 0;
    }

    /** Bytes of text (after the BOM). */
    long length() {
        return length;
    }

    /** The first bytes of the text (at most {@link #PREFIX_BYTES}). */
    byte[] prefix() {
        return prefix;
    }

    /** The text from its first byte, refusing NUL bytes as it goes ({@link BinaryDataException}). */
    TextStream open() throws IOException {
        return new TextStream(rawStream());
    }

    /** The line of the first NUL byte in the text, or -1 when there is none: one more pass over the file. */
    int lineOfFirstNul() throws IOException {
        try (InputStream in = rawStream()) {
            return TextLines.lineOfFirstNul(in);
        }
    }

    /**
     * Whether the text holds a valid multi-byte UTF-8 sequence: then a byte that is not UTF-8 is a
     * stray one in a UTF-8 file, not a sign of Windows-1252 (spec section 6). Reads until it finds
     * one, the whole file when there is none.
     */
    boolean holdsUtf8() throws IOException {
        try (Reader in = new MarkedUtf8Reader(rawStream())) {
            char[] buffer = new char[1 << 16];
            char before = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    char c = buffer[i];
                    if (c >= 0x80 && MarkedUtf8Reader.strayByte(c, before) < 0) {
                        return true;
                    }
                    before = c;
                }
            }
            return false;
        }
    }

    private InputStream rawStream() throws IOException {
        if (transcoded != null) {
            return new ByteArrayInputStream(transcoded);
        }
        // The decoder asks for small pieces at a time; fewer, larger system calls are cheaper on a large file.
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.skipNBytes(announced == null ? 0 : announced.bomLength());
        return in;
    }

    /**
     * No text file holds a NUL byte: such a file is binary data, whatever its quotes would say. This
     * stream stops at the first one, before any later record is parsed.
     */
    static final class TextStream extends FilterInputStream {
        private long position;

        TextStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            for (int i = offset; i < offset + read; i++) {
                if (buffer[i] == 0) {
                    throw new BinaryDataException();
                }
            }
            if (read > 0) {
                position += read;
            }
            return read;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b == 0) {
                throw new BinaryDataException();
            }
            if (b >= 0) {
                position++;
            }
            return b;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("not supported: every byte must be looked at");
        }

        /** Bytes delivered so far. */
        long position() {
            return position;
        }
    }

    /** A NUL byte in the text: the file is binary data. */
    static final class BinaryDataException extends IOException {
        BinaryDataException() {
            super("binary data", null);
        }
    }
}
