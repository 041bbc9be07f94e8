package com.cosellstudio.app.view;

import com.cosellstudio.app.AppLog;
import com.cosellstudio.app.UiText;
import com.cosellstudio.io.UnreadableFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;

/**
 * A failure of our own code, not of the user's file: logged with its stack trace and shown in a
 * dialog that can copy the details and open the log folder. The window and its document stay as
 * they were, unsaved edits included; the user goes on or saves.
 */
public final class UnexpectedFailures {
    private static final System.Logger LOG = System.getLogger(UnexpectedFailures.class.getName());
    private static Consumer<String> showDocument;

    private final Alerts alerts;
    private final UiText text;
    /** One dialog at a time: a failure that repeats (in every layout pass, say) is only logged again. */
    private final AtomicBoolean showing = new AtomicBoolean();

    /** How the window makes its dialogs (owned by it, titled, the keyboard on the default button). */
    interface Alerts {
        Alert alert(Alert.AlertType type, String header, String body, ButtonType... buttons);
    }

    UnexpectedFailures(Alerts alerts, UiText text) {
        this.alerts = alerts;
        this.text = text;
    }

    /** How a folder is shown to the user: the application's {@code HostServices.showDocument}. */
    public static void openFoldersWith(Consumer<String> show) {
        showDocument = show;
    }

    /**
     * Whether {@code failure} is not about a file (one that cannot be read, written or found, or
     * too big for the memory): those get their one line; anything else is a fault of ours.
     */
    static boolean isUnexpected(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return !(cause instanceof UnreadableFileException || cause instanceof IOException
                || cause instanceof UncheckedIOException || cause instanceof OutOfMemoryError);
    }

    /**
     * Whatever escapes an event handler on this (the UI) thread, or the work of any other thread of
     * the app (a journal write, the class warm-up), is reported here.
     */
    void catchEverywhere() {
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> report(failure));
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> report(failure));
    }

    /** Logs {@code failure} and, once the current event is done, shows it. */
    void report(Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "Unexpected failure on " + Thread.currentThread().getName(), failure);
        if (showing.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                try {
                    show(failure);
                } finally {
                    showing.set(false);
                }
            });
        }
    }

    private void show(Throwable failure) {
        String details = AppLog.stackTrace(failure);
        Optional<Path> logs = AppLog.folder();
        ButtonType copy = new ButtonType(text.get("button.copyDetails"), ButtonBar.ButtonData.LEFT);
        ButtonType openLogs = new ButtonType(text.get("button.openLogFolder"), ButtonBar.ButtonData.LEFT);
        ButtonType ok = new ButtonType(text.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        String body = text.get("dialog.unexpected.body") + "\n\n"
                + logs.map(folder -> text.format("dialog.unexpected.logged", folder.toString()))
                .orElse(text.get("dialog.unexpected.notLogged"));
        Alert alert = alerts.alert(Alert.AlertType.ERROR, text.get("dialog.unexpected.header"), body, copy, openLogs, ok);
        alert.getDialogPane().setId("unexpected-dialog");
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setId("unexpected-details");
        alert.getDialogPane().setExpandableContent(area);
        // Copying and opening the folder leave the dialog open: the user may want both.
        keepOpen(alert.getDialogPane().lookupButton(copy), () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        Node openButton = alert.getDialogPane().lookupButton(openLogs);
        openButton.setDisable(logs.isEmpty() || showDocument == null);
        keepOpen(openButton, () -> logs.ifPresent(folder -> showDocument.accept(folder.toUri().toString())));
        alert.showAndWait();
    }

    private static void keepOpen(Node button, Runnable action) {
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            action.run();
        });
    }
}
