package com.cosellstudio.io;

import static com.cosellstudio.io.RawWorkbook.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.ShippedReader;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.ReadLimits;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks made to hurt: refused at once with one line, or read in bounded time and memory. */
class XlsxHostileTest {
    private static final Duration AT_ONCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path write(RawWorkbook workbook) throws IOException {
        return workbook.write(dir.resolve("hostile.xlsx"));
    }

    private String refusal(RawWorkbook workbook) throws IOException {
        Path file = write(workbook);
        UnreadableFileException refused = assertTimeoutPreemptively(AT_ONCE,
                () -> assertThrows(UnreadableFileException.class, () -> ShippedReader.reader().read(file)));
        assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
        return refused.getMessage();
    }

    @Test
    void aValueTwoBillionRowsDownIsRefusedAtOnce() throws Exception {
        assertEquals("hostile.xlsx: sheet row 2000000000: more than 1048575 rows, more than a spreadsheet can hold: split the file",
                refusal(new RawWorkbook().sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2000000000\">"
                        + s("A2000000000", 0) + "</row>")));
    }

    @Test
    void emptyRowsFarDownAndGapsCostNothing() throws Exception {
        Path file = write(new RawWorkbook().sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"3\">" + s("A3", 0)
                + "</row><row r=\"2000000000\"><c r=\"A2000000000\" s=\"0\"/></row>"));
        BulkFile read = assertTimeoutPreemptively(AT_ONCE, () -> ShippedReader.reader().read(file));

        assertEquals(2, read.rowCount(), "one blank row between the header and row 3; nothing for the empty row far down");
        assertTrue(read.row(1).isBlank());
        assertEquals(3, read.row(2).sourceLine());
    }

    @Test
    void aValueInColumnXfdIsRefusedByTheColumnLimitButAStyledEmptyCellThereIsNothing() throws Exception {
        StringBuilder styled = new StringBuilder("<row r=\"1\">" + s("A1", 0) + "</row>");
        for (int r = 2; r < 20_000; r++) {
            styled.append("<row r=\"").append(r).append("\">").append(s("A" + r, 0)).append("<c r=\"XFD").append(r)
                    .append("\" s=\"0\"/></row>");
        }
        Path file = write(new RawWorkbook().sheetData(styled.toString()));
        BulkFile read = assertTimeoutPreemptively(AT_ONCE, () -> ShippedReader.reader().read(file));
        assertEquals(19_998, read.rowCount());
        assertEquals(1, read.row(5).size(), "the empty cell in XFD made no row wider");

        assertEquals("hostile.xlsx: cell XFD2: a value in cell number 16384 of the row; a bulk file has at most 1024 columns",
                refusal(new RawWorkbook().sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\">" + s("XFD2", 0) + "</row>")));
    }

    @Test
    void damagedPartsAreOneLineNamingTheFile() throws Exception {
        String damaged = "hostile.xlsx: is not a readable .xlsx workbook: it is damaged or incomplete";
        assertEquals(damaged, refusal(new RawWorkbook().part("[Content_Types].xml", "<Types><Default")));
        assertEquals(damaged, refusal(new RawWorkbook().part("_rels/.rels", "<Relationships><Rel")));
        assertEquals(damaged, refusal(new RawWorkbook().without("_rels/.rels")));
        assertEquals(damaged, refusal(new RawWorkbook().part("xl/workbook.xml", "<workbook><sheets>")));
        assertEquals(damaged, refusal(new RawWorkbook().part("xl/_rels/workbook.xml.rels", "\u0000\u0001garbage")));
        assertEquals(damaged, refusal(new RawWorkbook().part("xl/styles.xml", "<styleSheet><cellXfs><xf numFmtId=")));
        assertEquals(damaged, refusal(new RawWorkbook().part("xl/sharedStrings.xml", "<sst><si><t>Deal</t></si")));
        assertEquals("hostile.xlsx: sheet row 3: the workbook is damaged or incomplete",
                refusal(new RawWorkbook().sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\">" + s("A2", 0)
                        + "</row><row r=\"3\"><c r=\"A3\"><v>1</v></c>").part("xl/worksheets/sheet1.xml",
                        "<worksheet><sheetData><row r=\"1\">" + s("A1", 0) + "</row><row r=\"3\"><c r=\"A3\"><v>1</v></")));
        assertEquals("hostile.xlsx: cell B2: the workbook is damaged or incomplete",
                refusal(new RawWorkbook().sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\">" + s("B2", 7) + "</row>")));
        assertEquals("hostile.xlsx: sheet row 1: the workbook is damaged or incomplete",
                refusal(new RawWorkbook().sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"1\">" + s("B1", 0) + "</row>")));
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"" + RawWorkbook.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t>"
                + "</is></c></row></sheetData></worksheet>";
        String message = refusal(new RawWorkbook().part("xl/worksheets/sheet1.xml", xxe));
        assertEquals("hostile.xlsx: is not a readable .xlsx workbook: it is damaged or incomplete", message);

        String inStrings = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<sst xmlns=\"" + RawWorkbook.MAIN + "\"><si><t>&xxe;</t></si></sst>";
        assertFalse(refusal(new RawWorkbook().part("xl/sharedStrings.xml", inStrings)).contains("TOP-SECRET"));
    }

    @Test
    void aPartThatUnpacksFarBeyondItsPackedSizeIsRefusedAsItDoes() throws Exception {
        // Ten megabytes of one empty row repeated: the shape of a zip bomb, packed about a thousand to one.
        StringBuilder rows = new StringBuilder("<row r=\"1\">" + s("A1", 0) + "</row>");
        String filler = "<row r=\"2\" spans=\"1:1\"/>".repeat(400_000);
        Path file = write(new RawWorkbook().part("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + RawWorkbook.MAIN
                + "\"><sheetData>" + rows + "</sheetData><extLst>" + filler.replace("row", "ext") + "</extLst></worksheet>"));
        UnreadableFileException refused = assertThrows(UnreadableFileException.class, () -> ShippedReader.reader().read(file));
        assertEquals("hostile.xlsx: the part xl/worksheets/sheet1.xml of the workbook unpacks to more than 100 times its packed size;"
                + " it is not a spreadsheet a user saved", refused.getMessage());
    }

    @Test
    void aHugeSheetIsReadInBoundedMemoryOrRefusedByTheLimitsGiven() throws Exception {
        Path file = write(new RawWorkbook().sheetData(manyRows(30_000)));
        // Read whole, with a part limit lowered below the sheet's unpacked size: refused as it passes it.
        UnreadableFileException refused = assertThrows(UnreadableFileException.class, () -> new XlsxBulkReader(
                new WorkbookPackage.PartLimits(1000, 1 << 20, 1 << 20, 1 << 20), XlsxBulkReader.MAX_SHARED_CHARS)
                .stream(file, new ReadGuard(file, new ReadLimits(1_048_575, 1024)), new Counting(), null));
        assertEquals("hostile.xlsx: the part xl/worksheets/sheet1.xml of the workbook unpacks to more than 1 MB: split the file",
                refused.getMessage());

        // Streamed, nothing is kept: every row reaches the sink as the sheet is parsed.
        Counting counted = new Counting();
        new XlsxBulkReader().stream(file, new ReadGuard(file, new ReadLimits(1_048_575, 1024)), counted, null);
        assertEquals(29_999, counted.rows);
    }

    @Test
    void sharedStringsBeyondTheirBoundAreRefused() throws Exception {
        assertEquals("hostile.xlsx: the workbook holds more than 10000 characters of text, more than a bulk file can: split the file",
                refusalOfStrings("<si><t>0123456789</t></si>".repeat(2000)));
    }

    @Test
    void sharedStringsAreChargedForEachItemNotOnlyItsCharacters() throws Exception {
        assertEquals("hostile.xlsx: the workbook holds more than 10000 characters of text, more than a bulk file can: split the file",
                refusalOfStrings("<si><t>x</t></si>".repeat(2000)));
    }

    /** Why a workbook with these shared strings after its header's is refused, its table bounded to 10,000 characters. */
    private String refusalOfStrings(String items) throws IOException {
        Path file = write(new RawWorkbook().strings("<si><t>Deal Name</t></si>" + items));
        return assertThrows(UnreadableFileException.class, () -> new XlsxBulkReader(WorkbookPackage.PartLimits.DEFAULT, 10_000)
                .stream(file, new ReadGuard(file, new ReadLimits(100, 10)), new Counting(), null)).getMessage();
    }

    @Test
    void rowsReachTheSinkWhileTheSheetIsStillBeingParsed() throws Exception {
        Path file = write(new RawWorkbook().sheetData(manyRows(3_000)));
        List<Long> delivered = new ArrayList<>();
        AtomicReference<SourceInfo> source = new AtomicReference<>();
        UnreadableFileException stopped = assertThrows(UnreadableFileException.class,
                () -> ShippedReader.reader().stream(file, new RowSink() {
                    @Override
                    public void begin(SourceInfo info, List<String> header) {
                        source.set(info);
                    }

                    @Override
                    public void row(Row row) {
                        delivered.add((long) row.sourceLine());
                        if (delivered.size() == 10) {
                            Thread.currentThread().interrupt();
                        }
                    }

                    @Override
                    public void restart() {
                    }
                }));
        Thread.interrupted();
        assertTrue(stopped instanceof ReadCancelledException, stopped.toString());
        assertEquals(SourceInfo.workbook("Deals"), source.get());
        assertTrue(delivered.size() < 3_000, "stopped inside the sheet after " + delivered.size() + " rows");
    }

    @Test
    void anInterruptedReadOfABigWorkbookStopsAsCancelledQuickly() throws Exception {
        Path file = write(new RawWorkbook().sheetData(manyRows(200_000)));
        Thread.currentThread().interrupt();
        try {
            ReadCancelledException cancelled = assertThrows(ReadCancelledException.class, () -> ShippedReader.reader().read(file));
            assertEquals("hostile.xlsx: opening was cancelled", cancelled.getMessage());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void whatTheSinkThrowsReachesTheCallerUnchangedNotAsDamage() throws Exception {
        Path file = write(new RawWorkbook().sheetData(manyRows(3_000)));
        IllegalStateException enough = new IllegalStateException("the checker has seen enough");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ShippedReader.reader().stream(file,
                new Counting() {
                    @Override
                    public void row(Row row) {
                        if (++rows == 100) {
                            throw enough;
                        }
                    }
                }));
        assertSame(enough, thrown);
        assertSame(enough, assertThrows(IllegalStateException.class, () -> ShippedReader.reader().stream(file, new Counting() {
            @Override
            public void begin(SourceInfo source, List<String> header) {
                throw enough;
            }
        })));
    }

    @Test
    void aNumberOfAMillionDigitsIsReadAtOnceAsTheTextStored() throws Exception {
        String digits = "1" + noise(ReadGuard.MAX_CELL_CHARS - 10, "0123456789");
        Path file = write(new RawWorkbook().styles("", "<xf numFmtId=\"0\"/><xf numFmtId=\"10\"/>")
                .sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\">" + RawWorkbook.n("A2", 0, digits)
                        + RawWorkbook.n("B2", 1, digits) + "</row>"));
        BulkFile read = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ShippedReader.reader().read(file));
        assertEquals(digits, read.row(1).get(0));
        assertEquals(digits, read.row(1).get(1));
    }

    @Test
    void aHugeAttributeIsRefusedBeforeItIsHeld() throws Exception {
        String huge = noise(WorkbookPackage.PartLimits.DEFAULT.maxRunBytes() + 1, "abcdefghijklmnopqrstuvwxyz");
        assertEquals("hostile.xlsx: the part xl/worksheets/sheet1.xml of the workbook holds a run of more than 16 MB without markup;"
                + " it is not a spreadsheet a user saved",
                refusal(new RawWorkbook().sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\" x=\"" + huge + "\">"
                        + s("A2", 0) + "</row>")));
    }

    @Test
    void partsOtherThanTheSheetAndItsStringsHaveASmallerLimit() throws Exception {
        Path file = write(new RawWorkbook().styles("", "<xf numFmtId=\"0\"/>".repeat(100_000)).sheetData(manyRows(30_000)));
        WorkbookPackage.PartLimits limits = new WorkbookPackage.PartLimits(1000, 4 << 20, 1 << 20, 1 << 20);
        UnreadableFileException refused = assertThrows(UnreadableFileException.class, () -> new XlsxBulkReader(limits,
                XlsxBulkReader.MAX_SHARED_CHARS).stream(file, new ReadGuard(file, new ReadLimits(1_048_575, 1024)), new Counting(), null));
        assertEquals("hostile.xlsx: the part xl/styles.xml of the workbook unpacks to more than 1 MB: split the file", refused.getMessage());

        Counting counted = new Counting();
        Path small = write(new RawWorkbook().sheetData(manyRows(30_000)));
        new XlsxBulkReader(limits, XlsxBulkReader.MAX_SHARED_CHARS).stream(small, new ReadGuard(small, new ReadLimits(1_048_575, 1024)),
                counted, null);
        assertEquals(29_999, counted.rows, "a sheet larger than the small limit is read");
    }

    @Test
    void aSheetThatIsAlmostAllTextCanBeCancelledWhileItsTextIsRead() throws Exception {
        Path file = write(new RawWorkbook().sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\">"
                + "<is><t>" + noise(ReadGuard.MAX_CELL_CHARS - 10, "abcdefghijklmnopqrstuvwxyz") + "</t></is></c></row>"));
        // The user cancels when the window shows a tenth read: inside the one long text.
        DoubleConsumer cancelAtATenth = done -> {
            if (done > 0.1) {
                Thread.currentThread().interrupt();
            }
        };
        try {
            ReadCancelledException cancelled = assertThrows(ReadCancelledException.class, () -> new XlsxBulkReader()
                    .stream(file, new ReadGuard(file, new ReadLimits(1_048_575, 1024)), new Counting(), cancelAtATenth));
            assertEquals("hostile.xlsx: opening was cancelled", cancelled.getMessage());
        } finally {
            Thread.interrupted();
        }
    }

    /** Text that does not pack well, as a user's data does not: a part of it is no zip bomb. */
    private static String noise(int length, String alphabet) {
        java.util.Random random = new java.util.Random(length);
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(text);
    }

    private static String manyRows(int count) {
        StringBuilder rows = new StringBuilder(count * 60);
        rows.append("<row r=\"1\">").append(s("A1", 0)).append("</row>");
        for (int r = 2; r <= count; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>Deal ")
                    .append(r).append("</t></is></c></row>");
        }
        return rows.toString();
    }

    /** Counts rows and keeps none. */
    private static class Counting implements RowSink {
        int rows;

        @Override
        public void begin(SourceInfo source, List<String> header) {
        }

        @Override
        public void row(Row row) {
            rows++;
        }

        @Override
        public void restart() {
        }

        @Override
        public boolean keepsRows() {
            return false;
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
