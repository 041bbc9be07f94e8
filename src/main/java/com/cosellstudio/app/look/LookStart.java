package com.cosellstudio.app.look;

import com.cosellstudio.app.prefs.LookPrefs;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The theme the window opens in, worked out beside the launch: the preferences read (an XML parse
 * the UI thread should not wait for) and, when the user follows the system, the system asked. The
 * window waits a moment for the answer and opens light without it.
 */
public final class LookStart {
    private static final long WAIT_MILLIS = 300;

    private final LookPrefs prefs;
    private final CompletableFuture<Boolean> dark = new CompletableFuture<>();

    private LookStart(LookPrefs prefs) {
        this.prefs = prefs;
    }

    /** Starts working out the theme of {@code prefs} on a thread of its own. */
    public static LookStart begin(LookPrefs prefs) {
        LookStart start = new LookStart(prefs);
        Thread thread = new Thread(() -> start.dark.complete(darkFor(prefs.theme())), "cosell-studio-theme");
        thread.setDaemon(true);
        thread.start();
        return start;
    }

    /** Whether this choice means dark now; asks the system for {@link LookPrefs.ThemeChoice#SYSTEM} (blocking). */
    static boolean darkFor(LookPrefs.ThemeChoice choice) {
        switch (choice) {
            case DARK:
                return true;
            case LIGHT:
                return false;
            default:
                return SystemTheme.isDark();
        }
    }

    public LookPrefs prefs() {
        return prefs;
    }

    /** Whether to open dark: the answer if it comes within a moment, else light. */
    public boolean openDark() {
        try {
            return dark.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The answer, also when it came too late for {@link #openDark()}. */
    public CompletableFuture<Boolean> dark() {
        return dark;
    }
}
