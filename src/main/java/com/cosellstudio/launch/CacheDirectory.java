package com.cosellstudio.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where this user's machine-specific files go that can be thrown away at any time. */
final class CacheDirectory {
    /** Overrides the location (tests, or a user who wants it elsewhere). */
    static final String OVERRIDE = "COSELL_STUDIO_CACHE";

    private CacheDirectory() {
    }

    /** The directory, created if needed; empty when there is none that this user can write. */
    static Optional<Path> forUser(Map<String, String> environment) {
        try {
            Path directory = location(environment);
            if (directory == null) {
                return Optional.empty();
            }
            if (!Files.isDirectory(directory)) {
                // Only when missing: on an existing directory it throws and catches an exception inside.
                Files.createDirectories(directory);
            }
            return Files.isWritable(directory) ? Optional.of(directory) : Optional.empty();
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Path location(Map<String, String> environment) {
        String override = environment.get(OVERRIDE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = environment.get("LOCALAPPDATA");
            return local == null ? null : Path.of(local, "CosellStudio", "Cache");
        }
        if (os.startsWith("mac")) {
            return home == null ? null : Path.of(home, "Library", "Caches", "CosellStudio");
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "cosell-studio");
        }
        return home == null ? null : Path.of(home, ".cache", "cosell-studio");
    }
}
