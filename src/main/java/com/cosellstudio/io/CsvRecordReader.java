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
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
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

    /**
     * Hands every record in file order, the header first, blank records included, to {@code records}
     * as it is parsed; nothing is kept here.
     *
     * @param text       the text in an ASCII-compatible encoding (UTF-8 or Windows-1252), from its
     *                   first byte after any BOM; closed when done
     * @param length     bytes of text, so that a field is never too long for the parser's buffer
     * @param strictUtf8 whether bytes that are not UTF-8 should raise {@link NotUtf8Exception}
     *                   (no BOM vouched for the encoding, so it may be Windows-1252) rather than
     *                   read as U+FFFD
     * @param shareValues whether repeated short values become one shared String (see {@link RowSink#keepsRows()})
     * @throws CsvText.BinaryDataException when {@code text} refuses a NUL byte
     */
    static void read(Path file, InputStream text, long length, Charset charset, boolean strictUtf8, char delimiter,
            boolean shareValues, RecordConsumer records) throws UnreadableFileException, NotUtf8Exception, CsvText.BinaryDataException {
        EndAwareReader chars = new EndAwareReader(new InputStreamReader(text, decoder(charset, strictUtf8)));
        CsvRowHandler handler = new CsvRowHandler(shareValues);
        int maxBuffer = (int) Math.min(Integer.MAX_VALUE - 8L, length + BUFFER_HEADROOM);
        try (CsvReader<Row> csv = builder(delimiter).maxBufferSize(maxBuffer).build(handler, chars)) {
            for (Row row : csv) {
                records.accept(row);
            }
        } catch (CsvParseException e) {
            // Only at the end of the text can a quote be known never to close; any other parse
            // failure is text after a closing quote (the one irregularity strict FastCSV refuses).
            String key = chars.reachedEnd() ? "csv.unclosedQuote" : "csv.textAfterQuote";
            throw IoMessages.unreadable(e, key, file, handler.currentFieldLine());
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
        }
    }

    /** Takes each record as it is parsed; may refuse the file (a limit passed, the read cancelled). */
    @FunctionalInterface
    interface RecordConsumer {
        void accept(Row record) throws UnreadableFileException;
    }

    private static CharsetDecoder decoder(Charset charset, boolean strict) {
        CodingErrorAction onError = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        return charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
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

    /** Signals that the bytes are not UTF-8 after all, so the file is read again as Windows-1252. */
    static final class NotUtf8Exception extends Exception {
        NotUtf8Exception() {
            super(null, null, false, false);
        }
    }
}
