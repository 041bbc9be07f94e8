package com.cosellstudio.io;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.OutputColumn;
import com.cosellstudio.domain.Row;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Writes an upload-ready CSV (spec section 7): UTF-8 with a BOM so Excel shows non-Latin text right,
 * CR LF line ends, a field quoted only when it holds a comma, a quote or a line break. Which columns
 * go out, in which order and under which header is decided by the caller (the rule engine's
 * {@code ColumnLayout.uploadColumns()}); cells are written exactly as the rows hold them. Blank rows
 * are not written. Every save goes through {@link AtomicFiles}.
 */
public final class UploadCsvWriter {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Writes every non-blank row of {@code file}. */
    public void write(BulkFile file, List<OutputColumn> columns, Path target) throws IOException {
        write(file, columns, file.rows(), null, target);
    }

    /**
     * Writes the given rows in the given order (changed rows only, one part of a split file); blank
     * ones are skipped.
     */
    public void write(BulkFile file, List<OutputColumn> columns, List<Row> rows, Path target) throws IOException {
        write(file, columns, rows, null, target);
    }

    /**
     * The CSV report: every non-blank row with the {@linkplain OutputColumn#errors() errors column}
     * filled from {@code errorsByRow} (1-based row number → semicolon-separated messages, or null for
     * none). {@code columns} must hold that column (a layout's upload columns always do).
     */
    public void writeWithErrors(BulkFile file, List<OutputColumn> columns, IntFunction<String> errorsByRow, Path target)
            throws IOException {
        write(file, columns, file.rows(), errorsByRow, target);
    }

    /** As {@link #writeWithErrors(BulkFile, List, IntFunction, Path)}, for chosen rows in a chosen order. */
    public void writeWithErrors(BulkFile file, List<OutputColumn> columns, List<Row> rows,
            IntFunction<String> errorsByRow, Path target) throws IOException {
        write(file, columns, rows, errorsByRow, target);
    }

    private void write(BulkFile file, List<OutputColumn> columns, List<Row> rows, IntFunction<String> errorsByRow,
            Path target) throws IOException {
        AtomicFiles.write(target, out -> writeTo(out, file, columns, rows, errorsByRow));
    }

    /**
     * The bytes of the file, for callers that stream elsewhere (and for tests).
     *
     * @param errorsByRow null for an upload-ready file (the Errors column, if any, stays empty)
     */
    public void writeTo(OutputStream out, BulkFile file, List<OutputColumn> columns, List<Row> rows,
            IntFunction<String> errorsByRow) throws IOException {
        List<OutputColumn> layout = columns;
        int errorsColumn = -1;
        if (errorsByRow != null) {
            errorsColumn = indexOfErrors(columns);
            if (errorsColumn < 0) {
                throw new IllegalArgumentException("a report needs the errors column among the columns written");
            }
        }
        RowNumbers numbers = errorsByRow == null || rows == file.rows() ? null : new RowNumbers(file);

        out.write(UTF8_BOM);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // Not closed: closing would close the caller's stream; flushed below instead.
        ICSVWriter csv = new CSVWriter(text, ',', ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\r\n");
        String[] line = new String[layout.size()];
        for (int i = 0; i < line.length; i++) {
            line[i] = layout.get(i).header();
        }
        csv.writeNext(line, false);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row.isBlank()) {
                continue;
            }
            for (int i = 0; i < line.length; i++) {
                line[i] = cell(row, layout.get(i));
            }
            if (errorsColumn >= 0) {
                String errors = errorsByRow.apply(numbers == null ? r + 1 : numbers.of(row));
                line[errorsColumn] = errors == null ? "" : errors;
            }
            csv.writeNext(line, false);
        }
        // CSVWriter keeps an I/O failure to itself; checkError flushes and tells.
        if (csv.checkError() && csv.getException() != null) {
            throw csv.getException();
        }
        text.flush();
    }

    /**
     * Tells each of {@code file}'s rows the line it starts on in the upload-ready file {@link
     * #write(BulkFile, List, Path)} made of it, so that a later report's "line N of the file" is a
     * line of that file and not of the one the rows were read from. Quoted line breaks take lines
     * as they do for a reader; a blank row is not in the file (0).
     */
    public void numberLinesAsWritten(BulkFile file, List<OutputColumn> columns) {
        int line = 1;
        for (OutputColumn column : columns) {
            line += TextLines.countLineBreaks(column.header());
        }
        for (Row row : file.rows()) {
            if (row.isBlank()) {
                row.movedTo(0);
                continue;
            }
            line++;
            row.movedTo(line);
            for (OutputColumn column : columns) {
                line += TextLines.countLineBreaks(cell(row, column));
            }
        }
    }

    private static String cell(Row row, OutputColumn column) {
        int source = column.sourceIndex();
        return source < 0 ? "" : row.get(source);
    }

    private static int indexOfErrors(List<OutputColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).errors()) {
                return i;
            }
        }
        return -1;
    }

    /** 1-based row numbers of rows in the document, found by identity (the rows written may be a reordered subset). */
    private static final class RowNumbers {
        private final Map<Row, Integer> index;

        RowNumbers(BulkFile file) {
            List<Row> all = file.rows();
            index = new IdentityHashMap<>(all.size() * 2);
            for (int i = 0; i < all.size(); i++) {
                index.put(all.get(i), i + 1);
            }
        }

        /** The row's number, or 0 for a row that is not (or no longer) in the document. */
        int of(Row row) {
            Integer number = index.get(row);
            return number == null ? 0 : number;
        }
    }
}
