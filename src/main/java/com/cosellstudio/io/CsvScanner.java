package com.cosellstudio.io;

import com.cosellstudio.domain.Row;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Splits the bytes of a CSV file (in an ASCII-compatible encoding: UTF-8 or Windows-1252) into
 * records and fields in one pass, without copying lines.
 *
 * <p>Framing rests on one RFC 4180 property: a delimiter or line break ends a field or record only
 * outside quotes, and whether a position is inside quotes is the parity of the quote characters
 * before it in the record (a doubled quote flips twice). That is also how OpenCSV's parser decides,
 * so both agree on where cells begin and end; turning a field's bytes into its value is
 * {@link CsvCellDecoder}'s job (a record with irregular quoting goes to OpenCSV whole). Line breaks inside quoted
 * fields are kept as they are, CR LF included.
 */
final class CsvScanner {
    private static final byte ORDINARY = 0;
    private static final byte QUOTE = 1;
    private static final byte DELIMITER = 2;
    private static final byte LF = 3;
    private static final byte CR = 4;
    private static final byte NUL = 5;
    /** Report progress every this many records: often enough for a progress bar, cheap enough not to matter. */
    private static final int PROGRESS_EVERY = 2048;

    private final byte[] classes = new byte[256];
    private final byte[] data;
    private final int offset;
    private final Path file;
    private final CsvCellDecoder decoder;

    /**
     * @param data      the whole file
     * @param offset    where the text starts (after a BOM)
     * @param delimiter the field separator
     */
    CsvScanner(byte[] data, int offset, char delimiter, CsvCellDecoder decoder, Path file) {
        this.data = data;
        this.offset = offset;
        this.decoder = decoder;
        this.file = file;
        classes['"'] = QUOTE;
        classes[delimiter] = DELIMITER;
        classes['\n'] = LF;
        classes['\r'] = CR;
        classes[0] = NUL;
    }

    /**
     * Every record in file order, the header first, blank records included. A line break at the very
     * end of the file ends the last record; it does not start an empty one.
     */
    List<Row> records(DoubleConsumer progress) throws UnreadableFileException, CsvCellDecoder.NotUtf8Exception {
        final byte[] bytes = data;
        final byte[] cls = classes;
        final int end = bytes.length;
        List<Row> records = new ArrayList<>(Math.max(16, (end - offset) / 256));
        String[] fields = new String[64];
        int fieldCount = 0;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        int fieldStart = offset;
        int recordStart = offset;
        int quotes = 0;
        boolean inQuotes = false;
        boolean irregular = false;

        for (int pos = offset; pos < end; pos++) {
            byte kind = cls[bytes[pos] & 0xFF];
            if (kind == ORDINARY) {
                continue;
            }
            switch (kind) {
                case QUOTE:
                    quotes++;
                    inQuotes = !inQuotes;
                    if (inQuotes) {
                        quoteLine = line;
                    }
                    break;
                case DELIMITER:
                    if (!inQuotes) {
                        if (fieldCount == fields.length) {
                            fields = Arrays.copyOf(fields, fieldCount * 2);
                        }
                        String cell = decoder.cell(bytes, fieldStart, pos, quotes);
                        irregular |= cell == null;
                        fields[fieldCount++] = cell;
                        fieldStart = pos + 1;
                        quotes = 0;
                    }
                    break;
                case LF:
                case CR:
                    int breakStart = pos;
                    if (kind == CR && pos + 1 < end && bytes[pos + 1] == '\n') {
                        pos++;
                    }
                    line++;
                    if (!inQuotes) {
                        if (fieldCount == fields.length) {
                            fields = Arrays.copyOf(fields, fieldCount * 2);
                        }
                        String cell = decoder.cell(bytes, fieldStart, breakStart, quotes);
                        fields[fieldCount++] = cell;
                        records.add(new Row(irregular || cell == null
                                ? decoder.irregularRecord(bytes, recordStart, breakStart)
                                : Arrays.copyOf(fields, fieldCount), recordLine));
                        irregular = false;
                        fieldCount = 0;
                        fieldStart = pos + 1;
                        recordStart = pos + 1;
                        quotes = 0;
                        recordLine = line;
                        if (progress != null && records.size() % PROGRESS_EVERY == 0) {
                            progress.accept((double) (pos - offset) / (end - offset));
                        }
                    }
                    break;
                default: // NUL: no text file holds one
                    throw IoMessages.unreadable("file.binary", file, line);
            }
        }
        if (inQuotes) {
            throw IoMessages.unreadable("csv.unclosedQuote", file, quoteLine);
        }
        if (fieldStart < end || fieldCount > 0) {
            if (fieldCount == fields.length) {
                fields = Arrays.copyOf(fields, fieldCount + 1);
            }
            String cell = decoder.cell(bytes, fieldStart, end, quotes);
            fields[fieldCount++] = cell;
            records.add(new Row(irregular || cell == null
                    ? decoder.irregularRecord(bytes, recordStart, end)
                    : Arrays.copyOf(fields, fieldCount), recordLine));
        }
        return records;
    }

    /**
     * The delimiter of the header line: whichever of {@code , ; TAB |} occurs most often outside
     * quotes before the first line break outside quotes (comma on a tie or when none occurs).
     */
    static char detectDelimiter(byte[] data, int offset) {
        char[] candidates = {',', ';', '\t', '|'};
        int[] counts = new int[candidates.length];
        boolean inQuotes = false;
        for (int pos = offset; pos < data.length; pos++) {
            byte b = data[pos];
            if (b == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes) {
                if (b == '\n' || b == '\r') {
                    break;
                }
                for (int i = 0; i < candidates.length; i++) {
                    if (b == candidates[i]) {
                        counts[i]++;
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i < candidates.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return candidates[best];
    }

    /** The line break ending the header line ("\r\n", "\n", "\r"), or null when the file is one line. */
    static String detectLineEnding(byte[] data, int offset) {
        boolean inQuotes = false;
        for (int pos = offset; pos < data.length; pos++) {
            byte b = data[pos];
            if (b == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && b == '\n') {
                return "\n";
            } else if (!inQuotes && b == '\r') {
                return pos + 1 < data.length && data[pos + 1] == '\n' ? "\r\n" : "\r";
            }
        }
        return null;
    }
}
