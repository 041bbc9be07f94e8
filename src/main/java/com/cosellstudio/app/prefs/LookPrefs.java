package com.cosellstudio.app.prefs;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.prefs.Preferences;

/**
 * How the window looked when it was last closed: the theme chosen, the zoom, the window's place and
 * size, the width of each column (by its name) and the folder of the last file opened or saved.
 * Kept in the user's preferences; tests pass their own node. Read in the background from the moment
 * this object exists and written in the background, as {@link RecentFiles} is.
 */
public final class LookPrefs {
    /** View ▸ Theme: a theme, or whatever the operating system is set to. */
    public enum ThemeChoice { LIGHT, DARK, SYSTEM }

    /** The window's place and size in screen coordinates. */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
    }

    private static final String THEME = "theme";
    private static final String ZOOM = "zoom";
    private static final String WINDOW = "window";
    private static final String COLUMN = "column.";
    private static final String FOLDER = "lastFolder";

    private final Preferences node;

    public LookPrefs(Preferences node) {
        this.node = node;
        PrefsDisk.warmUp(node);
    }

    /** The settings of the desktop user. */
    public static LookPrefs ofUser() {
        return new LookPrefs(Preferences.userRoot().node("com/cosellstudio/studio/look"));
    }

    /** The theme chosen; following the system until the user chooses. */
    public ThemeChoice theme() {
        String value = node.get(THEME, ThemeChoice.SYSTEM.name());
        try {
            return ThemeChoice.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ThemeChoice.SYSTEM;
        }
    }

    public void setTheme(ThemeChoice choice) {
        put(THEME, choice.name());
    }

    /** The zoom factor, 1 for the normal size. */
    public double zoom() {
        return node.getDouble(ZOOM, 1);
    }

    public void setZoom(double zoom) {
        put(ZOOM, Double.toString(zoom));
    }

    /** The window's last place and size, or null the first time. */
    public Bounds window() {
        String[] parts = node.get(WINDOW, "").split(",");
        if (parts.length != 5) {
            return null;
        }
        try {
            return new Bounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                    Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void setWindow(Bounds bounds) {
        put(WINDOW, bounds.x() + "," + bounds.y() + "," + bounds.width() + "," + bounds.height() + "," + bounds.maximized());
    }

    /** The width the user gave the column of this name, at zoom 1; empty when never resized. */
    public OptionalDouble columnWidth(String columnName) {
        double width = node.getDouble(columnKey(columnName), -1);
        return width > 0 ? OptionalDouble.of(width) : OptionalDouble.empty();
    }

    /** Kept in memory until {@link #save()}: a column dragged wider changes its width at every step. */
    public void setColumnWidth(String columnName, double width) {
        String key = columnKey(columnName);
        String value = Double.toString(width);
        if (!value.equals(node.get(key, null))) {
            node.put(key, value);
        }
    }

    /** The folder of the last file opened or saved, or null. */
    public Path lastFolder() {
        String value = node.get(FOLDER, null);
        try {
            return value == null ? null : Path.of(value);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    public void setLastFolder(Path folder) {
        if (folder != null) {
            put(FOLDER, folder.toAbsolutePath().normalize().toString());
        }
    }

    private static String columnKey(String columnName) {
        String key = COLUMN + columnName.toLowerCase(Locale.ROOT);
        return key.length() <= Preferences.MAX_KEY_LENGTH ? key : key.substring(0, Preferences.MAX_KEY_LENGTH);
    }

    /** Writes what is kept in memory to disk, in the background (the window calls it as it closes). */
    public void save() {
        PrefsDisk.flushLater(node);
    }

    private void put(String key, String value) {
        if (value.length() > Preferences.MAX_VALUE_LENGTH || value.equals(node.get(key, null))) {
            return;
        }
        node.put(key, value);
        PrefsDisk.flushLater(node);
    }
}
