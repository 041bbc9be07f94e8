package com.cosellstudio.io;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed workbook cells become the text a bulk file holds (spec section 6). */
class XlsxReadingTest {
    @TempDir
    Path dir;

    /** A workbook as Excel users make them: typed cells, gaps, formulas, a formatted empty tail. */
    private Path workbook(boolean date1904) throws Exception {
        Path file = dir.resolve("typed.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            if (date1904) {
                var ct = wb.getCTWorkbook();
                (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            }
            CreationHelper helper = wb.getCreationHelper();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(helper.createDataFormat().getFormat("#,##0.00"));
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(helper.createDataFormat().getFormat("@"));

            XSSFSheet sheet = wb.createSheet("deals");
            wb.createSheet("second sheet").createRow(0).createCell(0).setCellValue("ignored");
            XSSFRow header = sheet.createRow(0);
            String[] names = {"Deal Name", "Postal", "Value", "Close", "Formula", "Help", "Gap", "Big"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("Azure migration");
            row.createCell(1).setCellValue("02134");
            row.getCell(1).setCellStyle(text);
            row.createCell(2).setCellValue(12563.0);
            row.getCell(2).setCellStyle(money);
            row.createCell(3).setCellValue(LocalDate.of(2027, 1, 5));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellFormula("C2/2");
            row.createCell(5).setCellValue(true);
            // column G (6) left out: a gap
            row.createCell(7).setCellValue(1.25e7);

            XSSFRow second = sheet.createRow(2);
            second.createCell(0).setCellValue("Second");
            second.createCell(2).setCellValue(84190.40);
            second.createCell(4).setCellFormula("A3&\" deal\"");
            second.createCell(5).setCellValue(false);
            second.createCell(7).setCellValue(0.1);
            // sheet row 4 missing entirely; row 5 holds a deal; rows 6-7 only carry formatting
            sheet.createRow(4).createCell(0).setCellValue("After a gap");
            sheet.createRow(5).createCell(0).setCellStyle(money);
            sheet.createRow(6).createCell(3).setCellStyle(date);

            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void typedCellsReadAsBulkFileText() throws Exception {
        BulkFile file = ShippedReader.reader().read(workbook(false));

        assertEquals(List.of("Deal Name", "Postal", "Value", "Close", "Formula", "Help", "Gap", "Big"), file.header());
        assertEquals(List.of("Azure migration", "02134", "12563", "1/5/2027", "6281.5", "Yes", "", "12500000"),
                List.of(file.row(1).toArray()));
        assertEquals(List.of("Second", "", "84190.4", "", "Second deal", "No", "", "0.1"), List.of(file.row(2).toArray()));
    }

    @Test
    void missingSheetRowsAreBlankRecordsAndTheFormattedTailIsDropped() throws Exception {
        BulkFile file = ShippedReader.reader().read(workbook(false));

        assertEquals(4, file.rowCount());
        assertTrue(file.row(3).isBlank());
        assertEquals(4, file.row(3).sourceLine());
        assertEquals("After a gap", file.row(4).get(0));
        assertEquals(5, file.row(4).sourceLine());
    }

    @Test
    void datesOfA1904WorkbookAreTheSameCalendarDates() throws Exception {
        Path file = workbook(true);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertTrue(wb.isDate1904(), "the test workbook really counts from 1904");
        }
        assertEquals("1/5/2027", ShippedReader.reader().read(file).row(1).get(3));
    }
}
