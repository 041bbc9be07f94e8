package com.cosellstudio.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Turns a generated export into the workbook a user gets by opening it in a spreadsheet and saving
 * as .xlsx: text in the shared strings table, the deal value and sales stage as numbers, the close
 * date as a date cell with a date format, postal codes and D-U-N-S IDs as text (a leading zero kept).
 */
final class WorkbookFromCsv {
    private WorkbookFromCsv() {
    }

    /** Writes {@code source} as {@code target}; returns the workbook's size in bytes. */
    static long write(Path source, Path target) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
                Reader in = Files.newBufferedReader(source, StandardCharsets.UTF_8);
                CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(in)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("mm/dd/yy"));
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            SXSSFSheet sheet = workbook.createSheet("Deals");
            int value = -1;
            int stage = -1;
            int close = -1;
            int rowNumber = 0;
            for (CsvRecord record : csv) {
                List<String> fields = record.getFields();
                if (rowNumber == 0) {
                    value = fields.indexOf("Estimated Deal Value");
                    stage = fields.indexOf("Sales Stage");
                    close = fields.indexOf("Estimated Close Date");
                }
                SXSSFRow row = sheet.createRow(rowNumber);
                for (int c = 0; c < fields.size(); c++) {
                    String field = c == 0 && rowNumber == 0 ? fields.get(c).replace("\uFEFF", "") : fields.get(c);
                    if (field.isEmpty()) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (rowNumber > 0 && (c == value || c == stage) && field.matches("\\d+(\\.\\d+)?")) {
                        cell.setCellValue(Double.parseDouble(field));
                    } else if (rowNumber > 0 && c == close && field.matches("\\d+/\\d+/\\d{4}")) {
                        String[] mdy = field.split("/");
                        cell.setCellValue(LocalDate.of(Integer.parseInt(mdy[2]), Integer.parseInt(mdy[0]), Integer.parseInt(mdy[1])));
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(field);
                        if (rowNumber > 0 && field.chars().allMatch(Character::isDigit)) {
                            cell.setCellStyle(text);
                        }
                    }
                }
                rowNumber++;
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
        return Files.size(target);
    }

    /** Writes the workbooks the benchmarks read: {@code java ... WorkbookFromCsv DEALS TARGET.xlsx}. */
    public static void main(String[] args) throws IOException {
        int deals = Integer.parseInt(args[0]);
        Path target = Path.of(args[1]);
        Path csv = target.resolveSibling(target.getFileName() + ".source.csv");
        new ExportGenerator(deals).write(csv, deals);
        System.out.println(target + ": " + write(csv, target) + " bytes");
    }
}
