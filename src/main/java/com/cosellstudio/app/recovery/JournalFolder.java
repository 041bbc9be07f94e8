package com.cosellstudio.app.recovery;

import com.cosellstudio.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The folder of recovery journals: one a running window, named after its process (id and start
 * time), so that two windows open at once never write the same journal and a start-up offers only
 * the journals whose process is gone (crashed, killed, the machine lost power).
 */
public final class JournalFolder {
    static final String SUFFIX = ".journal";
    /** What a journal that could not be read is renamed to: kept for the curious, never offered again. */
    static final String SET_ASIDE = ".unreadable";

    private final Path folder;
    private final Path own;

    JournalFolder(Path folder, ProcessHandle process) {
        this.folder = folder;
        this.own = folder.resolve(nameOf(process.pid(), startOf(process)) + SUFFIX);
    }

    /** The journals of this user (under their data folder), or empty when there is no such folder. */
    public static Optional<JournalFolder> ofUser() {
        return DataFolder.ofUser().map(JournalFolder::in);
    }

    /** The journals under {@code dataFolder}. */
    public static JournalFolder in(Path dataFolder) {
        return new JournalFolder(dataFolder.resolve("recovery"), ProcessHandle.current());
    }

    /** This process's journal (which may not exist). */
    public Path own() {
        return own;
    }

    /** Replaces this process's journal with {@code snapshot}, all or nothing. */
    public void write(Snapshot snapshot) throws IOException {
        Files.createDirectories(folder);
        AtomicFiles.write(own, out -> JournalFormat.write(snapshot, out));
    }

    /** Removes this process's journal, if there is one. */
    public void delete() throws IOException {
        Files.deleteIfExists(own);
    }

    /**
     * The journals left by processes that are gone, newest first. Their unfinished temporary files
     * (a write cut off by a kill) are removed on the way.
     */
    public List<Path> orphans() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> orphans = new ArrayList<>();
        List<Path> temporary = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(SUFFIX) && !entry.equals(own) && !alive(name)) {
                    orphans.add(entry);
                } else if (name.startsWith(".") && name.endsWith(".tmp") && !alive(name.substring(1))) {
                    temporary.add(entry);
                }
            }
        }
        for (Path stale : temporary) {
            Files.deleteIfExists(stale);
        }
        orphans.sort(Comparator.comparing(JournalFolder::modified).reversed());
        return orphans;
    }

    /** Reads a journal; the exception's message says what is wrong with it. */
    public static Snapshot read(Path journal) throws IOException {
        try (InputStream in = Files.newInputStream(journal)) {
            return JournalFormat.read(in);
        }
    }

    /** Renames a journal that cannot be read so it is never offered again; returns its new name. */
    public static Path setAside(Path journal) throws IOException {
        Path aside = journal.resolveSibling(journal.getFileName() + SET_ASIDE);
        Files.move(journal, aside, StandardCopyOption.REPLACE_EXISTING);
        return aside;
    }

    /** Removes a journal of another process once its changes are restored or discarded. */
    public static void remove(Path journal) throws IOException {
        Files.deleteIfExists(journal);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Whether the process a journal's name (or a temporary file's) names is still running. */
    private static boolean alive(String name) {
        int dash = name.indexOf('-');
        int dot = name.indexOf('.');
        if (dash < 1 || dot < dash) {
            return false;
        }
        try {
            long pid = Long.parseLong(name.substring(0, dash));
            long start = Long.parseLong(name.substring(dash + 1, dot));
            return ProcessHandle.of(pid).map(process -> startOf(process) == start).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String nameOf(long pid, long start) {
        return pid + "-" + start;
    }

    /** When the process started (a process id alone is reused after a restart), or 0 when the system does not say. */
    private static long startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
