package com.cosellstudio.io;

import com.cosellstudio.domain.ReadFault;
import com.cosellstudio.domain.Row;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Receives the fields FastCSV parses and makes each record a {@link Row} that remembers the line it
 * started on (FastCSV counts the line breaks inside quoted cells). Short values go through a
 * {@link ShortValueCache} when the rows are kept. An empty line is a row with one empty cell (a blank row that keeps its
 * place in the numbering), as OpenCSV reads it.
 */
final class CsvRowHandler extends AbstractBaseCsvCallbackHandler<Row> {
    /** Null when the rows are not kept: sharing values would then only cost time. */
    private final ShortValueCache cache;
    private String[] fields = new String[64];
    /** Whether the text holds stray bytes marked by {@link MarkedUtf8Reader}, to be found in each field. */
    private final boolean marked;
    /** The cells of the record being parsed that held a stray byte; null while there are none. */
    private List<ReadFault> faults;

    /** The longest field taken. */
    private final int maxChars;

    /**
     * @param shareValues whether repeated short values should be one shared String
     * @param marked      whether the text comes from a {@link MarkedUtf8Reader}
     * @param maxChars    the longest field taken; a longer one stops the parse ({@link CellTooLongException})
     */
    CsvRowHandler(boolean shareValues, boolean marked, int maxChars) {
        cache = shareValues ? new ShortValueCache() : null;
        this.marked = marked;
        this.maxChars = maxChars;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        faults = null;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
        if (length > maxChars) {
            throw new CellTooLongException();
        }
        if (index == fields.length) {
            fields = Arrays.copyOf(fields, index * 2);
        }
        if (marked && unmark(index, buf, offset, length)) {
            return;
        }
        if (cache != null) {
            fields[index] = cache.value(buf, offset, length);
        } else {
            fields[index] = length == 0 ? "" : new String(buf, offset, length);
        }
    }

    /**
     * Turns the stray bytes of a field into the Windows-1252 characters they would be and notes the
     * cell (naming its first stray byte); false when the field holds none.
     */
    private boolean unmark(int index, char[] buf, int offset, int length) {
        int first = -1;
        char before = 0;
        for (int i = offset; i < offset + length && first < 0; i++) {
            first = MarkedUtf8Reader.strayByte(buf[i], before);
            before = buf[i];
        }
        if (first < 0) {
            return false;
        }
        StringBuilder text = new StringBuilder(length);
        before = 0;
        for (int i = offset; i < offset + length; i++) {
            int stray = MarkedUtf8Reader.strayByte(buf[i], before);
            text.append(stray < 0 ? buf[i] : TextEncoding.windows1252(stray));
            before = buf[i];
        }
        fields[index] = text.toString();
        if (faults == null) {
            faults = new ArrayList<>(1);
        }
        faults.add(new ReadFault(index, ReadFault.Kind.ENCODING, String.format(Locale.ROOT, "0x%02X", first)));
        return true;
    }

    /** An empty line: FastCSV counts it as one field without delivering it. */
    @Override
    protected void handleEmpty() {
        fields[0] = "";
    }

    @Override
    protected Row buildRecord() {
        Row row = new Row(Arrays.copyOf(fields, getFieldCount()), (int) getStartingLineNumber());
        if (faults != null) {
            for (ReadFault fault : faults) {
                row.addFault(fault);
            }
        }
        return row;
    }

    /**
     * The line the field being parsed starts on: the record's first line plus the line breaks of
     * the fields already delivered. Meant for when FastCSV fails on a record, to name the line
     * where the offending quoted field opened.
     */
    int currentFieldLine() {
        int line = (int) getStartingLineNumber();
        for (int i = 0; i < getFieldCount(); i++) {
            line += TextLines.countLineBreaks(fields[i]);
        }
        return line;
    }

    /** A field longer than any taken; FastCSV passes it on as the cause of its parse failure. */
    static final class CellTooLongException extends RuntimeException {
        CellTooLongException() {
            super(null, null, false, false);
        }
    }
}
