package com.cosellstudio.io;

import com.cosellstudio.domain.SourceInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/**
 * Reads the first visible sheet of an .xlsx workbook into a {@link RowSink} as the sheet's XML is
 * parsed (spec section 6): the JDK's zip and StAX readers and small handlers of our own for the five
 * parts that matter ({@link WorkbookParts}, {@link CellStyles}, {@link SharedStrings},
 * {@link SheetReader}).
 *
 * <p>Why not POI's streaming reader ({@code XSSFReader} with {@code XSSFSheetXMLHandler}), which
 * this replaced: in a cold JVM, opening the package through {@code OPCPackage}, its styles through
 * XMLBeans and its shared strings cost more before the first cell than reading the sheet after;
 * per cell it built a {@code CellReference} and ran {@code DataFormatter}, whose output (display
 * rounding, locale separators) had to be undone. A workbook took many times its CSV's time to
 * check (figures in docs/performance.md). fastexcel-reader is lean, but brings two more libraries
 * (aalto-xml, commons-compress), gives a whole row of a reference in the last column as one array,
 * and has its own view of formats, phonetic runs and errors that would need undoing again. Here
 * what a cell reads as is decided in one place ({@link CellFormat}), every limit is checked where
 * the XML says it, and POI is kept for what it does best: its table of built-in formats and its
 * test for date formats.
 */
final class XlsxBulkReader {
    /** Characters the shared strings table may hold: a few times what the largest export the limits allow needs. */
    static final long MAX_SHARED_CHARS = 1L << 27;

    private final WorkbookPackage.PartLimits partLimits;
    private final long maxSharedChars;

    XlsxBulkReader() {
        this(WorkbookPackage.PartLimits.DEFAULT, MAX_SHARED_CHARS);
    }

    XlsxBulkReader(WorkbookPackage.PartLimits partLimits, long maxSharedChars) {
        this.partLimits = partLimits;
        this.maxSharedChars = maxSharedChars;
    }

    void stream(Path file, ReadGuard guard, RowSink sink, DoubleConsumer progress) throws UnreadableFileException {
        try (WorkbookPackage pkg = new WorkbookPackage(file, partLimits)) {
            WorkbookXml xml = new WorkbookXml();
            WorkbookParts parts = part(pkg, file, () -> WorkbookParts.find(pkg, xml));
            if (parts == null) {
                throw IoMessages.unreadable("xlsx.damaged", file);
            }
            if (parts.sheetPart == null) {
                throw IoMessages.unreadable("xlsx.noSheet", file);
            }
            CellStyles styles = new CellStyles();
            if (parts.stylesPart != null && pkg.has(parts.stylesPart)) {
                part(pkg, file, () -> {
                    xml.parse(pkg.open(parts.stylesPart), styles);
                    return null;
                });
            }
            SharedStrings strings = new SharedStrings(maxSharedChars, guard);
            if (parts.sharedStringsPart != null && pkg.has(parts.sharedStringsPart)) {
                part(pkg, file, () -> {
                    xml.parse(pkg.openLarge(parts.sharedStringsPart, null), strings);
                    return null;
                });
            }
            SheetReader sheet = new SheetReader(guard, sink, SourceInfo.workbook(parts.sheetName, parts.date1904), strings, styles);
            try {
                xml.parse(pkg.openLarge(parts.sheetPart, progress), sheet);
            } catch (SheetReader.SinkFailure e) {
                throw e.getCause();
            } catch (IOException | javax.xml.stream.XMLStreamException | RuntimeException e) {
                throw refusal(pkg, file, e, sheet.rowNumber());
            }
            if (!sheet.hasHeader()) {
                throw IoMessages.unreadable("xlsx.emptySheet", file, parts.sheetName);
            }
            if (progress != null) {
                progress.accept(1.0);
            }
        }
    }

    private interface Part<T> {
        T read() throws IOException, javax.xml.stream.XMLStreamException, UnreadableFileException;
    }

    /** Reads a part that comes before the sheet; whatever goes wrong in it is a damaged workbook. */
    private static <T> T part(WorkbookPackage pkg, Path file, Part<T> part) throws UnreadableFileException {
        try {
            return part.read();
        } catch (IOException | javax.xml.stream.XMLStreamException | RuntimeException e) {
            throw refusal(pkg, file, e, 0);
        }
    }

    /** The one-line message for what stopped a parse: a part's limit as such, anything else as damage. */
    private static UnreadableFileException refusal(WorkbookPackage pkg, Path file, Exception e, long sheetRow) {
        if (pkg.refusal() != null) {
            return pkg.refusal();
        }
        return sheetRow > 0
                ? IoMessages.unreadable(e, "xlsx.damagedAtRow", file, sheetRow)
                : IoMessages.unreadable(e, "xlsx.damaged", file);
    }
}
