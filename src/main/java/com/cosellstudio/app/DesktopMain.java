package com.cosellstudio.app;

import com.cosellstudio.app.prefs.LanguagePreference;
import com.cosellstudio.i18n.Messages;
import com.cosellstudio.app.look.LookStart;
import com.cosellstudio.app.prefs.LookPrefs;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Entry into the window, called by the plain {@code Launcher}. Keeps every {@code javafx} import
 * inside this package.
 */
public final class DesktopMain {
    /**
     * JavaFX warns on every start that it was loaded from the class path ("Unsupported JavaFX
     * configuration"), which is how a single runnable jar has to load it; the warning tells a user
     * nothing. Held here because java.util.logging keeps loggers only weakly.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private DesktopMain() {
    }

    /** Opens the main window; {@code args} may name a file to open. Returns when the window closes. */
    public static void open(String[] args) {
        // Before anything makes a text: the language chosen in View ▸ Language, or the system's.
        // The whole window follows the default locale (its texts, the date picker, country names).
        Locale.setDefault(LanguagePreference.ofUser().language(Locale.getDefault()));
        Messages.warmUpInBackground(Locale.getDefault());
        // First, so that whatever the libraries log while the file is read goes to the log file.
        AppLog.folderOfUser().ifPresent(AppLog::writeTo);
        JAVAFX_LOG.setFilter(log -> log.getMessage() == null
                || !log.getMessage().startsWith("Unsupported JavaFX configuration"));
        DocumentFiles files = new DocumentFiles();
        StudioApplication.prepare(Startup.begin(List.of(args), files), files, LookStart.begin(LookPrefs.ofUser()));
        javafx.application.Application.launch(StudioApplication.class, args);
    }
}
