package com.cosellstudio.io;

import com.cosellstudio.domain.Row;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads every record of a CSV text with FastCSV, strictly by RFC 4180: a quoted field must end at
 * its closing quote, and a quote left open at the end of the file is refused. A quote inside an
 * unquoted field ({@code 27" monitors}) is an ordinary character. Blank lines stay, so row numbers
 * match the file.
 */
final class CsvRecordReader {
    /**
     * Room FastCSV's buffer needs beyond the longest field (it reads 8 K characters at a time). The
     * buffer may grow to the whole text plus this: a field is never too long to read, so a quote
     * left open early in a big file is reported as such, not as an overflowing buffer.
     */
    private static final int BUFFER_HEADROOM = 64 * 1024;
    /**
     * Memory held while reading and let go when memory runs out, so that stopping and saying so
     * has room: at that moment every byte is taken by the rows read.
     */
    private static final int RESERVE_BYTES = 1 << 20;

    private CsvRecordReader() {
    }

    /** FastCSV configured the way bulk files are read: ragged and blank records kept, no comments, strict quotes. */
    static CsvReader.CsvReaderBuilder builder(char delimiter) {
        return CsvReader.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .skipEmptyLines(false)
                .allowUnclosedQuote(false)
                .trimWhitespacesAroundQuotes(false)
                .detectBomHeader(false);
    }

    /** How the bytes of the text become characters. */
    enum Decoding {
        /** UTF-8, giving up on the first byte that is not ({@link NotUtf8Exception}): no BOM vouched for it. */
        STRICT_UTF8,
        /**
         * UTF-8 whose stray bytes are read as the Windows-1252 characters they would be, each cell
         * holding one noted with a {@link com.cosellstudio.domain.ReadFault} (spec section 6).
         */
        MARKED_UTF8,
        WINDOWS_1252
    }

    /**
     * Hands every record in file order, the header first, blank records included, to {@code records}
     * as it is parsed; nothing is kept here.
     *
     * @param text        the text in an ASCII-compatible encoding (UTF-8 or Windows-1252), from its
     *                    first byte after any BOM; closed when done
     * @param length      bytes of text, so that a field is never too long for the parser's buffer
     * @param shareValues whether repeated short values become one shared String (see {@link RowSink#keepsRows()})
     * @throws CsvText.BinaryDataException when {@code text} refuses a NUL byte
     * @throws NoMemoryException           when memory ran out (the file is too big for it, not wrong)
     */
    static void read(Path file, InputStream text, long length, Decoding decoding, char delimiter,
            boolean shareValues, RecordConsumer records)
            throws UnreadableFileException, NotUtf8Exception, CsvText.BinaryDataException, NoMemoryException {
        EndAwareReader chars = new EndAwareReader(reader(text, decoding));
        CsvRowHandler handler = new CsvRowHandler(shareValues, decoding == Decoding.MARKED_UTF8);
        int maxBuffer = (int) Math.min(Integer.MAX_VALUE - 8L, length + BUFFER_HEADROOM);
        byte[][] reserve = {new byte[RESERVE_BYTES]};
        try (CsvReader<Row> csv = builder(delimiter).maxBufferSize(maxBuffer).build(handler, chars)) {
            for (Row row : csv) {
                records.accept(row);
            }
        } catch (CsvParseException e) {
            // FastCSV wraps whatever goes wrong while it parses, running out of memory included.
            if (causedByOutOfMemory(e)) {
                reserve[0] = null;
                throw new NoMemoryException(handler.currentFieldLine());
            }
            // Only at the end of the text can a quote be known never to close; any other parse
            // failure is text after a closing quote (the one irregularity strict FastCSV refuses).
            String key = chars.reachedEnd() ? "csv.unclosedQuote" : "csv.textAfterQuote";
            throw IoMessages.unreadable(e, key, file, handler.currentFieldLine());
        } catch (OutOfMemoryError e) {
            reserve[0] = null;
            throw new NoMemoryException(handler.currentFieldLine());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new NotUtf8Exception();
            }
            if (e.getCause() instanceof CsvText.BinaryDataException binary) {
                throw binary;
            }
            throw IoMessages.unreadable(e, "file.cannotRead", file, IoMessages.reason(e.getCause()));
        } catch (CsvText.BinaryDataException e) {
            throw e;
        } catch (IOException e) {
            throw IoMessages.unreadable(e, "file.cannotRead", file, IoMessages.reason(e));
        } finally {
            Reference.reachabilityFence(reserve);
        }
    }

    private static boolean causedByOutOfMemory(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** Takes each record as it is parsed; may refuse the file (a limit passed, the read cancelled). */
    @FunctionalInterface
    interface RecordConsumer {
        void accept(Row record) throws UnreadableFileException;
    }

    private static Reader reader(InputStream text, Decoding decoding) {
        return switch (decoding) {
            case STRICT_UTF8 -> new InputStreamReader(text, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            case MARKED_UTF8 -> new MarkedUtf8Reader(text);
            case WINDOWS_1252 -> new InputStreamReader(text, TextEncoding.WINDOWS_1252.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        };
    }

    /** A reader that remembers whether its text has run out. */
    private static final class EndAwareReader extends FilterReader {
        private boolean reachedEnd;

        EndAwareReader(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            reachedEnd |= read < 0;
            return read;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            reachedEnd |= read < 0;
            return read;
        }

        boolean reachedEnd() {
            return reachedEnd;
        }
    }

    /** Memory ran out while reading, on the line given: the file is too big for it, not wrong. */
    static final class NoMemoryException extends Exception {
        final long line;

        NoMemoryException(long line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    /** Signals that the bytes are not UTF-8 after all, so the file is read again another way. */
    static final class NotUtf8Exception extends Exception {
        NotUtf8Exception() {
            super(null, null, false, false);
        }
    }
}
