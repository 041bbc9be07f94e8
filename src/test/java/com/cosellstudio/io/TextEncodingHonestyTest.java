package com.cosellstudio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.ShippedReader;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.ReadFault;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.RuleEngine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text files read honestly (spec section 6): a stray byte in a UTF-8 file flags its cell and leaves
 * every other cell as written, never turning the file into mojibake or into U+FFFD silently; UTF-16
 * without a BOM is text, not binary data.
 */
class TextEncodingHonestyTest {
    @TempDir
    Path dir;

    private static ReadFault encodingFault(String detail, int column) {
        return new ReadFault(column, ReadFault.Kind.ENCODING, detail);
    }

    @Test
    void aStrayByteInACyrillicUtf8FileFlagsItsCellAndLeavesTheCyrillicAlone() throws Exception {
        BulkFile file = ShippedReader.reader().read(Samples.hostile("cyrillic-stray-byte.csv", dir));

        assertEquals("UTF-8", file.source().encoding());
        assertFalse(file.source().bom());
        Row stray = file.row(1);
        assertEquals("Caf\u00e9 deal", stray.get(0), "the stray byte shows as the Windows-1252 character it would be");
        assertEquals(List.of(encodingFault("0xE9", 0)), stray.faults());
        assertEquals(List.of("\u0421\u0434\u0435\u043b\u043a\u0430 2", "\u041e\u041e\u041e \u00ab\u0420\u043e\u043c\u0430\u0448\u043a\u0430\u00bb",
                "\u041c\u043e\u0441\u043a\u0432\u0430", "\u0443\u043b. \u041b\u0435\u043d\u0438\u043d\u0430, \u0434. 5"),
                List.of(file.row(2).toArray()));
        assertEquals(List.of(), file.row(2).faults());
        assertEquals(List.of(), file.row(3).faults());
    }

    @Test
    void theCheckNamesTheStrayByteOnItsCell() throws Exception {
        BulkFile file = ShippedReader.reader().read(Samples.hostile("cyrillic-stray-byte.csv", dir));

        List<Issue> encoding = RuleEngine.shipped().check(file).issues().stream()
                .filter(issue -> issue.code() == Code.ENCODING).toList();

        assertEquals(1, encoding.size(), encoding.toString());
        assertEquals(1, encoding.get(0).row());
        assertEquals("Deal Name", encoding.get(0).column());
        assertTrue(encoding.get(0).args().contains("0xE9"), encoding.toString());
    }

    @Test
    void streamingFlagsTheSameCells() throws Exception {
        Path path = Samples.hostile("cyrillic-stray-byte.csv", dir);
        List<Row> streamed = new ArrayList<>();
        ShippedReader.reader().stream(path, new RowSink() {
            @Override
            public void begin(com.cosellstudio.domain.SourceInfo source, List<String> header) {
            }

            @Override
            public void row(Row row) {
                streamed.add(row);
            }

            @Override
            public void restart() {
                streamed.clear();
            }

            @Override
            public boolean keepsRows() {
                return false;
            }
        });

        assertEquals(3, streamed.size());
        assertEquals("Caf\u00e9 deal", streamed.get(0).get(0));
        assertEquals(List.of(encodingFault("0xE9", 0)), streamed.get(0).faults());
    }

    @Test
    void invalidBytesAfterAUtf8BomAreFlaggedNotReplaced() throws Exception {
        BulkFile file = ShippedReader.reader().read(Samples.hostile("bom-stray-bytes.csv", dir));

        assertEquals("UTF-8", file.source().encoding());
        assertTrue(file.source().bom());
        assertEquals(List.of(), file.row(1).faults());
        Row stray = file.row(2);
        assertEquals(List.of("M\u00fcller deal", "Stra\u00dfe 5 \u0081", "Berlin"), List.of(stray.toArray()));
        assertEquals(List.of(encodingFault("0xFC", 0), encodingFault("0xDF", 1)), stray.faults());
        for (String cell : stray.toArray()) {
            assertFalse(cell.contains("\uFFFD"), cell);
        }
    }

