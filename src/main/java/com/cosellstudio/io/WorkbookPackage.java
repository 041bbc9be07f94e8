package com.cosellstudio.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.io.input.ProxyInputStream;

/**
 * The parts of an .xlsx file, opened from the JDK's own zip reader. POI's package classes cost
 * several tenths of a second to load and parse every part's relations into a DOM before the first
 * cell; the reader needs five named parts, streamed. What POI's secure zip adds is kept: a part
 * that unpacks to far more than its packed size (a zip bomb) is refused as soon as it does, so
 * no more than a bounded amount is ever inflated for nothing.
 */
final class WorkbookPackage implements AutoCloseable {
    /** Below this a part's packing ratio is not judged: tiny parts pack very well. */
    private static final long GRACE_BYTES = 1 << 20;

    private final Path file;
    private final ZipFile zip;
    private final PartLimits limits;
    /** Why a part was stopped, kept here because the XML parser wraps the stream's exception as it likes. */
    private UnreadableFileException refusal;

    /**
     * @param maxRatio          how many times its packed size a part may unpack to (POI's default ratio)
     * @param maxPartBytes      how large the sheet or the shared strings may unpack to
     * @param maxSmallPartBytes how large any other part (relations, workbook, styles) may unpack to
     * @param maxRunBytes       the longest run of bytes without a {@code <}: one tag with its attributes
     *                          and the text after it, which the XML parser holds whole
     */
    record PartLimits(double maxRatio, long maxPartBytes, long maxSmallPartBytes, int maxRunBytes) {
        static final PartLimits DEFAULT = new PartLimits(100, 1L << 32, 1L << 26, 1 << 24);
    }

    WorkbookPackage(Path file, PartLimits limits) throws UnreadableFileException {
        this.file = file;
        this.limits = limits;
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw IoMessages.unreadable(e, "xlsx.damaged", file);
        }
    }

    /** Whether the package holds the part {@code name} ("xl/workbook.xml", no leading slash). */
    boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    /** Streams the part {@code name}, one of the small ones; a missing part is a damaged workbook. */
    InputStream open(String name) throws UnreadableFileException {
        return open(name, limits.maxSmallPartBytes(), null);
    }

    /**
     * As {@link #open(String)}, for the sheet or the shared strings, telling {@code progress} (if not
     * null) how far through the part reading is, 0..1.
     */
    InputStream openLarge(String name, DoubleConsumer progress) throws UnreadableFileException {
        return open(name, limits.maxPartBytes(), progress);
    }

    private InputStream open(String name, long maxBytes, DoubleConsumer progress) throws UnreadableFileException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw IoMessages.unreadable("xlsx.damaged", file);
        }
        try {
            return new Bounded(zip.getInputStream(entry), name, maxBytes, entry.getCompressedSize(), entry.getSize(),
                    entry.getSize() > 0 ? progress : null);
        } catch (IOException | RuntimeException e) {
            throw IoMessages.unreadable(e, "xlsx.damaged", file);
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Opened for reading only: nothing was written that closing could lose.
        }
    }

    /** The refusal of a part that unpacked past a limit, or null: what went wrong when a parse failed. */
    UnreadableFileException refusal() {
        return refusal;
    }

    private IOException refuse(UnreadableFileException reason) {
        refusal = reason;
        return new IOException(reason.getMessage());
    }

    /**
     * Counts what a part unpacks to, stops it at the limits and tells how far it has got. Also where
     * a read is cancelled: a part that is mostly text has few elements to look in between.
     */
    private final class Bounded extends ProxyInputStream {
        private final String name;
        private final long maxBytes;
        private final long packed;
        private final long size;
        private final DoubleConsumer progress;
        private long unpacked;
        private long reported;
        /** Bytes since the last {@code <}. */
        private long run;

        Bounded(InputStream in, String name, long maxBytes, long packed, long size, DoubleConsumer progress) {
            super(in);
            this.name = name;
            this.maxBytes = maxBytes;
            this.packed = packed;
            this.size = size;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                run = b == '<' ? 0 : run + 1;
                checkRun();
            }
            return b;
        }

        @Override
        public int read(byte[] bytes) throws IOException {
            return read(bytes, 0, bytes.length);
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = super.read(bytes, offset, length);
            if (n > 0) {
                // Markup comes every few bytes, so both searches stop almost at once; a run in between
                // two of its marks is no longer than what one read returns.
                int end = offset + n;
                int first = offset;
                while (first < end && bytes[first] != '<') {
                    first++;
                }
                run += first - offset;
                checkRun();
                if (first < end) {
                    int last = end - 1;
                    while (bytes[last] != '<') {
                        last--;
                    }
                    run = end - 1 - last;
                }
            }
            return n;
        }

        private void checkRun() throws IOException {
            if (run > limits.maxRunBytes()) {
                throw refuse(IoMessages.unreadable("xlsx.runTooLong", file, name, limits.maxRunBytes() >> 20));
            }
        }

        @Override
        protected void afterRead(int n) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw refuse(new ReadCancelledException(file));
            }
            if (n <= 0) {
                return;
            }
            unpacked += n;
            if (unpacked > maxBytes) {
                throw refuse(IoMessages.unreadable("xlsx.partTooLarge", file, name, maxBytes >> 20));
            }
            if (unpacked > GRACE_BYTES && packed > 0 && unpacked > packed * limits.maxRatio()) {
                throw refuse(IoMessages.unreadable("xlsx.zipBomb", file, name, (long) limits.maxRatio()));
            }
            if (progress != null && unpacked - reported >= size / 100) {
                reported = unpacked;
                progress.accept(Math.min(1.0, (double) unpacked / size));
            }
        }
    }
}
