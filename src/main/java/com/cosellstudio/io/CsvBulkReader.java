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
 * valid, else Windows-1252), the delimiter and the line ending of the header line, and splits the
 * text into the header and the records under it.
 */
final class CsvBulkReader {

    BulkFile read(Path file, byte[] data, DoubleConsumer progress) throws UnreadableFileException {
        TextEncoding bom = TextEncoding.fromBom(data);
        byte[] bytes = data;
        int offset = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (bom != null && bom.isUtf16()) {
            // The scanner works on ASCII-compatible bytes; UTF-16 files are rare, so transcode them.
            String text = new String(data, bom.bomLength(), data.length - bom.bomLength(), bom.charset());
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else if (bom != null) {
            offset = bom.bomLength();
        }
        if (bytes.length - offset == 0) {
            throw IoMessages.unreadable("file.empty", file);
        }

        char delimiter = CsvScanner.detectDelimiter(bytes, offset);
        String lineEnding = CsvScanner.detectLineEnding(bytes, offset);
        List<Row> records;
        try {
            // With a BOM the encoding is settled: a stray bad byte shows as U+FFFD instead of a re-read.
            records = scan(file, bytes, offset, charset, bom == null, delimiter, progress);
        } catch (CsvCellDecoder.NotUtf8Exception notUtf8) {
            charset = TextEncoding.WINDOWS_1252;
            records = scanOrFail(file, bytes, offset, charset, delimiter, progress);
        }
        if (records.isEmpty() || records.stream().allMatch(Row::isBlank)) {
            throw IoMessages.unreadable("file.empty", file);
        }

        String encodingName = bom != null ? bom.charset().name() : charset.name();
        SourceInfo source = new SourceInfo(SourceFormat.CSV, encodingName, bom != null, delimiter,
                lineEnding == null ? "\r\n" : lineEnding);
        Row header = records.get(0);
        List<Row> rows = records.subList(1, records.size());
        if (progress != null) {
            progress.accept(1.0);
        }
        return new BulkFile(file, source, List.of(header.toArray()), new ArrayList<>(rows));
    }

    private static List<Row> scan(Path file, byte[] bytes, int offset, Charset charset, boolean checkUtf8,
            char delimiter, DoubleConsumer progress) throws UnreadableFileException, CsvCellDecoder.NotUtf8Exception {
        CsvCellDecoder decoder = new CsvCellDecoder(charset, delimiter, checkUtf8);
        return new CsvScanner(bytes, offset, delimiter, decoder, file).records(progress);
    }

    private static List<Row> scanOrFail(Path file, byte[] bytes, int offset, Charset charset, char delimiter,
            DoubleConsumer progress) throws UnreadableFileException {
        try {
            return scan(file, bytes, offset, charset, false, delimiter, progress);
        } catch (CsvCellDecoder.NotUtf8Exception impossible) {
            // Only the UTF-8 decoder raises this; Windows-1252 maps every byte.
            throw new IllegalStateException(impossible);
        }
    }
}
