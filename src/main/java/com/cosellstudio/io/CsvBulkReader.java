package com.cosellstudio.io;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceFormat;
import com.cosellstudio.domain.SourceInfo;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Reads a CSV bulk file (spec section 6) from its bytes: detects the encoding (BOM, else UTF-8 when
 * valid, else Windows-1252), the delimiter and the line ending of the header, and has FastCSV split
 * the text into the header and the records under it ({@link CsvRecordReader}).
 */
final class CsvBulkReader {

    BulkFile read(Path file, byte[] data, DoubleConsumer progress) throws UnreadableFileException {
        TextEncoding bom = TextEncoding.fromBom(data);
        byte[] bytes = data;
        int offset = 0;
        if (bom != null && bom.isUtf16()) {
            // The line arithmetic works on ASCII-compatible bytes; UTF-16 files are rare, so transcode them.
            String text = new String(data, bom.bomLength(), data.length - bom.bomLength(), bom.charset());
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else if (bom != null) {
            offset = bom.bomLength();
        }
        if (bytes.length - offset == 0) {
            throw IoMessages.unreadable("file.empty", file);
        }
        refuseBinary(file, bytes, offset);

        Charset charset = StandardCharsets.UTF_8;
        char delimiter = CsvDelimiterDetector.detect(bytes, offset, charset);
        List<Row> records;
        try {
            // With a BOM the encoding is settled: a stray bad byte shows as U+FFFD instead of a re-read.
            records = CsvRecordReader.read(file, bytes, offset, charset, bom == null, delimiter, progress);
        } catch (CsvRecordReader.NotUtf8Exception notUtf8) {
            charset = TextEncoding.WINDOWS_1252;
            records = readWindows1252(file, bytes, offset, delimiter, progress);
        }
        if (records.isEmpty() || records.stream().allMatch(Row::isBlank)) {
            throw IoMessages.unreadable("file.empty", file);
        }

        Row header = records.get(0);
        String encodingName = bom != null ? bom.charset().name() : charset.name();
        SourceInfo source = new SourceInfo(SourceFormat.CSV, encodingName, bom != null, delimiter,
                headerLineEnding(bytes, offset, header));
        List<Row> rows = records.subList(1, records.size());
        if (progress != null) {
            progress.accept(1.0);
        }
        return new BulkFile(file, source, List.of(header.toArray()), new ArrayList<>(rows));
    }

    private static List<Row> readWindows1252(Path file, byte[] bytes, int offset, char delimiter,
            DoubleConsumer progress) throws UnreadableFileException {
        try {
            return CsvRecordReader.read(file, bytes, offset, TextEncoding.WINDOWS_1252, false, delimiter, progress);
        } catch (CsvRecordReader.NotUtf8Exception impossible) {
            // Only a strict UTF-8 read raises this.
            throw new IllegalStateException(impossible);
        }
    }

    /** No text file holds a NUL byte: such a file is binary data, whatever its quotes would say. */
    private static void refuseBinary(Path file, byte[] bytes, int offset) throws UnreadableFileException {
        int nul = TextLines.indexOfNul(bytes, offset);
        if (nul >= 0) {
            throw IoMessages.unreadable("file.binary", file, TextLines.lineOf(bytes, offset, nul));
        }
    }

    /**
     * The line break ending the header ("\r\n", "\n", "\r"), kept so the file can be written back
     * the same way; CR LF when the file is the header alone without one. Line breaks inside quoted
     * header cells come before it.
     */
    private static String headerLineEnding(byte[] bytes, int offset, Row header) {
        int breaksInside = 0;
        for (String cell : header.toArray()) {
            breaksInside += TextLines.countLineBreaks(cell);
        }
        String ending = TextLines.lineBreak(bytes, offset, breaksInside + 1);
        return ending == null ? "\r\n" : ending;
    }
}
