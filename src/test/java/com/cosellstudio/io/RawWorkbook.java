package com.cosellstudio.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx written part by part, as a hostile or unusual writer would: the test says exactly which
 * XML each part holds. Starts as a minimal valid workbook of one sheet "Deals"; any part can be
 * replaced or left out.
 */
final class RawWorkbook {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    RawWorkbook() {
        part("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "</Types>");
        part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        sheets("<sheet name=\"Deals\" sheetId=\"1\" r:id=\"rId1\"/>", "");
        part("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                + "<Relationship Id=\"rId8\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "<Relationship Id=\"rId9\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        strings("<si><t>Deal Name</t></si>");
        styles("", "<xf numFmtId=\"0\"/>");
        sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
    }

    /** workbook.xml with these {@code <sheet>} entries and this {@code <workbookPr>}'s attributes. */
    RawWorkbook sheets(String sheets, String workbookPr) {
        return part("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN
                + "\" xmlns:r=\"" + REL + "\"><workbookPr " + workbookPr + "/><sheets>" + sheets + "</sheets></workbook>");
    }

    /** The shared strings table's items ({@code <si>...</si>...}). */
    RawWorkbook strings(String items) {
        return part("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">" + items + "</sst>");
    }

    /** styles.xml with these {@code <numFmt>} entries and these {@code <xf>} cell styles (index 0 first). */
    RawWorkbook styles(String numFmts, String cellXfs) {
        return part("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN + "\"><numFmts>"
                + numFmts + "</numFmts><cellXfs>" + cellXfs + "</cellXfs></styleSheet>");
    }

    /** The first sheet's rows ({@code <row>...</row>...}). */
    RawWorkbook sheetData(String rows) {
        return sheetData("xl/worksheets/sheet1.xml", rows);
    }

    RawWorkbook sheetData(String part, String rows) {
        return part(part, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
                + "</sheetData></worksheet>");
    }

    RawWorkbook part(String name, String xml) {
        return part(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    RawWorkbook part(String name, byte[] bytes) {
        parts.put(name, bytes);
        return this;
    }

    RawWorkbook without(String name) {
        parts.remove(name);
        return this;
    }

    byte[] bytes() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        }
        return zip.toByteArray();
    }

    Path write(Path file) throws IOException {
        Files.write(file, bytes());
        return file;
    }

    /** A cell holding shared string {@code index}. */
    static String s(String ref, int index) {
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    /** A number cell of style {@code style} storing the number text {@code stored}. */
    static String n(String ref, int style, String stored) {
        return "<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + stored + "</v></c>";
    }
}
