package com.cosellstudio.io;

import com.cosellstudio.domain.Row;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.Arrays;

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

    /** @param shareValues whether repeated short values should be one shared String */
    CsvRowHandler(boolean shareValues) {
        cache = shareValues ? new ShortValueCache() : null;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
        if (index == fields.length) {
            fields = Arrays.copyOf(fields, index * 2);
        }
        if (cache != null) {
            fields[index] = cache.value(buf, offset, length);
        } else {
            fields[index] = length == 0 ? "" : new String(buf, offset, length);
        }
    }

    /** An empty line: FastCSV counts it as one field without delivering it. */
    @Override
    protected void handleEmpty() {
        fields[0] = "";
    }

    @Override
    protected Row buildRecord() {
        return new Row(Arrays.copyOf(fields, getFieldCount()), (int) getStartingLineNumber());
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
}
