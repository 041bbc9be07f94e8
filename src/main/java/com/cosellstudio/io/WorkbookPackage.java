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
     * @param maxRatio       how many times its packed size a part may unpack to (POI's default is 100)
     * @param maxPartBytes   how large any one part may unpack to
     */
    record PartLimits(double maxRatio, long maxPartBytes) {
        static final PartLimits DEFAULT = new PartLimits(100, 1L << 32);
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

    /** Streams the part {@code name}; a missing part is a damaged workbook. */
    InputStream open(String name) throws UnreadableFileException {
        return open(name, null);
    }

    /** As {@link #open(String)}, telling {@code progress} (if not null) how far through the part reading is, 0..1. */
    InputStream open(String name, DoubleConsumer progress) throws UnreadableFileException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw IoMessages.unreadable("xlsx.damaged", file);
        }
        try {
            return new Bounded(zip.getInputStream(entry), name, entry.getCompressedSize(), entry.getSize(),
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

    /** Counts what a part unpacks to, stops it at the limits and tells how far it has got. */
    private final class Bounded extends ProxyInputStream {
        private final String name;
        private final long packed;
        private final long size;
        private final DoubleConsumer progress;
        private long unpacked;
        private long reported;

        Bounded(InputStream in, String name, long packed, long size, DoubleConsumer progress) {
            super(in);
            this.name = name;
            this.packed = packed;
            this.size = size;
            this.progress = progress;
        }

        @Override
        protected void afterRead(int n) throws IOException {
            if (n <= 0) {
                return;
            }
            unpacked += n;
            if (unpacked > limits.maxPartBytes()) {
                throw refuse(IoMessages.unreadable("xlsx.partTooLarge", file, name, limits.maxPartBytes() >> 20));
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
