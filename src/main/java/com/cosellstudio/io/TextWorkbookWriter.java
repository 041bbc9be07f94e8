package com.cosellstudio.io;

import com.cosellstudio.domain.Row;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Export to Excel: an .xlsx in which every cell is text (the number format {@code @}), so that
 * Excel shows and keeps dates, leading zeros and long IDs exactly as they are, with each cell's
 * messages as a cell comment and the header row frozen. Written streaming (SXSSF: a window of rows
 * in memory) through {@link AtomicFiles}, so a big file needs little memory and a failed export
 * leaves the target as it was. Our reader reads every cell of it back unchanged.
 */
public final class TextWorkbookWriter {
    /** How many rows SXSSF keeps in memory before it flushes them to its temporary file. */
    private static final int ROWS_IN_MEMORY = 500;
    private static final String AUTHOR = "Co-sell Studio";
    private static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /** The note of a cell, or null for none. */
    @FunctionalInterface
    public interface CellNotes {
        /**
         * @param rowIndex 0-based data row (the header is not counted)
         * @param column   0-based column
         */
        String noteAt(int rowIndex, int column);
    }

    private TextWorkbookWriter() {
    }

    /**
     * Writes {@code header} and {@code rows} to {@code target}.
     *
     * @throws IOException with a one-line message naming the target (or the cell too long for Excel)
     */
    public static void write(Path target, List<String> header, List<Row> rows, CellNotes notes) throws IOException {
        AtomicFiles.write(target, out -> writeTo(out, target, header, rows, notes));
    }

    private static void writeTo(OutputStream out, Path target, List<String> header, List<Row> rows, CellNotes notes)
            throws IOException {
        // Inline strings, not a shared-strings table: nothing of the file is held in memory but the window of rows.
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, false);
        try {
            SXSSFSheet sheet = workbook.createSheet("Sheet1");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle title = workbook.createCellStyle();
            title.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            title.setFont(bold);
            sheet.createFreezePane(0, 1);
            CreationHelper helper = workbook.getCreationHelper();
            Drawing<?> drawing = sheet.createDrawingPatriarch();

            int width = header.size();
            org.apache.poi.ss.usermodel.Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                put(top.createCell(c), header.get(c), title, target, 1, c);
            }
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                width = Math.max(width, row.size());
                org.apache.poi.ss.usermodel.Row line = sheet.createRow(i + 1);
                for (int c = 0; c < Math.max(row.size(), header.size()); c++) {
                    Cell cell = line.createCell(c);
                    put(cell, row.get(c), text, target, i + 2, c);
                    String note = notes.noteAt(i, c);
                    if (note != null && !note.isEmpty()) {
                        cell.setCellComment(comment(helper, drawing, note, i + 1, c));
                    }
                }
            }
            // Cells typed into the workbook later are text too.
            for (int c = 0; c < width; c++) {
                sheet.setDefaultColumnStyle(c, text);
                sheet.setColumnWidth(c, 18 * 256);
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void put(Cell cell, String value, CellStyle style, Path target, int line, int column) throws IOException {
        cell.setCellStyle(style);
        if (value.isEmpty()) {
            return;
        }
        if (value.length() > MAX_CELL) {
            throw new IOException(IoMessages.format("xlsx.export.cellTooLong", target,
                    new CellReference(line - 1, column).formatAsString(), MAX_CELL));
        }
        cell.setCellValue(value);
    }

    private static Comment comment(CreationHelper helper, Drawing<?> drawing, String note, int row, int column) {
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(column + 1);
        anchor.setCol2(column + 4);
        anchor.setRow1(row);
        anchor.setRow2(row + 4);
        Comment comment = drawing.createCellComment(anchor);
        // The box is drawn beside the cell; the comment itself belongs to the cell.
        comment.setAddress(row, column);
        comment.setString(helper.createRichTextString(note));
        comment.setAuthor(AUTHOR);
        return comment;
    }
}
