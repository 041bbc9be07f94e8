package com.cosellstudio.io;

import static com.cosellstudio.io.RawWorkbook.n;
import static com.cosellstudio.io.RawWorkbook.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cosellstudio.ShippedReader;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.ReadFault;
import com.cosellstudio.domain.SourceInfo;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook reads as its user sees it in the spreadsheet (spec section 6). */
class XlsxAsShownTest {
    @TempDir
    Path dir;

    private BulkFile read(RawWorkbook workbook) throws Exception {
        return ShippedReader.reader().read(workbook.write(dir.resolve("deals.xlsx")));
    }

    @Test
    void theFirstVisibleSheetIsReadAndNamed() throws Exception {
        Path file = dir.resolve("hidden-first.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet old = wb.createSheet("Old copy");
            old.createRow(0).createCell(0).setCellValue("Deal Name");
            old.createRow(1).createCell(0).setCellValue("Stale deal");
            XSSFSheet scratch = wb.createSheet("Scratch");
            scratch.createRow(0).createCell(0).setCellValue("Deal Name");
            XSSFSheet deals = wb.createSheet("Deals");
            deals.createRow(0).createCell(0).setCellValue("Deal Name");
            for (int i = 1; i <= 5; i++) {
                deals.createRow(i).createCell(0).setCellValue("Deal " + i);
            }
            wb.setSheetVisibility(0, SheetVisibility.HIDDEN);
            wb.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(2);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        BulkFile read = ShippedReader.reader().read(file);

        assertEquals(5, read.rowCount());
        assertEquals("Deal 1", read.row(1).get(0));
        assertEquals(SourceInfo.workbook("Deals"), read.source());
    }

    @Test
    void aWorkbookWithoutAVisibleSheetIsRefused() throws Exception {
        RawWorkbook workbook = new RawWorkbook().sheets("<sheet name=\"A\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>", "");
        UnreadableFileException refused = assertThrows(UnreadableFileException.class, () -> read(workbook));
        assertEquals("deals.xlsx: the workbook has no visible sheet", refused.getMessage());
    }

    @Test
    void zeroPaddedAndPercentFormatsReadAsShown() throws Exception {
        BulkFile file = read(new RawWorkbook()
                .styles("<numFmt numFmtId=\"164\" formatCode=\"00000\"/><numFmt numFmtId=\"165\" formatCode=\"000000000\"/>"
                        + "<numFmt numFmtId=\"166\" formatCode=\"00000\\-0000\"/>",
                        "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"49\"/>"
                        + "<xf numFmtId=\"9\"/><xf numFmtId=\"10\"/><xf numFmtId=\"166\"/><xf numFmtId=\"4\"/>")
                .sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\">" + n("A2", 1, "2134") + n("B2", 2, "12345678")
                        + n("C2", 3, "12563") + n("D2", 4, "0.4") + n("E2", 5, "0.125") + n("F2", 6, "21340000")
                        + n("G2", 7, "1234.5") + "</row>"));

        assertEquals(List.of("02134", "012345678", "12563", "40%", "12.50%", "02134-0000", "1234.5"),
                List.of(file.row(1).toArray()));
    }

    @Test
    void numbersReadWithTheDigitsStoredAsASpreadsheetShowsThem() throws Exception {
        BulkFile file = read(new RawWorkbook().sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\">"
                + n("A2", 0, "1.234567890123457E18") + n("B2", 0, "1E+23") + n("C2", 0, "13819.300000000001")
                + n("D2", 0, "12563.0") + n("E2", 0, "84190.40") + n("F2", 0, "-0.1") + n("G2", 0, "1.25E-3")
                + n("H2", 0, "1E+999999999") + "</row>"));

