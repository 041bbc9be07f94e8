package com.cosellstudio.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary files and folders of this JVM that must not outlive it: a save in progress, a copy of
 * standard input. One shutdown hook deletes what is still registered when the JVM is ended
 * (Ctrl+C, {@code kill}); {@code kill -9} leaves them, and the next save sweeps its own.
 */
final class TemporaryPaths {
    private static final Set<Path> REGISTERED = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(TemporaryPaths::deleteAll, "delete temporary files"));
        } catch (IllegalStateException shuttingDown) {
            // Registered while the JVM ends: nothing more will be written, so nothing needs deleting.
        }
    }

    private TemporaryPaths() {
    }

    /** {@code path} (a file, or a folder of files) is deleted if the JVM ends before {@link #release}. */
    static void register(Path path) {
        REGISTERED.add(path);
    }

    /** {@code path} is done with: renamed into place, or deleted by its owner. */
    static void release(Path path) {
        REGISTERED.remove(path);
    }

    static boolean isRegistered(Path path) {
        return REGISTERED.contains(path);
    }

    /** Deletes {@code path} and, if it is a folder, the files in it; best effort. */
    static void delete(Path path) {
        release(path);
        try {
            if (Files.isDirectory(path)) {
                try (var files = Files.list(path)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Files.deleteIfExists(file);
                    }
                }
            }
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A temporary file left behind harms nothing; the outcome of the work that made it matters.
        }
    }

    private static void deleteAll() {
        for (Path path : REGISTERED) {
            delete(path);
        }
    }
}
