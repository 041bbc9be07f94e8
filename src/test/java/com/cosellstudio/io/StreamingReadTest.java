package com.cosellstudio.io;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
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
 * {@link BulkFileReader#stream}: the header first, then each record as it is parsed, the same file
 * {@link BulkFileReader#read} gives; a file that stops being UTF-8 far down is read again as
 * Windows-1252, and binary data is found wherever it is.
 */
class StreamingReadTest {
    @TempDir
    Path dir;

    /** What a sink was told, in order. */
    private static class Recording implements RowSink {
        final List<String> calls = new ArrayList<>();
        SourceInfo source;
        List<String> header;
        List<Row> rows = new ArrayList<>();

        @Override
        public void begin(SourceInfo source, List<String> header) {
            calls.add("begin");
            this.source = source;
            this.header = header;
        }

        @Override
        public void row(Row row) {
            if (rows.isEmpty()) {
                calls.add("rows");
            }
            rows.add(row);
        }

        @Override
        public void restart() {
            calls.add("restart");
            rows = new ArrayList<>();
        }
    }

    private Recording stream(Path file) throws UnreadableFileException {
        Recording sink = new Recording();
        ShippedReader.reader().stream(file, sink);
        return sink;
    }

    private static List<List<String>> cells(List<Row> rows) {
        return rows.stream().map(row -> List.of(row.toArray())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"deals-valid.csv", "deals-with-errors.csv", "deals-semicolon-windows1252.csv",
        "deals-libreoffice.source.csv", "template-2021.csv", "deals-libreoffice.xlsx"})
    void streamingHandsOverWhatReadingHolds(String sample) throws Exception {
        Path file = Samples.copy(sample, dir);
        BulkFile read = ShippedReader.reader().read(file);

        Recording streamed = stream(file);

        assertEquals(read.source(), streamed.source);
        assertEquals(read.header(), streamed.header);
        assertEquals(cells(read.rows()), cells(streamed.rows));
        List<Integer> lines = streamed.rows.stream().map(Row::sourceLine).toList();
        assertEquals(read.rows().stream().map(Row::sourceLine).toList(), lines);
        assertEquals(List.of("begin", "rows").subList(0, read.rowCount() == 0 ? 1 : 2), streamed.calls);
    }

    /** A sink that says it drops each row (as the command line's check does). */
    private static final class Dropping extends Recording {
        @Override
        public boolean keepsRows() {
            return false;
        }
    }

    @Test
    void aSinkThatKeepsRowsGetsRepeatedValuesSharedAndOneThatDropsThemTheSameCells() throws Exception {
        Path file = Samples.copy("deals-with-errors.csv", dir);
        Recording keeping = stream(file);
        Recording dropping = new Dropping();
        ShippedReader.reader().stream(file, dropping);

        assertEquals(cells(keeping.rows), cells(dropping.rows));
        int status = keeping.header.indexOf("Partner Referral Status");
        List<Row> newDeals = keeping.rows.stream().filter(row -> row.get(status).equals("New")).toList();
        assertTrue(newDeals.size() > 2);
        for (Row row : newDeals) {
            assertSame(newDeals.get(0).get(status), row.get(status), "one String for a value repeated down a column");
        }
    }

    /** Many megabytes of plain ASCII, then one Windows-1252 byte: far past anything decided up front. */
    private Path asciiThenWindows1252(int rows) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("Deal Name,Customer Name,Notes\r\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 1; i <= rows; i++) {
            bytes.write(("Deal " + i + ",Contoso,\"plain, ascii\"\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        bytes.write("Last deal,M\u00fcller GmbH,\u20ac 100\r\n".getBytes(TextEncoding.WINDOWS_1252));
        Path file = dir.resolve("late-1252.csv");
        Files.write(file, bytes.toByteArray());
        assertTrue(Files.size(file) > 3 * CsvText.PREFIX_BYTES, "the odd byte is beyond the first megabytes");
        return file;
    }

    @Test
    void aFileThatStopsBeingUtf8FarDownIsReadAgainAsWindows1252() throws Exception {
        Path file = asciiThenWindows1252(120_000);

        Recording streamed = stream(file);

        assertEquals(List.of("begin", "rows", "restart", "begin", "rows"), streamed.calls);
        assertEquals("windows-1252", streamed.source.encoding());
        assertEquals(120_001, streamed.rows.size(), "the rows of the first pass were forgotten");
        assertEquals(List.of("Last deal", "M\u00fcller GmbH", "\u20ac 100"), List.of(streamed.rows.get(120_000).toArray()));
        assertEquals(120_002, streamed.rows.get(120_000).sourceLine());

        BulkFile read = ShippedReader.reader().read(file);
        assertEquals("windows-1252", read.source().encoding());
        assertEquals(120_001, read.rowCount());
        assertEquals("M\u00fcller GmbH", read.row(120_001).get(1));
    }

    @Test
    void progressNeverGoesBackWhenAFileIsReadTwice() throws Exception {
        Path file = asciiThenWindows1252(120_000);
        List<Double> seen = new ArrayList<>();

        ShippedReader.reader().read(file, seen::add);

        assertTrue(seen.size() > 2, "progress while reading: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), "never goes back: " + seen);
        }
        assertEquals(1.0, seen.get(seen.size() - 1));
    }

    /** The file {@code name}: {@code text} in UTF-8, then {@code tail} as is. */
    private Path textThenBytes(String name, CharSequence text, int... tail) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(text.toString().getBytes(StandardCharsets.UTF_8));
        for (int b : tail) {
            bytes.write(b);
        }
        Path file = dir.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    @Test
    void binaryDataFarDownIsNamedWithItsLine() throws Exception {
        StringBuilder text = new StringBuilder("Deal Name,Notes\n");
        for (int i = 1; i <= 100_000; i++) {
            text.append("Deal ").append(i).append(",\"two\r\nlines\"\n");
        }
        Path file = textThenBytes("blob.csv", text, 'x', ',', 'y', 0, 'z', '\n');

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> stream(file));

        // The header, then 100,000 records of two lines each: the NUL is on line 200,002.
        assertTrue(e.getMessage().startsWith("blob.csv: line 200002: this is not a text file"), e.getMessage());
    }

    @Test
    void binaryDataAfterABrokenQuoteIsStillNamedAsBinary() throws Exception {
        StringBuilder text = new StringBuilder("Deal Name,Notes\n\"27\" monitors\",x\n");
        for (int i = 0; i < 50_000; i++) {
            text.append("Deal,notes\n");
        }
        Path file = textThenBytes("broken.csv", text, 0, '\n');

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> stream(file));

        assertTrue(e.getMessage().startsWith("broken.csv: line 50003: this is not a text file"), e.getMessage());
    }

    @Test
    void aBlankHeaderRecordIsTheHeaderWhenRecordsFollow() throws Exception {
        Path file = dir.resolve("late.csv");
        Files.writeString(file, "\r\n\r\nDeal Name,Notes\r\nA,b\r\n", StandardCharsets.UTF_8);

        Recording streamed = stream(file);

        assertEquals(List.of(""), streamed.header);
        assertEquals(List.of(List.of(""), List.of("Deal Name", "Notes"), List.of("A", "b")), cells(streamed.rows));
        assertEquals(List.of(2, 3, 4), streamed.rows.stream().map(Row::sourceLine).toList());
    }
}
