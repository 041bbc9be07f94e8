package com.cosellstudio.app;

import com.cosellstudio.app.prefs.LanguagePreference;
import com.cosellstudio.app.look.LookStart;
import com.cosellstudio.app.prefs.LookPrefs;
import com.cosellstudio.app.prefs.RecentFiles;
import com.cosellstudio.app.recovery.JournalFolder;
import com.cosellstudio.app.task.FxTaskRunner;
import com.cosellstudio.app.view.MainWindow;
import com.cosellstudio.app.view.UnexpectedFailures;
import com.cosellstudio.rules.IssueMessages;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: the main window, with the file named on the command line if any. */
public final class StudioApplication extends Application {
    /**
     * Handed over by {@link DesktopMain} before launching: JavaFX creates this class itself, so a
     * static is the only way in. Null when launched otherwise (then everything starts here).
     */
    private static Startup startup;
    private static DocumentFiles files;
    private static LookStart look;

    static void prepare(Startup work, DocumentFiles documentFiles, LookStart lookStart) {
        startup = work;
        files = documentFiles;
        look = lookStart;
    }

    @Override
    public void start(Stage stage) {
        if (startup == null) {
            // Launched without DesktopMain: choose the language here, before anything makes a text.
            Locale.setDefault(LanguagePreference.ofUser().language(Locale.getDefault()));
            files = new DocumentFiles();
            startup = Startup.begin(getParameters().getRaw(), files);
            look = LookStart.begin(LookPrefs.ofUser());
        }
        UnexpectedFailures.openFoldersWith(getHostServices()::showDocument);
        MainWindow window = openWindow(stage, startup, files, RecentFiles.ofUser(), look);
        window.setOnClosed(StudioApplication::endProcess);
        JournalFolder.ofUser().ifPresent(journals -> keepJournal(window, journals));
    }

    /**
     * No edit is lost: the window keeps its unsaved changes in a journal in {@code journals}, also
     * when the process is ended, and offers the changes earlier windows left there.
     */
    public static void keepJournal(MainWindow window, JournalFolder journals) {
        window.keepJournal(journals).watchShutdown();
        window.offerRecovery();
    }

    /**
     * Quitting ends the process, whatever is still queued on the UI thread or running beside it:
     * unsaved changes have been dealt with by then, and a JVM left behind without a window is one
     * the user cannot see or stop.
     */
    private static void endProcess() {
        Platform.exit();
        new Thread(() -> System.exit(0), "cosell-studio-exit").start();
    }

    /** Builds and shows the main window on the work {@code startup} began (also used by the UI benchmark). */
    public static MainWindow openWindow(Stage stage, Startup startup, DocumentFiles files, RecentFiles recent,
                                        LookStart look) {
        AppContext context = new AppContext(startup.engine(), UiText.forDefaultLocale(),
                IssueMessages.forLocale(Locale.getDefault())::render, files, recent, new FxTaskRunner(),
                LanguagePreference.ofUser(), look);
        MainWindow window = new MainWindow(stage, context);
        if (startup.file() == null) {
            window.actions().showTemplate();
        }
        window.show();
        StartupTrace.watchIfRequested(window, startup);
        if (startup.file() != null) {
            // The grid stays empty until the file is in (the empty template would only be built to be
            // thrown away); if it cannot be read, the template is shown after the error.
            window.actions().show(startup.file(), startup.firstDocument());
        }
        return window;
    }
}
