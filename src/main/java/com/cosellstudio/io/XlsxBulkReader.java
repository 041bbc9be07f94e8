package com.cosellstudio.io;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceFormat;
import com.cosellstudio.domain.SourceInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.commons.io.input.ProxyInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx workbook with POI's streaming (SAX) reader: the first row is the
 * header, every later sheet row a record. Only the sheet XML is streamed; no workbook object model
 * is built, so a large sheet costs little memory.
 */
final class XlsxBulkReader {

    BulkFile read(Path file, ReadGuard guard, DoubleConsumer progress) throws UnreadableFileException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception | LinkageError e) {
            throw IoMessages.unreadable(e, "xlsx.damaged", file);
        }
        SheetRowsCollector rows = new SheetRowsCollector(guard);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904 = isDate1904(reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw IoMessages.unreadable("xlsx.noSheet", file);
            }
            long sheetSize = -1;
            try (InputStream sheet = sheets.next()) {
                if (sheets instanceof XSSFReader.SheetIterator) {
                    sheetSize = ((XSSFReader.SheetIterator) sheets).getSheetPart().getSize();
                }
                InputStream counted = progress == null || sheetSize <= 0 ? sheet : new ProgressStream(sheet, sheetSize, progress);
                XMLReader parser = XMLHelper.newXMLReader();
                XSSFSheetXMLHandler handler = new XSSFSheetXMLHandler(styles, strings, rows, new XlsxCellFormatter(date1904), false);
                parser.setContentHandler(new CellTypeTracker(handler, rows));
                parser.parse(new InputSource(counted));
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (SheetRowsCollector.Refused refused) {
            throw refused.reason();
        } catch (Exception | LinkageError e) {
            if (rows.lastSheetRow() > 0) {
                throw IoMessages.unreadable(e, "xlsx.damagedAtRow", file, rows.lastSheetRow());
            }
            throw IoMessages.unreadable(e, "xlsx.damaged", file);
        } finally {
            // Opened read-only: revert closes without trying to write anything back.
            pkg.revert();
        }

        List<Row> records = rows.records();
        if (records.isEmpty()) {
            throw IoMessages.unreadable("xlsx.emptySheet", file);
        }
        if (progress != null) {
            progress.accept(1.0);
        }
        List<String> header = List.of(records.get(0).toArray());
        return new BulkFile(file, new SourceInfo(SourceFormat.XLSX, null, false, null, null), header,
                new ArrayList<>(records.subList(1, records.size())));
    }

    /** Whether the workbook counts dates from 1904 ({@code <workbookPr date1904="1"/>}). */
    private static boolean isDate1904(XSSFReader reader) throws Exception {
        boolean[] found = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            parser.parse(new InputSource(workbook));
        }
        return found[0];
    }

    /**
     * Passes SAX events on to POI's sheet handler, noting each cell's type attribute on the way so the
     * collector can tell a boolean or error cell from text that merely reads "TRUE" or "#N/A".
     */
    private static final class CellTypeTracker extends DefaultHandler {
        private final XSSFSheetXMLHandler delegate;
        private final SheetRowsCollector rows;

        CellTypeTracker(XSSFSheetXMLHandler delegate, SheetRowsCollector rows) {
            this.delegate = delegate;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws org.xml.sax.SAXException {
            if ("c".equals(localName)) {
                rows.cellType(attributes.getValue("t"));
            }
            delegate.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws org.xml.sax.SAXException {
            delegate.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws org.xml.sax.SAXException {
            delegate.characters(ch, start, length);
        }
    }

    /** Reports how far through the sheet XML the parser is. */
    private static final class ProgressStream extends ProxyInputStream {
        private final long total;
        private final DoubleConsumer progress;
        private long read;
        private long reported;

        ProgressStream(InputStream in, long total, DoubleConsumer progress) {
            super(in);
            this.total = total;
            this.progress = progress;
        }

        @Override
        protected void afterRead(int n) throws IOException {
            if (n > 0) {
                read += n;
                if (read - reported >= total / 100) {
                    reported = read;
                    progress.accept(Math.min(1.0, (double) read / total));
                }
            }
        }
    }
}
