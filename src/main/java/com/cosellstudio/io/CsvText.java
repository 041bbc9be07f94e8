package com.cosellstudio.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 */
final class CsvText {
    /** Enough for any header; also the most the delimiter detection reads of a header. */
    static final int PREFIX_BYTES = 1 << 20;

    private final Path file;
    private final TextEncoding bom;
    /** The transcoded text of a UTF-16 file, or null when the file itself is streamed. */
    private final byte[] transcoded;
    private final long length;
    private final byte[] prefix;

    private CsvText(Path file, TextEncoding bom, byte[] transcoded, long length, byte[] prefix) {
        this.file = file;
        this.bom = bom;
        this.transcoded = transcoded;
        this.length = length;
        this.prefix = prefix;
    }

    /** Reads the first megabyte (and a UTF-16 file whole) and decides the BOM. */
    static CsvText of(Path file) throws IOException {
        long size = Files.size(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes((int) Math.min(size, PREFIX_BYTES + 3L));
        }
        TextEncoding bom = TextEncoding.fromBom(head);
        if (bom != null && bom.isUtf16()) {
            byte[] all = Files.readAllBytes(file);
            String text = new String(all, bom.bomLength(), all.length - bom.bomLength(), bom.charset());
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            return new CsvText(file, bom, utf8, utf8.length, Arrays.copyOf(utf8, Math.min(utf8.length, PREFIX_BYTES)));
        }
        int skip = bom == null ? 0 : bom.bomLength();
        byte[] prefix = Arrays.copyOfRange(head, skip, Math.min(head.length, skip + PREFIX_BYTES));
        return new CsvText(file, bom, null, size - skip, prefix);
    }

    /** The byte order mark found, or null. */
    TextEncoding bom() {
        return bom;
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

    private InputStream rawStream() throws IOException {
        if (transcoded != null) {
            return new ByteArrayInputStream(transcoded);
        }
        // The decoder asks for 8 KB at a time; one system call per 64 KB is cheaper on a large file.
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.skipNBytes(bom == null ? 0 : bom.bomLength());
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
