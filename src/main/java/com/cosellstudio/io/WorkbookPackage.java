package com.cosellstudio.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
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

    /** The unpacked size the zip directory states for a part, or -1 when it does not say. */
    long size(String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry == null ? -1 : entry.getSize();
    }

    /** Streams the part {@code name}; a missing part is a damaged workbook. */
    InputStream open(String name) throws UnreadableFileException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw IoMessages.unreadable("xlsx.damaged", file);
        }
        try {
            return new Bounded(zip.getInputStream(entry), name, entry.getCompressedSize());
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

    /** Thrown from inside a parse when a part unpacks past its limit; the reader turns it into the message. */
    static final class TooLarge extends IOException {
        private final transient UnreadableFileException reason;

        TooLarge(UnreadableFileException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }

        UnreadableFileException reason() {
            return reason;
        }
    }

    /** Counts what a part unpacks to and stops it at the limits. */
    private final class Bounded extends ProxyInputStream {
        private final String name;
        private final long packed;
        private long unpacked;

        Bounded(InputStream in, String name, long packed) {
            super(in);
            this.name = name;
            this.packed = packed;
        }

        @Override
        protected void afterRead(int n) throws IOException {
            if (n <= 0) {
                return;
            }
            unpacked += n;
            if (unpacked > limits.maxPartBytes()) {
                throw new TooLarge(IoMessages.unreadable("xlsx.partTooLarge", file, name, limits.maxPartBytes() >> 20));
            }
            if (unpacked > GRACE_BYTES && packed > 0 && unpacked > packed * limits.maxRatio()) {
                throw new TooLarge(IoMessages.unreadable("xlsx.zipBomb", file, name, (long) limits.maxRatio()));
            }
        }
    }
}
