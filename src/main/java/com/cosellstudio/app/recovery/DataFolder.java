package com.cosellstudio.app.recovery;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where this user's own data goes that must survive a restart (unlike the cache, which may be thrown
 * away): the recovery journal of unsaved edits. Each system's usual place for it.
 */
public final class DataFolder {
    /** Overrides the location: a system property (tests), or the environment (a user who wants it elsewhere). */
    public static final String OVERRIDE_PROPERTY = "cosellstudio.data";
    public static final String OVERRIDE_ENVIRONMENT = "COSELL_STUDIO_DATA";

    private DataFolder() {
    }

    /** The folder of the running user, not created; empty when the system names none. */
    public static Optional<Path> ofUser() {
        return locate(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"),
                System.getProperty(OVERRIDE_PROPERTY));
    }

    static Optional<Path> locate(Map<String, String> environment, String osName, String home, String property) {
        try {
            return Optional.ofNullable(location(environment, osName.toLowerCase(Locale.ROOT), home, property));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Path location(Map<String, String> environment, String os, String home, String property) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String override = environment.get(OVERRIDE_ENVIRONMENT);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        if (os.startsWith("windows")) {
            String local = environment.get("LOCALAPPDATA");
            return local == null || local.isBlank() ? null : Path.of(local, "CosellStudio");
        }
        if (os.startsWith("mac")) {
            return home == null ? null : Path.of(home, "Library", "Application Support", "CosellStudio");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "cosell-studio");
        }
        return home == null ? null : Path.of(home, ".local", "share", "cosell-studio");
    }
}
