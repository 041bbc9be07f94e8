package com.cosellstudio.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;

/**
 * Finds the delimiter of a CSV file from its header record (spec section 6): FastCSV reads the
 * first record once with each candidate, and the one that splits it into the most fields wins.
 * A candidate under which the header is not valid CSV counts as no field; on a tie (a one-column
 * header, say) the earlier candidate wins, so comma is the default.
 */
final class CsvDelimiterDetector {
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    /** No header is this long; a quote left open in one then fails fast instead of reading the whole file. */
    private static final int MAX_HEADER_CHARS = 1 << 20;

    private CsvDelimiterDetector() {
    }

    /**
     * @param data    the file, in an ASCII-compatible encoding (the delimiters and quotes are ASCII)
     * @param offset  where the text starts (after a BOM)
     * @param charset how to decode it; any stray bytes only affect cell text, not the split
     */
    static char detect(byte[] data, int offset, Charset charset) {
        char best = CANDIDATES[0];
        int bestFields = -1;
        for (char candidate : CANDIDATES) {
            int fields = headerFields(data, offset, charset, candidate);
            if (fields > bestFields) {
                best = candidate;
                bestFields = fields;
            }
        }
        return best;
    }

    private static int headerFields(byte[] data, int offset, Charset charset, char delimiter) {
        InputStreamReader text = new InputStreamReader(new ByteArrayInputStream(data, offset, data.length - offset), charset);
        try (CsvReader<CsvRecord> csv = CsvRecordReader.builder(delimiter).maxBufferSize(MAX_HEADER_CHARS).ofCsvRecord(text)) {
            Iterator<CsvRecord> records = csv.iterator();
            return records.hasNext() ? records.next().getFieldCount() : 0;
        } catch (CsvParseException notCsvThisWay) {
            return 0;
        } catch (IOException | UncheckedIOException impossible) {
            // Reading a byte array with a replacing decoder cannot fail.
            return 0;
        }
    }
}
