package com.cosellstudio.io;

import com.cosellstudio.domain.BulkFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/**
 * Opens a bulk file of any supported kind (spec section 6). The format is decided by the content,
 * not the file name: a ZIP container is an .xlsx workbook, an OLE2 container is an old .xls or an
 * encrypted workbook (refused with advice), anything else is read as CSV text.
 *
 * <p>Every failure is an {@link UnreadableFileException} whose message is one line naming the file
 * and, where known, the line or sheet row.
 */
public final class BulkFileReader {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    public BulkFile read(Path file) throws UnreadableFileException {
        return read(file, null);
    }

    /**
     * @param progress told how far reading has got, 0..1 (may be null); called on the reading thread
     */
    public BulkFile read(Path file, DoubleConsumer progress) throws UnreadableFileException {
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
        if (startsWith(head, ZIP_MAGIC)) {
            return new XlsxBulkReader().read(file, progress);
        }
        return new CsvBulkReader().read(file, readAll(file), progress);
    }

    private static byte[] readHead(Path file) throws UnreadableFileException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    private static byte[] readAll(Path file) throws UnreadableFileException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            throw cannotRead(file, e);
        }
    }

    private static UnreadableFileException cannotRead(Path file, Throwable e) {
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
