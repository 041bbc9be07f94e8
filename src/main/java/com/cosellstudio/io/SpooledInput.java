package com.cosellstudio.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The input of one read as a file that can be opened more than once, as the readers need (the
 * first bytes decide the format; a text that turns out not to be UTF-8 is read again). A regular
 * file is read where it is. Standard input ({@link BulkFileReader#STANDARD_INPUT}) and whatever else
 * can be read only once (a pipe, {@code /dev/stdin}, a process substitution's {@code /dev/fd/63})
 * is first copied to a temporary file named as the user knows it ("stdin", "63"), so every message
 * names it that way, and deleted when the read is over, or when the JVM is ended first (Ctrl+C,
 * {@code kill}). Never more than {@link #MAX_BYTES} are copied: an endless stream is refused, not
 * allowed to fill the disk.
 */
final class SpooledInput implements AutoCloseable {
    /**
     * More than a file of as many deal rows as the rule pack lets a file hold comes to, yet small
     * enough that copying an endless stream ({@code /dev/zero}) stops long before it fills a disk.
     */
    static final long MAX_BYTES = 1L << 30;
    private final Path path;
    /** The temporary folder holding the copy; null when the file is read where it is. */
    private final Path folder;

    private SpooledInput(Path path, Path folder) {
        this.path = path;
        this.folder = folder;
    }

    /**
     * {@code file} itself when it can be read again, else a copy of what it gives. A missing file
     * or a folder is passed on as it is, for the reader to name as such.
     */
    static SpooledInput of(Path file) throws UnreadableFileException {
        boolean standardInput = BulkFileReader.STANDARD_INPUT.equals(file);
        if (!standardInput && (!Files.exists(file) || Files.isRegularFile(file) || Files.isDirectory(file))) {
            return new SpooledInput(file, null);
        }
        String name = BulkFileReader.displayName(file);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("cosell-input");
            TemporaryPaths.register(folder);
            Path copy = folder.resolve(name);
            if (standardInput) {
                // Not closed: standard input belongs to the process.
                copy(System.in, copy);
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    copy(in, copy);
                }
            }
            return new SpooledInput(copy, folder);
        } catch (IOException | UnreadableFileException | RuntimeException e) {
            delete(folder);
            if (e instanceof UnreadableFileException unreadable) {
                throw unreadable;
            }
            throw BulkFileReader.cannotRead(standardInput ? Path.of(name) : file, e);
        }
    }

    private static void copy(InputStream in, Path copy) throws IOException, UnreadableFileException {
        byte[] buffer = new byte[1 << 16];
        long copied = 0;
        try (OutputStream out = Files.newOutputStream(copy)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                copied += read;
                if (copied > MAX_BYTES) {
                    throw IoMessages.unreadable("file.streamTooBig", copy, MAX_BYTES >> 30);
                }
                out.write(buffer, 0, read);
            }
        }
    }

    /** Where to read the input from. */
    Path path() {
        return path;
    }

    /** Whether {@link #path()} is a copy rather than the file named. */
    boolean copied() {
        return folder != null;
    }

    @Override
    public void close() {
        delete(folder);
    }

    private static void delete(Path folder) {
        if (folder != null) {
            TemporaryPaths.delete(folder);
        }
    }
}
