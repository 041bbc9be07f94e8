package com.cosellstudio.app.prefs;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * File ▸ Open Recent: the last files opened or saved, newest first, kept in the user's preferences
 * so they survive a restart. Tests pass their own preferences node.
 *
 * <p>The preferences live in an XML file: reading it the first time and writing it back load an XML
 * parser and serializer, some 60 ms that used to fall on the UI thread while the first file opened.
 * So the node is read in the background from the moment this object exists, and every change is
 * written to disk in the background ({@link PrefsDisk}); the list in memory is current at once.
 */
public final class RecentFiles {
    public static final int MAX = 10;
    private static final String KEY = "recent.";

    private final Preferences node;

    public RecentFiles(Preferences node) {
        this.node = node;
        PrefsDisk.warmUp(node);
    }

    /** The recent files of the desktop user. */
    public static RecentFiles ofUser() {
        return new RecentFiles(Preferences.userRoot().node("com/cosellstudio/studio/recent"));
    }

    /** Newest first. */
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = node.get(KEY + i, null);
            if (value == null) {
                break;
            }
            try {
                files.add(Path.of(value));
            } catch (InvalidPathException e) {
                // A path from another system: skip it, the list heals on the next store.
            }
        }
        return files;
    }

    /** Puts {@code file} first, dropping an older mention and the oldest beyond {@link #MAX}. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = list();
        files.remove(absolute);
        files.add(0, absolute);
        store(files);
    }

    public void remove(Path file) {
        List<Path> files = list();
        if (files.remove(file.toAbsolutePath().normalize())) {
            store(files);
        }
    }

    private void store(List<Path> files) {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        PrefsDisk.flushLater(node);
    }
}
