package com.cosellstudio.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The temporary files of saves ({@link AtomicFiles}): made under a name that says they are ours,
 * deleted when the JVM is ended in the middle of a save (Ctrl+C, {@code kill}, logging out), and,
 * when a save was cut short harder than that ({@code kill -9}, a power cut), removed by the next
 * save to the same folder. A file is only ever removed when its name is one of ours, it has not
 * been written to for a while, and nobody holds it: a save in progress holds a lock on its file.
 */
final class UnfinishedSaves {
    /** In every temporary name: {@code .deals.csv.cosell-k3j9x.tmp}. */
    private static final String MARK = ".cosell-";
    private static final String SUFFIX = ".tmp";
    private static final Pattern OURS = Pattern.compile("\\..+\\.cosell-[0-9a-z]{1,13}\\.tmp");
    /** A temporary file untouched this long belongs to no save still writing. */
    private static final Duration STALE = Duration.ofMinutes(1);

    private UnfinishedSaves() {
    }

    /**
     * A new empty file beside the target, under a name nobody else uses, registered until
     * {@link #finished}. Made like any new file (the user's umask decides its mode), not as
     * {@link Files#createTempFile} makes one: that one is readable by its owner only (0600), and
     * the rename would hand that mode to the saved file.
     */
    static Path start(Path folder, String targetName) throws IOException {
        // createFile fails rather than open a file (or link) that exists, so the name needs no secrecy.
        for (int attempt = 0; ; attempt++) {
            String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
            Path temp = folder.resolve("." + targetName + MARK + random + SUFFIX);
            try {
                Files.createFile(temp);
                TemporaryPaths.register(temp);
                return temp;
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
    }

    /** The save that made {@code temp} is over (renamed into place, or given up and deleted). */
    static void finished(Path temp) {
        TemporaryPaths.release(temp);
    }

    /** Folders swept by this JVM: what a save of this JVM leaves behind it deletes itself. */
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    /**
     * Sweeps {@code folder} ({@link #sweep}) the first time this JVM saves into it: temporary files
     * of a cut-short save come only from a JVM that ended, so once is enough, and the recovery
     * journal's saves every few seconds do not list their folder each time.
     */
    static void sweepOnce(Path folder) {
        if (SWEPT.add(folder.toAbsolutePath().normalize())) {
            sweep(folder);
        }
    }

    /**
     * Removes the temporary files of earlier saves into {@code folder} that were cut short:
     * ours by name, untouched for a while, held by nobody. Best effort: a file that cannot be
     * looked at or removed is left alone.
     */
    static void sweep(Path folder) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".*" + MARK + "*" + SUFFIX)) {
            for (Path temp : temps) {
                if (OURS.matcher(temp.getFileName().toString()).matches() && !TemporaryPaths.isRegistered(temp)
                        && Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(temp, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
                    deleteIfUnheld(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The folder cannot be listed: the save itself went well, and that is what counts.
        }
    }

    /**
     * Locks the file to its save while it is written, so that {@link #sweep} in another process
     * leaves it alone; null where the file system has no locks (its age then tells).
     */
    static FileLock hold(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            return null;
        }
    }

    private static void deleteIfUnheld(Path temp) {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
             FileLock lock = channel.tryLock()) {
            if (lock != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // Held by a save of this JVM, or not ours to touch: left alone.
        }
    }
}
