package com.cosellstudio.io;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cosellstudio.domain.BulkFile;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same deals saved the ways spreadsheet programs save CSV (encodings, BOMs, delimiters, line
 * ends) read to the same cells, and what was detected is reported.
 */
class CsvVariantsTest {
    @TempDir
    static Path dir;

    private static BulkFile original;

    @BeforeAll
    static void readOriginal() throws Exception {
        original = ShippedReader.reader().read(Samples.copy("deals-valid.csv", dir));
    }

    static Stream<Arguments> variants() {
        Charset utf16le = StandardCharsets.UTF_16LE;
        Charset utf16be = StandardCharsets.UTF_16BE;
        return Stream.of(
                Arguments.of("UTF-8", true, ',', "\r\n"),
                Arguments.of("UTF-8", false, ',', "\n"),
                Arguments.of("UTF-8", false, ';', "\r"),
                Arguments.of("UTF-8", true, '\t', "\r\n"),
                Arguments.of("UTF-8", false, '|', "\n"),
                Arguments.of(utf16le.name(), true, '\t', "\r\n"),
                Arguments.of(utf16be.name(), true, ';', "\n"));
    }

    @ParameterizedTest(name = "{0} bom={1} delimiter={2}")
    @MethodSource("variants")
    void sameCellsWhateverTheEncodingDelimiterOrLineEnd(String encoding, boolean bom, char delimiter, String lineEnd)
            throws Exception {
        Path file = dir.resolve("variant-" + encoding + "-" + bom + "-" + (int) delimiter + "-" + lineEnd.length() + ".csv");
        Files.write(file, encode(original, Charset.forName(encoding), bom, delimiter, lineEnd));

        BulkFile read = ShippedReader.reader().read(file);

        assertEquals(encoding, read.source().encoding());
        assertEquals(bom, read.source().bom());
        assertEquals(delimiter, read.source().delimiter());
        assertEquals(lineEnd, read.source().lineEnding());
        assertEquals(original.header(), read.header());
        assertEquals(Samples.cells(original), Samples.cells(read));
    }

    /** The file written by OpenCSV with the given conventions. */
    static byte[] encode(BulkFile file, Charset charset, boolean bom, char delimiter, String lineEnd) throws Exception {
        StringWriter text = new StringWriter();
        try (ICSVWriter csv = new CSVWriter(text, delimiter, '"', '"', lineEnd)) {
            csv.writeNext(file.header().toArray(new String[0]), false);
            for (var row : file.rows()) {
                csv.writeNext(row.toArray(), false);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write("\uFEFF".getBytes(charset));
        }
        out.write(text.toString().getBytes(charset));
        return out.toByteArray();
    }

}
