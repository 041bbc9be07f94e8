package com.cosellstudio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.ShippedReader;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export to Excel: every cell text, read back by our own reader unchanged; messages as comments; a frozen header. */
class TextWorkbookWriterTest {
    @TempDir
    Path folder;

    @BeforeAll
    static void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private static final List<String> HEADER = List.of("Customer Postal Code", "Estimated Close Date", "CRM ID",
            "Deal Name", "Notes", "Customer City");

    private static List<Row> hostileRows() {
        String longNote = "Долгая заметка, line after line. ".repeat(400);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(new String[] {"02134", "1/30/2028", "1234567890123456789", "=SUM(A1:A2)", longNote, "Москва"}, 2));
        rows.add(new Row(new String[] {"081466849", "01/30/28", "1.23456789012346E+18", "+7 495 123", "-dash", "@home"}, 3));
        rows.add(new Row(new String[] {"", "2027-01-30", "00042", "  spaced  ", "line one\nline two", "Zoë & Co <b>"}, 4));
        rows.add(new Row(new String[] {"TRUE", "45321", "0.10", "1E5", "'quoted", ""}, 5));
        return rows;
    }

    @Test
    void everyCellReadsBackUnchangedThroughOurReader() throws Exception {
        Path xlsx = folder.resolve("export.xlsx");
        List<Row> rows = hostileRows();
        TextWorkbookWriter.write(xlsx, HEADER, rows, (row, column) -> row == 0 && column == 1 ? "Date in the past" : null);
        BulkFile back = ShippedReader.reader().read(xlsx);
        assertEquals(HEADER, back.header());
        assertEquals(rows.size(), back.rowCount());
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < HEADER.size(); c++) {
                assertEquals(rows.get(i).get(c), back.rows().get(i).get(c), "row " + (i + 1) + " column " + HEADER.get(c));
            }
        }
        assertTrue(back.rows().get(0).faults().isEmpty());
    }

    @Test
    void cellsAreTextWithCommentsUnderAFrozenHeader() throws Exception {
        Path xlsx = folder.resolve("export.xlsx");
        TextWorkbookWriter.write(xlsx, HEADER, hostileRows(),
                (row, column) -> row == 1 && column == 2 ? "Scientific notation: the digits are lost" : null);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertNotNull(sheet.getPaneInformation());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            for (int r = 0; r <= 4; r++) {
                for (Cell cell : sheet.getRow(r)) {
                    assertEquals("@", cell.getCellStyle().getDataFormatString(), "cell " + cell.getAddress());
                    assertFalse(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA);
                }
            }
            assertEquals(1, sheet.getCellComments().size());
            assertEquals("=SUM(A1:A2)", sheet.getRow(1).getCell(3).getStringCellValue());
            assertEquals("Scientific notation: the digits are lost",
                    sheet.getRow(2).getCell(2).getCellComment().getString().getString());
            assertNull(sheet.getRow(1).getCell(2).getCellComment());
        }
    }

    @Test
    void aCellTooLongForExcelIsRefusedAndTheTargetKept() throws Exception {
        Path xlsx = folder.resolve("export.xlsx");
        Files.writeString(xlsx, "before");
        List<Row> rows = List.of(new Row(new String[] {"x".repeat(40_000)}, 2));
        java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> TextWorkbookWriter.write(xlsx, List.of("Notes"), rows, (r, c) -> null));
        assertTrue(refused.getMessage().contains("A2"), refused.getMessage());
        assertEquals("before", Files.readString(xlsx));
    }
}
