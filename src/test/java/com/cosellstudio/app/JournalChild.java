package com.cosellstudio.app;

import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.GridDocument;
import com.cosellstudio.app.look.LookStart;
import com.cosellstudio.app.prefs.LookPrefs;
import com.cosellstudio.app.prefs.RecentFiles;
import com.cosellstudio.app.recovery.JournalFolder;
import com.cosellstudio.app.view.MainWindow;
import com.cosellstudio.rules.ColumnGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop app as a user starts it with a file (a window keeping its journal under the data
 * folder its system properties name), made to edit: the window a test kills. Prints "edited" once
 * the edits are made and, unless started with "no-wait", "journaled" once the journal holds them.
 */
public final class JournalChild {
    /** The edits made, for the test to find again. */
    public static final String RENAMED = "Kept through kill -9 \u00fc";
    public static final String SECOND = "Second edit";
    public static final String NEW_DEAL = "A deal added before the crash";
    public static final String SOLUTION = "Azure";
    public static final int DELETED_ROW = 10;

    private JournalChild() {
    }

    /** Not the application class itself: the java launcher refuses to start one from the class path. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window of the child. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            JournalChild.start(getParameters().getRaw(), stage);
        }
    }

    private static void start(List<String> args, Stage stage) {
        Path file = Path.of(args.get(0));
        boolean waitForJournal = args.size() < 2 || !"no-wait".equals(args.get(1));
        DocumentFiles files = new DocumentFiles();
        MainWindow window = StudioApplication.openWindow(stage, Startup.begin(List.of(file.toString()), files), files,
                RecentFiles.ofUser(), LookStart.begin(LookPrefs.ofUser()));
        JournalFolder journals = JournalFolder.ofUser().orElseThrow();
        StudioApplication.keepJournal(window, journals);
        DocumentViewModel viewModel = window.viewModel();
        viewModel.pathProperty().addListener((obs, old, now) -> {
            if (file.equals(now)) {
                Platform.runLater(() -> edit(viewModel));
                if (waitForJournal) {
                    Thread waiting = new Thread(() -> awaitJournal(journals.own()));
                    waiting.setDaemon(true);
                    waiting.start();
                }
            }
        });
    }

    /** Sets cells, deletes a row, adds a row and a column: each kind of change the journal must keep. */
    static void edit(DocumentViewModel viewModel) {
        GridDocument document = viewModel.document();
        int name = document.layout().indexOf("Deal Name");
        viewModel.editCell(document.rows().get(1), name, RENAMED);
        viewModel.editCell(document.rows().get(4), name, SECOND);
        viewModel.deleteRows(List.of(document.rows().get(DELETED_ROW - 1)));
        viewModel.editCell(viewModel.addRow(null), name, NEW_DEAL);
        int solution = viewModel.addGroupColumn(ColumnGroup.SOLUTION);
        viewModel.editCell(document.rows().get(0), solution, SOLUTION);
        System.out.println("edited");
        System.out.flush();
    }

    private static void awaitJournal(Path journal) {
        try {
            while (!Files.exists(journal)) {
                Thread.sleep(50);
            }
            System.out.println("journaled");
            System.out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