        assertEquals(List.of("1234567890123457000", "100000000000000000000000", "13819.3", "12563", "84190.4", "-0.1",
                "0.00125", "1E+999999999"), List.of(file.row(1).toArray()));
    }

    @Test
    void datesTimesAndDaysNoSpreadsheetShows() throws Exception {
        String styles = "<numFmt numFmtId=\"164\" formatCode=\"m/d/yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"h:mm\"/>"
                + "<numFmt numFmtId=\"166\" formatCode=\"hh:mm:ss AM/PM\"/>";
        String xfs = "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"14\"/>";
        String row = "<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\">" + n("A2", 1, "46392") + n("B2", 2, "0.5")
                + n("C2", 3, "0.3758") + n("D2", 4, "46392.75") + n("E2", 1, "3000000") + n("F2", 1, "-1") + n("G2", 1, "60")
                + "</row>";
        BulkFile file = read(new RawWorkbook().styles(styles, xfs).sheetData(row));
        assertEquals(List.of("1/5/2027", "12:00", "09:01:09 AM", "1/5/2027", "3000000", "-1", "2/29/1900"),
                List.of(file.row(1).toArray()));

        // The same serials in a workbook that counts from 1904 are four years and a day later.
        BulkFile of1904 = read(new RawWorkbook().sheets("<sheet name=\"Deals\" sheetId=\"1\" r:id=\"rId1\"/>", "date1904=\"1\"")
                .styles(styles, xfs).sheetData(row));
        assertEquals("1/6/2031", of1904.row(1).get(0));
        assertEquals("12:00", of1904.row(1).get(1));
        // What is not shown as a date (a General serial) is checked in the workbook's own date system.
        assertEquals(SourceInfo.workbook("Deals", true), of1904.source());
        assertEquals(SourceInfo.workbook("Deals", false), file.source());
    }

    @Test
    void errorCellsAreFaultsOnTheirCellNotPlainText() throws Exception {
        BulkFile file = read(new RawWorkbook().sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\">"
                + "<c r=\"A2\" t=\"e\"><f>VLOOKUP(X1,Y:Z,2,0)</f><v>#N/A</v></c><c r=\"B2\" t=\"str\"><v>#N/A</v></c>"
                + "<c r=\"C2\" t=\"e\"><v>#DIV/0!</v></c></row>"));

        assertEquals(List.of(new ReadFault(0, ReadFault.Kind.ERROR_CELL, "#N/A"), new ReadFault(2, ReadFault.Kind.ERROR_CELL, "#DIV/0!")),
                file.row(1).faults());
        assertNull(file.row(1).faultAt(1), "text that merely reads #N/A is text");
    }

    @Test
    void richTextPhoneticRunsInlineStringsBooleansAndEscapes() throws Exception {
        BulkFile file = read(new RawWorkbook()
                .strings("<si><t>Deal Name</t></si><si><r><rPr><b/></rPr><t>Con</t></r><r><t xml:space=\"preserve\">toso </t></r>"
                        + "<r><t>Ltd</t></r></si><si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
                        + "<si><t>line_x000D_break</t></si>")
                .sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\">" + s("A2", 1) + s("B2", 2) + s("C2", 3)
                        + "<c r=\"D2\" t=\"inlineStr\"><is><t>Inline</t><rPh><t>x</t></rPh></is></c>"
                        + "<c r=\"E2\" t=\"b\"><v>1</v></c><c r=\"F2\" t=\"b\"><v>0</v></c></row>"));

        assertEquals(List.of("Contoso Ltd", "東京", "line\rbreak", "Inline", "Yes", "No"), List.of(file.row(1).toArray()));
    }

    @Test
    void cellsWithoutReferencesFollowEachOtherAndAStyledEmptyCellIsNoValue() throws Exception {
        BulkFile file = read(new RawWorkbook().sheetData("<row>" + "<c t=\"inlineStr\"><is><t>A</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>B</t></is></c></row><row><c><v>1</v></c><c r=\"C2\"><v>3</v></c>"
                + "<c r=\"XFD2\" s=\"0\"/></row>"));

        // C2 lies past the header: kept under a column of its own (spec section 5); XFD2 is no value.
        assertEquals(List.of("A", "B", "Extra 1"), file.header());
        assertEquals(List.of("1", "", "3"), List.of(file.row(1).toArray()));
    }

    @Test
    void aChartSheetBeforeTheDealsIsNotTheSheetRead() throws Exception {
        BulkFile file = read(new RawWorkbook()
                .sheets("<sheet name=\"Chart1\" sheetId=\"1\" r:id=\"rId3\"/><sheet name=\"Deals\" sheetId=\"2\" r:id=\"rId1\"/>", "")
                .part("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + RawWorkbook.REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId3\" Type=\"" + RawWorkbook.REL + "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId8\" Type=\"" + RawWorkbook.REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                        + "</Relationships>")
                .part("xl/chartsheets/sheet1.xml", "<chartsheet xmlns=\"" + RawWorkbook.MAIN + "\"><drawing/></chartsheet>")
                .sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\">" + n("A2", 0, "7") + "</row>"));
        assertEquals(SourceInfo.workbook("Deals"), file.source());
        assertEquals("7", file.row(1).get(0));
    }

    @Test
    void numbersReadWithTheFifteenDigitsASpreadsheetShowsUnlessMoreAreReal() throws Exception {
        BulkFile file = read(new RawWorkbook().styles("", "<xf numFmtId=\"0\"/><xf numFmtId=\"9\"/>")
                .sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\">"
                + n("A2", 0, "0.7999999999999999") + n("B2", 0, "8.024999999999999") + n("C2", 0, "0.30000000000000004")
                + n("D2", 0, "1234567890.123456") + n("E2", 0, "-8.024999999999999") + n("F2", 1, "0.7999999999999999") + "</row>"));
        assertEquals(List.of("0.8", "8.025", "0.3", "1234567890.123456", "-8.025", "80%"), List.of(file.row(1).toArray()));
    }

    @Test
    void minutesAndSecondsFormatsShowNoHours() throws Exception {
        BulkFile file = read(new RawWorkbook().styles("", "<xf numFmtId=\"0\"/><xf numFmtId=\"45\"/><xf numFmtId=\"47\"/>"
                        + "<xf numFmtId=\"46\"/>")
                .sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\">" + n("A2", 1, "0.001") + n("B2", 2, "0.001")
                        + n("C2", 3, "1.001") + "</row>"));
        assertEquals(List.of("01:26", "01:26.4", "24:01:26"), List.of(file.row(1).toArray()));
    }

    @Test
    void aCellWrittenTwiceKeepsOnlyTheLastValueAndItsFault() throws Exception {
        BulkFile file = read(new RawWorkbook().sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\">"
                + "<c r=\"A2\" t=\"e\"><v>#N/A</v></c><c r=\"A2\"><v>5</v></c></row>"));
        assertEquals("5", file.row(1).get(0));
        assertEquals(List.of(), file.row(1).faults());
    }

    @Test
    void aFormulaStringIsUnescapedLikeEveryOtherText() throws Exception {
        BulkFile file = read(new RawWorkbook().sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\">"
                + "<c r=\"A2\" t=\"str\"><f>A1</f><v>line_x000D_break</v></c></row>"));
        assertEquals("line\rbreak", file.row(1).get(0));
    }

    @Test
    void aFormatCodeLongerThanAnySpreadsheetAllowsIsGeneral() throws Exception {
        BulkFile file = read(new RawWorkbook().styles("<numFmt numFmtId=\"164\" formatCode=\"" + "0".repeat(300) + "\"/>",
                "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>")
                .sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\">" + n("A2", 1, "2134") + "</row>"));
        assertEquals("2134", file.row(1).get(0));
    }

    @Test
    void workbookWrittenByPoiWithTypedCells() throws Exception {
        Path file = dir.resolve("typed.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle zip = wb.createCellStyle();
            zip.setDataFormat(wb.createDataFormat().getFormat("00000"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            XSSFSheet sheet = wb.createSheet("Deals");
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("Customer Postal Code");
            header.createCell(1).setCellValue("Sales Stage");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue(2134);
            row.getCell(0).setCellStyle(zip);
            row.createCell(1).setCellValue(0.4);
            row.getCell(1).setCellStyle(percent);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertEquals(List.of("02134", "40%"), List.of(ShippedReader.reader().read(file).row(1).toArray()));
    }
}
