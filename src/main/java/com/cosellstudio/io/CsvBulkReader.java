package com.cosellstudio.io;

import com.cosellstudio.domain.ReadFault;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceFormat;
import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.io.CsvRecordReader.Decoding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Reads a CSV bulk file (spec section 6) as a stream, handing the header and then each record to a
 * {@link RowSink}: detects the encoding (BOM, else UTF-8 while the bytes are valid UTF-8, else
 * Windows-1252), the delimiter and the line ending of the header from the top of the file, and has
 * FastCSV split the text ({@link CsvRecordReader}). Only the top of the file, read for detection,
 * and the record being parsed are in memory.
 *
 * <p>The text is decoded as strict UTF-8 first, the fast way every valid file takes. The first byte
 * that is not UTF-8 means it is read again from the top (the sink is told to forget what it
 * received: {@link RowSink#restart()}): as UTF-8 with each cell holding a stray byte flagged, when a
 * BOM vouched for UTF-8 or the file holds UTF-8 elsewhere, else as Windows-1252.
 */
final class CsvBulkReader {
    /** Report progress every this many records: often enough for a progress bar, cheap enough not to matter. */
    private static final int PROGRESS_EVERY = 2048;

    void stream(Path file, ReadGuard guard, RowSink sink, DoubleConsumer progress) throws UnreadableFileException {
        CsvText text;
        try {
            text = CsvText.of(file);
        } catch (OutOfMemoryError e) {
            throw IoMessages.unreadable("file.outOfMemory", file);
        } catch (IOException e) {
            throw BulkFileReader.cannotRead(file, e);
        }
        if (text.length() == 0) {
            throw IoMessages.unreadable("file.empty", file);
        }
        char delimiter = CsvDelimiterDetector.detect(text.prefix(), 0, StandardCharsets.UTF_8);
        Forward forward = new Forward(file, guard, text, delimiter, sink, progress);
        try {
            forward.read(Decoding.STRICT_UTF8);
        } catch (CsvRecordReader.NotUtf8Exception notUtf8) {
            forward.restart();
            try {
                forward.read(strayBytesOrWindows1252(file, text));
            } catch (CsvRecordReader.NotUtf8Exception impossible) {
                // Only a strict UTF-8 read raises this.
                throw new IllegalStateException(impossible);
            }
        }
        forward.finish();
    }

    /**
     * How to read a text that is not valid UTF-8 (spec section 6): as UTF-8 with its stray bytes
     * marked when a UTF-8 BOM vouched for it or it holds UTF-8 elsewhere (one pasted cell must not
     * turn every other one into mojibake), else as Windows-1252.
     */
    private static Decoding strayBytesOrWindows1252(Path file, CsvText text) throws UnreadableFileException {
        try {
            return text.hasBom() || text.holdsUtf8() ? Decoding.MARKED_UTF8 : Decoding.WINDOWS_1252;
        } catch (IOException e) {
            throw BulkFileReader.cannotRead(file, e);
        }
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
        private Decoding decoding;
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

        void read(Decoding decoding) throws UnreadableFileException, CsvRecordReader.NotUtf8Exception {
            this.decoding = decoding;
            try {
                stream = text.open();
                CsvRecordReader.read(file, stream, decoding, delimiter, sink.keepsRows(), this);
            } catch (CsvText.BinaryDataException binary) {
                throw binaryData();
            } catch (UnreadableFileException parseError) {
                // Binary data is named as such, even when its bytes also break the quoting before the NUL.
                if (nulLine() > 0) {
                    throw binaryData();
                }
                throw parseError;
            } catch (CsvRecordReader.NoMemoryException noMemory) {
                // What the sink holds goes first: saying so takes a little memory too.
                restart();
                throw IoMessages.unreadable("file.outOfMemoryAtLine", file, noMemory.line);
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
                guard.cellsAtLine(record.lastValueColumn() + 1, record.sourceLine());
                record = withoutEmptyTail(record);
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

        /**
         * A record past the columns a file may have holds nothing but empty cells out there (else
         * the guard refused it): they are dropped down to the header's width, so that delimiters
         * repeated to the end of every line cannot fill memory. A record within the limit is kept
         * as read, its empty cells written back as they were.
         */
        private Row withoutEmptyTail(Row record) {
            int width = header == null ? 0 : header.size();
            if (record.size() <= width) {
                return record;
            }
            int keep = Math.max(width, record.lastValueColumn() + 1);
            Row kept = new Row(Arrays.copyOf(record.toArray(), keep), record.sourceLine());
            for (ReadFault fault : record.faults()) {
                if (fault.column() < keep) {
                    kept.addFault(fault);
                }
            }
            return kept;
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
            TextEncoding announced = text.announced();
            String encodingName = announced != null ? announced.charset().name()
                    : decoding == Decoding.WINDOWS_1252 ? TextEncoding.WINDOWS_1252.name() : StandardCharsets.UTF_8.name();
            return new SourceInfo(SourceFormat.CSV, encodingName, text.hasBom(), delimiter, headerLineEnding());
        }

        /**
         * The line break ending the header ("\r\n", "\n", "\r"), kept so the file can be written back
         * the same way; CR LF when the file is the header alone without one (or a header longer than
         * the top of the file read for detection). Line breaks inside quoted header cells come before it.
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
