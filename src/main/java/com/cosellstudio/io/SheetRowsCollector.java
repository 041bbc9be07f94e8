package com.cosellstudio.io;

import com.cosellstudio.domain.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Builds the records of a sheet from POI's streamed cells. Cells land in the column their reference
 * names (skipped cells read as empty), skipped sheet rows become blank records so row numbers still
 * match the sheet, and blank rows after the last filled one (formatting left-overs) are dropped.
 */
final class SheetRowsCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final ReadGuard guard;
    private final List<Row> records = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();
    private int nextSheetRow = -1;
    private int lastSheetRow;
    private String cellType;

    SheetRowsCollector(ReadGuard guard) {
        this.guard = guard;
    }

    /** Carries the guard's refusal out of POI's handler, whose callbacks cannot throw it. */
    static final class Refused extends RuntimeException {
        Refused(UnreadableFileException reason) {
            super(reason.getMessage(), reason, false, false);
        }

        UnreadableFileException reason() {
            return (UnreadableFileException) getCause();
        }
    }

    /** The {@code t} attribute of the cell being read: "b" boolean, "e" error, "s"/"str"/"inlineStr" text, null number. */
    void cellType(String type) {
        this.cellType = type;
    }

    /** 1-based sheet row last started, for messages about damage; 0 before the first. */
    int lastSheetRow() {
        return lastSheetRow;
    }

    /** The header row first, then every record; blank trailing rows removed. */
    List<Row> records() {
        int end = records.size();
        while (end > 1 && records.get(end - 1).isBlank()) {
            end--;
        }
        return end == records.size() ? records : new ArrayList<>(records.subList(0, end));
    }

    @Override
    public void startRow(int rowNum) {
        try {
            // Sheet row 1 is the header: row r is record r - 1 under it.
            guard.recordAtSheetRow(rowNum, rowNum + 1L);
        } catch (UnreadableFileException e) {
            throw new Refused(e);
        }
        if (nextSheetRow >= 0) {
            // Rows the sheet leaves out are blank records; before the header there is nothing to keep.
            for (int missing = nextSheetRow; missing < rowNum; missing++) {
                records.add(new Row(new String[0], missing + 1));
            }
        }
        cells.clear();
        lastSheetRow = rowNum + 1;
    }

    @Override
    public void endRow(int rowNum) {
        records.add(new Row(cells.toArray(new String[0]), rowNum + 1));
        nextSheetRow = rowNum + 1;
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
        while (cells.size() < column) {
            cells.add("");
        }
        String value = valueOf(formattedValue);
        if (column < cells.size()) {
            cells.set(column, value);
        } else {
            cells.add(value);
        }
    }

    private String valueOf(String formatted) {
        if (formatted == null) {
            return "";
        }
        if ("b".equals(cellType)) {
            // POI renders booleans as TRUE/FALSE; the bulk file's Yes/No columns mean the same.
            return "TRUE".equals(formatted) ? "Yes" : "FALSE".equals(formatted) ? "No" : formatted;
        }
        if ("e".equals(cellType) && formatted.startsWith("ERROR:")) {
            return formatted.substring("ERROR:".length());
        }
        if ((cellType == null || "n".equals(cellType)) && (formatted.indexOf('E') > 0 || formatted.indexOf('e') > 0)) {
            // A workbook without styles hands over the raw XML number, which may be "1.2563E4".
            try {
                return new BigDecimal(formatted).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException notANumber) {
                return formatted;
            }
        }
        return formatted;
    }
}
