package com.cosellstudio.app.prefs;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The one daemon thread that reads and writes the preferences files, so that writes land in the
 * order the changes were made and neither the XML parser's first load nor a flush falls on the UI
 * thread.
 */
final class PrefsDisk {
    private static final Executor DISK = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "preferences");
        thread.setDaemon(true);
        return thread;
    });

    private PrefsDisk() {
    }

    /** Reads {@code node} from disk in the background, so that the first read on the UI thread finds it in memory. */
    static void warmUp(Preferences node) {
        DISK.execute(() -> {
            try {
                node.get("warm-up", null);
            } catch (IllegalStateException e) {
                // The node was removed meanwhile (a test cleaning up): nothing to read.
            }
        });
    }

    /** Writes {@code node} to disk in the background. */
    static void flushLater(Preferences node) {
        DISK.execute(() -> {
            try {
                node.flush();
            } catch (BackingStoreException | IllegalStateException e) {
                // Preferences unavailable (read-only home), or the node removed meanwhile: the
                // setting simply lasts this session only.
            }
        });
    }
}
