package com.cosellstudio.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.ReadLimits;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random text files (quotes, delimiters, line breaks, UTF-8, stray and random bytes, NUL bytes,
 * byte order marks, UTF-16 without one) through the CSV reader, whole and streamed: each is either
 * read, with no cell left without a column, or refused with one line naming the file; never any
 * other exception. A bounded number of tries keeps it to seconds.
 */
class CsvFuzzTest {
    private static final ReadLimits LIMITS = new ReadLimits(200, 40, "Extra");

    @Property(tries = 1000)
    void anyTextIsReadOrRefusedInOneLine(@ForAll("files") byte[] content) throws IOException {
        Path folder = Files.createTempDirectory("csv-fuzz");
        Path file = folder.resolve("fuzz.csv");
        try {
            Files.write(file, content);
            BulkFileReader reader = new BulkFileReader(LIMITS);
            try {
                BulkFile read = reader.read(file);
                for (Row row : read.rows()) {
                    assertTrue(row.lastValueColumn() < read.columnCount(), "every cell has a column: " + row);
                }
            } catch (UnreadableFileException e) {
                assertOneLineNamingTheFile(e);
            }
            try {
                reader.stream(file, new Discarding());
            } catch (UnreadableFileException e) {
                assertOneLineNamingTheFile(e);
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    private static void assertOneLineNamingTheFile(UnreadableFileException e) {
        String message = e.getMessage();
        assertTrue(message.startsWith("fuzz.csv: "), message);
        assertFalse(message.contains("\n") || message.contains("\r"), message);
    }

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<byte[]> body = token().list().ofMaxSize(120).map(CsvFuzzTest::concat);
        Arbitrary<byte[]> start = Arbitraries.frequency(
                Tuple.of(12, new byte[0]),
                Tuple.of(3, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                Tuple.of(1, new byte[] {(byte) 0xFF, (byte) 0xFE}),
                Tuple.of(1, new byte[] {(byte) 0xFE, (byte) 0xFF}));
        Arbitrary<Boolean> asUtf16 = Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true));
        return Combinators.combine(start, body, asUtf16).as((bom, text, utf16) -> {
            byte[] bytes = utf16 ? new String(text, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_16LE) : text;
            return concat(List.of(bom, bytes));
        });
    }

    private static Arbitrary<byte[]> token() {
        return Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '0', '9').ofMaxLength(8)
                        .map(s -> s.getBytes(StandardCharsets.US_ASCII))),
                Tuple.of(12, Arbitraries.of(",", ";", "\t", "|").map(s -> s.getBytes(StandardCharsets.US_ASCII))),
                Tuple.of(10, Arbitraries.just("\"".getBytes(StandardCharsets.US_ASCII))),
                Tuple.of(8, Arbitraries.of("\r\n", "\n", "\r").map(s -> s.getBytes(StandardCharsets.US_ASCII))),
                Tuple.of(6, Arbitraries.of("\u00e9", "\u0416", "\u20ac", "\uD83D\uDE00", "\u00AB")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(4, Arbitraries.bytes().between((byte) 0x80, (byte) 0xFF).map(b -> new byte[] {b})),
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4)),
                Tuple.of(1, Arbitraries.just(new byte[] {0})));
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A sink that keeps nothing, as the command line's check. */
    private static final class Discarding implements RowSink {
        @Override
        public void begin(SourceInfo source, List<String> header) {
        }

        @Override
        public void row(Row row) {
        }

        @Override
        public void restart() {
        }

        @Override
        public boolean keepsRows() {
            return false;
        }
    }
}
