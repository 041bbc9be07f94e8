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
     * The most FastCSV may buffer: room for the longest cell taken (as long as a workbook cell may
     * be, so a quote left open early in a big file costs little memory before it is found) and for
     * what FastCSV reads ahead. A power of two, because FastCSV grows its buffer by doubling, and a
     * maximum between two steps makes it fail with an index error instead of its own message.
     */
    private static final int MAX_BUFFER = Integer.highestOneBit(ReadGuard.MAX_CELL_CHARS + (1 << 16) - 1) << 1;
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
     * @param shareValues whether repeated short values become one shared String (see {@link RowSink#keepsRows()})
     * @throws CsvText.BinaryDataException when {@code text} refuses a NUL byte
     * @throws NoMemoryException           when memory ran out (the file is too big for it, not wrong)
     */
    static void read(Path file, InputStream text, Decoding decoding, char delimiter,
            boolean shareValues, RecordConsumer records)
            throws UnreadableFileException, NotUtf8Exception, CsvText.BinaryDataException, NoMemoryException {
        EndAwareReader chars = new EndAwareReader(reader(text, decoding));
        CsvRowHandler handler = new CsvRowHandler(shareValues, decoding == Decoding.MARKED_UTF8, ReadGuard.MAX_CELL_CHARS);
        byte[][] reserve = {new byte[RESERVE_BYTES]};
        try (CsvReader<Row> csv = builder(delimiter).maxBufferSize(MAX_BUFFER).build(handler, chars)) {
            try {
                for (Row row : csv) {
                    records.accept(row);
                }
            } catch (CsvParseException e) {
                if (!causedByOutOfMemory(e)) {
                    // Told apart while the text is still open: telling may read on.
                    throw IoMessages.unreadable(e, parseFailure(file, e, chars), file, handler.currentFieldLine());
                }
                throw e;
            }
        } catch (CsvParseException e) {
            // FastCSV wraps whatever goes wrong while it parses, running out of memory included.
            reserve[0] = null;
            throw new NoMemoryException(handler.currentFieldLine());
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
        return causedBy(e, OutOfMemoryError.class);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The message key for a record FastCSV could not parse. Only at the end of the text can a quote
     * be known never to close. A cell longer than any taken is too long, unless FastCSV's buffer
     * ran over inside a quote that no later quote closes: the file then ends inside it. Any other
     * failure is text after a closing quote (the one irregularity strict FastCSV refuses).
     */
    private static String parseFailure(Path file, CsvParseException e, EndAwareReader chars)
            throws UnreadableFileException, NotUtf8Exception, CsvText.BinaryDataException {
        if (causedBy(e, CsvRowHandler.CellTooLongException.class)) {
            return "csv.cellTooLong";
        }
        if (chars.reachedEnd()) {
            return "csv.unclosedQuote";
        }
        if (e.getMessage() != null && e.getMessage().contains("maximum buffer size")) {
            try {
                return chars.skipPastQuote() ? "csv.cellTooLong" : "csv.unclosedQuote";
            } catch (CharacterCodingException notUtf8) {
                throw new NotUtf8Exception();
            } catch (CsvText.BinaryDataException binary) {
                throw binary;
            } catch (IOException io) {
                throw IoMessages.unreadable(io, "file.cannotRead", file, IoMessages.reason(io));
            }
        }
        return "csv.textAfterQuote";
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
            case WINDOWS_1252 -> new Windows1252Reader(text);
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

        /** Reads on to the next quote: false when the text ends first. */
        boolean skipPastQuote() throws IOException {
            char[] buffer = new char[1 << 13];
            for (int read = read(buffer, 0, buffer.length); read >= 0; read = read(buffer, 0, buffer.length)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '"') {
                        return true;
                    }
                }
            }
            return false;
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
