package com.cosellstudio.io;

import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceFormat;
import com.cosellstudio.domain.SourceInfo;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Reads a CSV bulk file (spec section 6) as a stream, handing the header and then each record to a
 * {@link RowSink}: detects the encoding (BOM, else UTF-8 while the bytes are valid UTF-8, else
 * Windows-1252), the delimiter and the line ending of the header from the top of the file, and has
 * FastCSV split the text ({@link CsvRecordReader}). Only the first megabyte and the record being
 * parsed are in memory.
 *
 * <p>Without a BOM the text is decoded as strict UTF-8; the first byte that is not UTF-8 means the
 * file is Windows-1252 after all, and it is read again from the top as such (the sink is told to
 * forget what it received: {@link RowSink#restart()}).
 */
final class CsvBulkReader {
    /** Report progress every this many records: often enough for a progress bar, cheap enough not to matter. */
    private static final int PROGRESS_EVERY = 2048;

    void stream(Path file, ReadGuard guard, RowSink sink, DoubleConsumer progress) throws UnreadableFileException {
        CsvText text;
        try {
            text = CsvText.of(file);
        } catch (IOException | OutOfMemoryError e) {
            throw BulkFileReader.cannotRead(file, e);
        }
        if (text.length() == 0) {
            throw IoMessages.unreadable("file.empty", file);
        }
        TextEncoding bom = text.bom();
        char delimiter = CsvDelimiterDetector.detect(text.prefix(), 0, StandardCharsets.UTF_8);
        Forward forward = new Forward(file, guard, text, delimiter, sink, progress);
        try {
            // With a BOM the encoding is settled: a stray bad byte shows as U+FFFD instead of a re-read.
            forward.read(StandardCharsets.UTF_8, bom == null);
        } catch (CsvRecordReader.NotUtf8Exception notUtf8) {
            forward.restart();
            try {
                forward.read(TextEncoding.WINDOWS_1252, false);
            } catch (CsvRecordReader.NotUtf8Exception impossible) {
                // Only a strict UTF-8 read raises this.
                throw new IllegalStateException(impossible);
            }
        }
        forward.finish();
    }

    /**
     * Turns the records of one pass over the text into the sink's calls: the first record is the
     * header. A file whose header record is blank is still a file if a later record is not (its
     * header is then that blank record), so blank records after a blank header wait until the first
     * record that is not blank; a file of blank records only is empty.
     */
    private static final class Forward implements CsvRecordReader.RecordConsumer {
        private final Path file;
        private final ReadGuard guard;
        private final CsvText text;
        private final char delimiter;
        private final RowSink sink;
        private final DoubleConsumer progress;
        private double progressShown;
        private CsvText.TextStream stream;
        private Charset charset;
        private Row header;
        private final List<Row> waiting = new ArrayList<>();
        private boolean begun;
        private long records;

        Forward(Path file, ReadGuard guard, CsvText text, char delimiter, RowSink sink, DoubleConsumer progress) {
            this.file = file;
            this.guard = guard;
            this.text = text;
            this.delimiter = delimiter;
            this.sink = sink;
            this.progress = progress;
        }

        void read(Charset charset, boolean strictUtf8) throws UnreadableFileException, CsvRecordReader.NotUtf8Exception {
            this.charset = charset;
            try {
                stream = text.open();
                CsvRecordReader.read(file, stream, text.length(), charset, strictUtf8, delimiter, sink.keepsRows(), this);
            } catch (CsvText.BinaryDataException binary) {
                throw binaryData();
            } catch (UnreadableFileException parseError) {
                // Binary data is named as such, even when its bytes also break the quoting before the NUL.
                if (nulLine() > 0) {
                    throw binaryData();
                }
                throw parseError;
            } catch (IOException e) {
                throw BulkFileReader.cannotRead(file, e);
            }
        }

        /** Forgets the pass so far: the sink too, if it was told anything. */
        void restart() {
            if (begun) {
                sink.restart();
            }
            begun = false;
            header = null;
            waiting.clear();
            records = 0;
        }

        void finish() throws UnreadableFileException {
            if (!begun) {
                throw IoMessages.unreadable("file.empty", file);
            }
            showProgress(1.0);
        }

        @Override
        public void accept(Row record) throws UnreadableFileException {
            if (++records % PROGRESS_EVERY == 0) {
                showProgress((double) stream.position() / Math.max(1, text.length()));
            }
            // The header is record 1: the records under it are one fewer.
            guard.recordAtLine(records - 1, record.sourceLine());
            if (record.size() > guard.limits().columns()) {
                guard.cellsAtLine(lastValueColumn(record) + 1, record.sourceLine());
            }
            if (header == null) {
                header = record;
                if (!record.isBlank()) {
                    begin();
                }
            } else if (begun) {
                sink.row(record);
            } else {
                waiting.add(record);
                if (!record.isBlank()) {
                    begin();
                }
            }
        }

        private static int lastValueColumn(Row record) {
            int last = record.size() - 1;
            while (last >= 0 && record.get(last).isEmpty()) {
                last--;
            }
            return last;
        }

        private void begin() {
            begun = true;
            sink.begin(sourceInfo(), List.of(header.toArray()));
            for (Row row : waiting) {
                sink.row(row);
            }
            waiting.clear();
        }

        private SourceInfo sourceInfo() {
            TextEncoding bom = text.bom();
            String encodingName = bom != null ? bom.charset().name() : charset.name();
            return new SourceInfo(SourceFormat.CSV, encodingName, bom != null, delimiter, headerLineEnding());
        }

        /**
         * The line break ending the header ("\r\n", "\n", "\r"), kept so the file can be written back
         * the same way; CR LF when the file is the header alone without one (or a header longer than
         * the first megabyte). Line breaks inside quoted header cells come before it.
         */
        private String headerLineEnding() {
            int breaksInside = 0;
            for (String cell : header.toArray()) {
                breaksInside += TextLines.countLineBreaks(cell);
            }
            String ending = TextLines.lineBreak(text.prefix(), 0, breaksInside + 1);
            return ending == null ? "\r\n" : ending;
        }

        /** Progress never goes back, not even when a Windows-1252 file is read a second time. */
        private void showProgress(double fraction) {
            if (progress != null && fraction > progressShown) {
                progressShown = fraction;
                progress.accept(fraction);
            }
        }

        private UnreadableFileException binaryData() throws UnreadableFileException {
            return IoMessages.unreadable("file.binary", file, nulLine());
        }

        private int nulLine() throws UnreadableFileException {
            try {
                return text.lineOfFirstNul();
            } catch (IOException e) {
                throw BulkFileReader.cannotRead(file, e);
            }
        }
    }
}