    /**
     * The five bytes Windows-1252 leaves undefined are read in a Windows-1252 file as they are in a
     * UTF-8 file with stray bytes: each stands for itself, never U+FFFD, so writing the file back
     * loses nothing. Before, a Windows-1252 file turned them into U+FFFD silently.
     */
    @Test
    void bytesWindows1252LeavesUndefinedStandForThemselves() throws Exception {
        BulkFile file = ShippedReader.reader().read(Samples.hostile("windows1252-undefined-bytes.csv", dir));

        assertEquals("windows-1252", file.source().encoding());
        assertEquals(List.of("M\u00fcller deal", "Caf\u00e9 \u0081\u008d\u008f\u0090\u009d", "K\u00f6ln \u20ac"),
                List.of(file.row(1).toArray()));
    }

    @Test
    void aStrayByteFarDownAfterUtf8IsFlaggedAndItsRowKeepsItsLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("Deal Name,Customer City\r\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 60_000; i++) {
            bytes.write(("Deal " + i + ",\"Z\u00fcrich\r\nOst\"\r\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.write("Last,Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.write("\r\n".getBytes(StandardCharsets.UTF_8));
        Path path = dir.resolve("late-stray.csv");
        Files.write(path, bytes.toByteArray());

        BulkFile file = ShippedReader.reader().read(path);

        assertEquals("UTF-8", file.source().encoding());
        assertEquals(60_001, file.rowCount());
        assertEquals("Z\u00fcrich\r\nOst", file.row(60_000).get(1));
        Row last = file.row(60_001);
        assertEquals("Caf\u00e9", last.get(1));
        assertEquals(List.of(encodingFault("0xE9", 1)), last.faults());
        assertEquals(120_002, last.sourceLine());
    }

    @ParameterizedTest
    @ValueSource(strings = {"deals-semicolon-windows1252.csv", "deals-2023-shuffled-windows1252.csv"})
    void aFileWithoutAnyUtf8IsWindows1252WithoutFaults(String sample) throws Exception {
        BulkFile file = ShippedReader.reader().read(Samples.copy(sample, dir));

        assertEquals("windows-1252", file.source().encoding());
        for (Row row : file.rows()) {
            assertEquals(List.of(), row.faults());
        }
    }

    @Test
    void aCellNotTouchedIsWrittenBackAsItReads() throws Exception {
        BulkFile file = ShippedReader.reader().read(Samples.hostile("cyrillic-stray-byte.csv", dir));
        Path out = dir.resolve("out.csv");

        new UploadCsvWriter().write(file, RuleEngine.shipped().layout(file.header()).uploadColumns(), out);

        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(written.contains("Caf\u00e9 deal"), written);
        assertTrue(written.contains("\u041c\u043e\u0441\u043a\u0432\u0430"), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf16le-no-bom.csv", "utf16be-no-bom.csv"})
    void utf16WithoutABomIsText(String name) throws Exception {
        BulkFile file = ShippedReader.reader().read(Samples.hostile(name, dir));

        assertEquals(name.startsWith("utf16le") ? "UTF-16LE" : "UTF-16BE", file.source().encoding());
        assertFalse(file.source().bom());
        assertEquals(List.of("Deal Name", "Customer Name", "Customer City"), file.header());
        assertEquals(List.of("\u0421\u0434\u0435\u043b\u043a\u0430 1", "Contoso", "\u041c\u043e\u0441\u043a\u0432\u0430"),
                List.of(file.row(1).toArray()));
        assertEquals(List.of("Deal 2", "Fabrikam", "Z\u00fcrich"), List.of(file.row(2).toArray()));
    }

    @Test
    void binaryDataWithZerosInEveryOtherByteIsStillBinary() throws Exception {
        byte[] data = new byte[512];
        for (int i = 0; i < data.length; i += 2) {
            data[i] = (byte) (i % 7 == 0 ? 3 : 'A' + i % 20); // a control character now and then: no text
        }
        Path path = dir.resolve("samples.bin");
        Files.write(path, data);

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> ShippedReader.reader().read(path));

        assertTrue(e.getMessage().startsWith("samples.bin: line 1: this is not a text file"), e.getMessage());
    }

    @Test
    void sniffingNeedsTheZerosOnOneSideOnly() {
        assertNull(TextEncoding.sniffUtf16("Deal Name,Notes\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(StandardCharsets.UTF_16LE, TextEncoding.sniffUtf16("Deal".getBytes(StandardCharsets.UTF_16LE)).charset());
        assertEquals(StandardCharsets.UTF_16BE, TextEncoding.sniffUtf16("Deal".getBytes(StandardCharsets.UTF_16BE)).charset());
    }
}
