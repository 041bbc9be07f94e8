package com.cosellstudio.io;

import com.opencsv.CSVParser;
import com.opencsv.CSVParserBuilder;
import com.opencsv.ICSVParser;
import com.opencsv.enums.CSVReaderNullFieldIndicator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of one CSV field, as delimited by {@link CsvScanner}, into the cell string.
 *
 * <p>A field without quotes is its bytes decoded. A regular quoted field ({@code "..."} whose inner
 * quotes are all doubled) is its inner text with {@code ""} made {@code "}. Anything irregular
 * (a quote in the middle of an unquoted field, text after a closing quote) is left to OpenCSV's
 * {@link CSVParser}: {@link #cell} answers null and the scanner hands the whole record to
 * {@link #irregularRecord}, because OpenCSV's reading of such quotes depends on where in the line
 * they stand.
 *
 * <p>Short ASCII values repeat a lot in bulk files ("New", "Accepted", "Yes", "USD", empty cells);
 * a small cache hands back the same String for them, which keeps a 100,000-row file well inside the
 * memory budget and spares the garbage collector millions of copies.
 */
final class CsvCellDecoder {
    private static final int CACHE_SIZE = 4096;
    private static final int CACHE_MAX_LENGTH = 32;
    private static final byte QUOTE = '"';

    private final Charset charset;
    private final boolean utf8;
    private final ICSVParser openCsv;
    private final String[] cache = new String[CACHE_SIZE];

    /**
     * @param checkUtf8 whether to verify that UTF-8 text really is UTF-8 (no BOM vouched for it), so
     *                  that a Windows-1252 file is recognised and read again
     */
    CsvCellDecoder(Charset charset, char delimiter, boolean checkUtf8) {
        this.charset = charset;
        this.utf8 = checkUtf8 && charset.equals(StandardCharsets.UTF_8);
        this.openCsv = new CSVParserBuilder()
                .withSeparator(delimiter)
                .withQuoteChar('"')
                .withEscapeChar(ICSVParser.NULL_CHARACTER)
                .withStrictQuotes(false)
                .withIgnoreLeadingWhiteSpace(false)
                .withIgnoreQuotations(false)
                .withFieldAsNull(CSVReaderNullFieldIndicator.NEITHER)
                .build();
    }

    /**
     * The cell held by bytes {@code [start, end)}; {@code quotes} is how many quote characters the
     * scanner saw in them. Null when the quoting is irregular: then the record goes to
     * {@link #irregularRecord}.
     *
     * @throws NotUtf8Exception when the text was taken for UTF-8 but these bytes are not
     */
    String cell(byte[] data, int start, int end, int quotes) throws NotUtf8Exception {
        int length = end - start;
        if (length == 0) {
            return "";
        }
        if (quotes == 0) {
            return decode(data, start, end);
        }
        if (isRegularQuotedField(data, start, end, quotes)) {
            String inner = decode(data, start + 1, end - 1);
            return quotes == 2 ? inner : inner.replace("\"\"", "\"");
        }
        return null;
    }

    /** {@code "..."} with every inner quote doubled: the RFC 4180 form. */
    private static boolean isRegularQuotedField(byte[] data, int start, int end, int quotes) {
        if (end - start < 2 || data[start] != QUOTE || data[end - 1] != QUOTE) {
            return false;
        }
        if (quotes == 2) {
            return true;
        }
        for (int i = start + 1; i < end - 1; i++) {
            if (data[i] == QUOTE) {
                if (data[i + 1] != QUOTE || i + 1 == end - 1) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** The cells of the record in bytes {@code [start, end)} (line breaks inside quotes included), as OpenCSV reads it. */
    String[] irregularRecord(byte[] data, int start, int end) throws NotUtf8Exception {
        String raw = decodeText(data, start, end - start);
        try {
            String[] parsed = openCsv.parseLine(raw);
            return parsed == null ? new String[] {""} : parsed;
        } catch (IOException e) {
            // The scanner only hands over records whose quotes balance, so this does not happen;
            // should it, the raw text in one cell is the honest thing to show.
            return new String[] {raw};
        }
    }

    private String decode(byte[] data, int start, int end) throws NotUtf8Exception {
        int length = end - start;
        if (length <= CACHE_MAX_LENGTH) {
            int hash = 0;
            int high = 0;
            for (int i = start; i < end; i++) {
                byte b = data[i];
                hash = 31 * hash + b;
                high |= b;
            }
            if (high >= 0) {
                return cachedAscii(data, start, length, hash);
            }
            return decodeText(data, start, length);
        }
        return decodeText(data, start, length);
    }

    private String cachedAscii(byte[] data, int start, int length, int hash) {
        int slot = (hash ^ (hash >>> 12)) & (CACHE_SIZE - 1);
        String known = cache[slot];
        if (known != null && known.length() == length && sameAscii(known, data, start)) {
            return known;
        }
        // ASCII bytes are their own Latin-1 characters: the cheapest way to make a String.
        String made = new String(data, start, length, StandardCharsets.ISO_8859_1);
        cache[slot] = made;
        return made;
    }

    private static boolean sameAscii(String known, byte[] data, int start) {
        for (int i = 0; i < known.length(); i++) {
            if (known.charAt(i) != data[start + i]) {
                return false;
            }
        }
        return true;
    }

    private String decodeText(byte[] data, int start, int length) throws NotUtf8Exception {
        String text = new String(data, start, length, charset);
        // The JDK replaces malformed UTF-8 with U+FFFD; a U+FFFD may also be genuine, so check strictly.
        if (utf8 && text.indexOf('\uFFFD') >= 0 && !TextEncoding.isValidUtf8(data, start, length)) {
            throw new NotUtf8Exception();
        }
        return text;
    }

    /** Signals that the bytes are not UTF-8 after all, so the file is read again as Windows-1252. */
    static final class NotUtf8Exception extends Exception {
        NotUtf8Exception() {
            super(null, null, false, false);
        }
    }
}
