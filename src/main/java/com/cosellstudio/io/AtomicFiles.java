package com.cosellstudio.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Saving that never destroys data (spec section 7): the content goes to a temporary file beside the
 * target, is flushed to disk, and only then replaces the target in one rename. If anything fails,
 * the target is as it was and the temporary file is gone; if the JVM is ended in the middle, or
 * was killed in an earlier save, {@link UnfinishedSaves} removes it.
 */
public final class AtomicFiles {

    /** Writes the content of a file to an output stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with what {@code content} writes.
     *
     * @throws IOException with a one-line message naming the target; the target is then untouched
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(IoMessages.format("write.noFolder", target, String.valueOf(folder)));
        }
        Path temp;
        try {
            // Same folder as the target, so the final rename stays on one file system and can be atomic.
            temp = UnfinishedSaves.start(folder, IoMessages.displayName(target));
        } catch (IOException e) {
            throw failure(target, e);
        }
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                 FileLock held = UnfinishedSaves.hold(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(absolute, temp);
            move(temp, absolute);
            done = true;
        } catch (IOException e) {
            throw failure(target, e);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
            UnfinishedSaves.finished(temp);
        }
        UnfinishedSaves.sweepOnce(folder);
    }

    /** A file that is replaced keeps its mode (0664 for a shared folder, 0600 for a private file, ...). */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target) || !Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static IOException failure(Path target, Exception e) {
        if (e instanceof AccessDeniedException) {
            return new IOException(IoMessages.format("write.accessDenied", target), e);
        }
        if (e instanceof NoSuchFileException) {
            return new IOException(IoMessages.format("write.noFolder", target,
                    String.valueOf(target.toAbsolutePath().getParent())), e);
        }
        return new IOException(IoMessages.format("write.failed", target, IoMessages.reason(e)), e);
    }
}
