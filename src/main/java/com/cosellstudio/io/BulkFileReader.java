package com.cosellstudio.io;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.ReadLimits;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Opens a bulk file of any supported kind (spec section 6). The format is decided by the content,
 * not the file name: a ZIP container is an .xlsx workbook, an OLE2 container is an old .xls or an
 * encrypted workbook (refused with advice), anything else is read as CSV text.
 *
 * <p>Every failure is an {@link UnreadableFileException} whose message is one line naming the file
 * and, where known, the line or sheet row. Standard input ({@link #STANDARD_INPUT}), a pipe or a
 * process substitution is read like a file ({@link SpooledInput}).
 */
public final class BulkFileReader {
    /** The file name that means standard input ("-", as command lines have it); messages call it "stdin". */
    public static final Path STANDARD_INPUT = Path.of("-");
    static final String STANDARD_INPUT_NAME = "stdin";

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final ReadLimits limits;

    /** @param limits how big a file may be before reading it is refused (the rule pack's) */
    public BulkFileReader(ReadLimits limits) {
        this.limits = limits;
    }

    public BulkFile read(Path file) throws UnreadableFileException {
        return read(file, null);
    }

    /**
     * The whole file in memory, as the window needs it to edit.
     *
     * @param progress told how far reading has got, 0..1 (may be null); called on the reading thread
     */
    public BulkFile read(Path file, DoubleConsumer progress) throws UnreadableFileException {
        try (SpooledInput input = SpooledInput.of(file)) {
            BulkFile read = readFile(input.path(), progress);
            return input.copied() ? read.withPath(file, read.source()) : read;
        }
    }

    private BulkFile readFile(Path file, DoubleConsumer progress) throws UnreadableFileException {
        Collector rows = new Collector();
        streamFile(file, rows, progress);
        return new BulkFile(file, rows.source, rows.header, rows.rows);
    }

    /**
     * Reads the file into {@code sink}: the header and what was detected first, then each record as it
     * is parsed. CSV text and a workbook's sheet are both streamed, so memory does not grow with the
     * file's size unless the sink keeps the rows.
     */
    public void stream(Path file, RowSink sink) throws UnreadableFileException {
        stream(file, sink, null);
    }

    /** As {@link #stream(Path, RowSink)}, telling {@code progress} how far reading has got, 0..1. */
    public void stream(Path file, RowSink sink, DoubleConsumer progress) throws UnreadableFileException {
        try (SpooledInput input = SpooledInput.of(file)) {
            streamFile(input.path(), sink, progress);
        }
    }

    private void streamFile(Path file, RowSink sink, DoubleConsumer progress) throws UnreadableFileException {
        WidestRow rows = new WidestRow(sink);
        if (isWorkbook(file)) {
            new XlsxBulkReader().stream(file, new ReadGuard(file, limits), rows, progress);
        } else {
            new CsvBulkReader().stream(file, new ReadGuard(file, limits), rows, progress);
        }
        rows.finish(limits);
    }

    /**
     * Passes the rows of either reader on and notes the widest, so that cells past the header get
     * columns of their own once the file is read (spec section 5). Empty cells past a row's last
     * value need none.
     */
    private static final class WidestRow implements RowSink {
        private final RowSink sink;
        private List<String> header = List.of();
        private int widest;

        WidestRow(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void begin(SourceInfo source, List<String> header) {
            this.header = header;
            sink.begin(source, header);
        }

        @Override
        public void row(Row row) {
            if (row.size() > Math.max(header.size(), widest)) {
                widest = Math.max(widest, row.lastValueColumn() + 1);
            }
            sink.row(row);
        }

        @Override
        public void restart() {
            header = List.of();
            widest = 0;
            sink.restart();
        }

        @Override
        public boolean keepsRows() {
            return sink.keepsRows();
        }

        void finish(ReadLimits limits) {
            if (widest > header.size()) {
                sink.headerExtended(limits.extraHeaders(header, widest));
            }
        }
    }

    /**
     * Decides by the first bytes: true for a ZIP container (an .xlsx workbook), false for text;
     * refuses folders, empty files and OLE2 containers (old .xls or encrypted workbooks).
     */
    private static boolean isWorkbook(Path file) throws UnreadableFileException {
        if (Files.isDirectory(file)) {
            throw IoMessages.unreadable("file.notRegular", file);
        }
        byte[] head = readHead(file);
        if (head.length == 0) {
            throw IoMessages.unreadable("file.empty", file);
        }
        if (startsWith(head, OLE2_MAGIC)) {
            throw IoMessages.unreadable("file.oldOrEncryptedWorkbook", file);
        }
        return startsWith(head, ZIP_MAGIC);
    }

    private static byte[] readHead(Path file) throws UnreadableFileException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /** Keeps every row: {@link #read} is {@link #stream} into one of these. */
    private static final class Collector implements RowSink {
        SourceInfo source;
        List<String> header;
        ArrayList<Row> rows = new ArrayList<>();

        @Override
        public void begin(SourceInfo source, List<String> header) {
            this.source = source;
            this.header = header;
        }

        @Override
        public void row(Row row) {
            rows.add(row);
        }

        @Override
        public void headerExtended(List<String> added) {
            header = new ArrayList<>(header);
            header.addAll(added);
        }

        @Override
        public void restart() {
            rows = new ArrayList<>();
        }
    }

    /** The name users know a file by: its file name without folders; "stdin" for {@link #STANDARD_INPUT}. */
    public static String displayName(Path file) {
        return STANDARD_INPUT.equals(file) ? STANDARD_INPUT_NAME : IoMessages.displayName(file);
    }

    static UnreadableFileException cannotRead(Path file, Throwable e) {
        if (e instanceof NoSuchFileException) {
            return IoMessages.unreadable(e, "file.missing", file);
        }
        if (e instanceof AccessDeniedException) {
            return IoMessages.unreadable(e, "file.accessDenied", file);
        }
        return IoMessages.unreadable(e, "file.cannotRead", file, IoMessages.reason(e));
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (data[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
