package com.cosellstudio.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import javax.xml.stream.XMLStreamReader;

/**
 * The number format of each cell style of a workbook, from its styles part: {@code <numFmts>} for
 * the workbook's own format codes, {@code <cellXfs>} for the styles cells refer to by their
 * {@code s} index. Only this is read: POI's {@code StylesTable} builds every font, fill and border
 * through XMLBeans, which alone costs a cold start more than reading a 5,000-deal sheet.
 */
final class CellStyles implements WorkbookXml.Handler {
    /** Styles a hostile file may declare before the rest are read as General. */
    private static final int MAX_STYLES = 65_536;
    /** The longest format code a spreadsheet accepts; a longer one is read as General. */
    private static final int MAX_FORMAT_CODE = 255;

    private final Map<Integer, String> codes = new HashMap<>();
    private final List<CellFormat> formats = new ArrayList<>();
    private final Map<Integer, CellFormat> byFormatId = new HashMap<>();
    private boolean inNumFmts;
    private boolean inCellXfs;

    /** The format of style {@code index}; General for a style the workbook does not have. */
    CellFormat format(int index) {
        return index >= 0 && index < formats.size() ? formats.get(index) : CellFormat.GENERAL;
    }

    @Override
    public void start(String localName, XMLStreamReader attributes) {
        switch (localName) {
            case "numFmts" -> inNumFmts = true;
            case "numFmt" -> {
                // Differential formats (conditional formatting) have numFmt elements too: not these.
                if (!inNumFmts) {
                    return;
                }
                Integer id = number(attributes.getAttributeValue(null, "numFmtId"));
                String code = attributes.getAttributeValue(null, "formatCode");
                if (id != null && code != null && code.length() <= MAX_FORMAT_CODE && codes.size() < MAX_STYLES) {
                    codes.put(id, code);
                }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs && formats.size() < MAX_STYLES) {
                    Integer id = number(attributes.getAttributeValue(null, "numFmtId"));
                    formats.add(id == null ? CellFormat.GENERAL : byFormatId.computeIfAbsent(id, this::formatOf));
                }
            }
            default -> {
                // fonts, fills, borders, cell style names: nothing a cell's text depends on
            }
        }
    }

    @Override
    public void end(String localName) {
        if ("cellXfs".equals(localName)) {
            inCellXfs = false;
        } else if ("numFmts".equals(localName)) {
            inNumFmts = false;
        }
    }

    private CellFormat formatOf(int id) {
        String code = codes.get(id);
        if (code == null && id >= 0 && id < BuiltinFormats.FIRST_USER_DEFINED_FORMAT_INDEX) {
            code = BuiltinFormats.getBuiltinFormat(id);
        }
        return CellFormat.of(id, code);
    }

    private static Integer number(String text) {
        long number = text == null ? -1 : SheetReader.nonNegative(text.strip());
        return number < 0 || number > Integer.MAX_VALUE ? null : (int) number;
    }
}
