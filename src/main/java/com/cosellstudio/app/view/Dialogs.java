package com.cosellstudio.app.view;

import com.cosellstudio.app.About;
import com.cosellstudio.app.DialogFocus;
import com.cosellstudio.app.UiText;
import com.cosellstudio.rules.TemplateConversion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The window's modal questions and error messages, every text from the bundle. */
public class Dialogs {
    /** The answers to "save your changes?". */
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** The answers to "restore the changes left unsaved when the app last ended?". */
    public enum RestoreChoice { RESTORE, DISCARD, LATER }

    /** The answers to "this file is not an upload-ready CSV: where does the save go?". */
    public enum PlaceChoice { BESIDE, REPLACE, CANCEL }

    private final Supplier<Window> owner;
    private final UiText text;
    private final UnexpectedFailures failures;

    public Dialogs(Supplier<Window> owner, UiText text) {
        this.owner = owner;
        this.text = text;
        this.failures = new UnexpectedFailures(this::alert, text);
    }

    /**
     * Work that failed: a file problem gets {@code header} and its one-line reason; anything else is
     * a fault of ours, logged and shown with its details.
     */
    public void failed(String header, Throwable failure, Function<Throwable, String> reason) {
        if (UnexpectedFailures.isUnexpected(failure)) {
            failures.report(failure);
        } else {
            error(header, reason.apply(failure));
        }
    }

    /** Whatever escapes an event handler or another thread of the app is reported as an unexpected failure. */
    public void catchUncaught() {
        failures.catchEverywhere();
    }

    /** An error the user must read: a title and the one-line reason. */
    public void error(String header, String reason) {
        message(Alert.AlertType.ERROR, header, reason);
    }

    private void message(Alert.AlertType type, String header, String body) {
        alert(type, header, body, new ButtonType(text.get("button.ok"), ButtonBar.ButtonData.OK_DONE)).showAndWait();
    }

    /** Save / Don't save / Cancel for a document with unsaved changes. */
    public UnsavedChoice askUnsaved(String documentName) {
        return choose(text.format("dialog.unsaved.header", documentName), text.get("dialog.unsaved.body"), null,
                "button.save", UnsavedChoice.SAVE, "button.dontSave", UnsavedChoice.DISCARD,
                "button.cancel", UnsavedChoice.CANCEL);
    }

    /**
     * Save Beside It / Replace Original / Cancel for a file that is not an upload-ready CSV; the
     * body says how it was read and names the file each answer writes and the backup it keeps.
     */
    public PlaceChoice askSavePlace(String documentName, String readAs, String beside, String replacement,
                                    String backup) {
        return choose(text.format("dialog.saveForm.header", documentName),
                text.format("dialog.saveForm.body", documentName, readAs, beside, replacement, backup), "save-place-dialog",
                "button.saveBeside", PlaceChoice.BESIDE, "button.replaceOriginal", PlaceChoice.REPLACE,
                "button.cancel", PlaceChoice.CANCEL);
    }

    /**
     * Restore / Discard / Decide Later for changes a window left unsaved when it ended without
     * closing (a crash, a kill, power lost); Esc decides later, so the changes are offered again.
     *
     * @param taken         when the changes were last kept
     * @param changedOnDisk whether the document's file was changed since the user opened it
     */
    public RestoreChoice askRestore(String documentName, java.util.Date taken, int rows, boolean changedOnDisk) {
        String body = text.format("dialog.restore.body", documentName, taken, rows)
                + (changedOnDisk ? "\n\n" + text.format("dialog.restore.changedOnDisk", documentName) : "")
                + "\n\n" + text.get("dialog.restore.choices");
        return choose(text.format("dialog.restore.header", documentName), body, "restore-dialog",
                "button.restore", RestoreChoice.RESTORE, "button.discard", RestoreChoice.DISCARD,
                "button.later", RestoreChoice.LATER);
    }

    /** The file has errors: Partner Center will reject those rows. Save anyway? */
    public boolean confirmSaveWithErrors(int errors, int rowsWithErrors) {
        ButtonType save = new ButtonType(text.get("button.saveAnyway"), ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(text.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        return alert(Alert.AlertType.WARNING, text.format("dialog.saveErrors.header", errors),
                text.format("dialog.saveErrors.body", rowsWithErrors), save, cancel)
                .showAndWait().filter(save::equals).isPresent();
    }

    /**
     * Convert to a template revision? Lists the columns it adds and the headers it renames; says
     * that every cell is kept and Undo takes it back.
     */
    public boolean confirmConversion(String revision, TemplateConversion conversion) {
        StringBuilder body = new StringBuilder();
        if (!conversion.renames().isEmpty()) {
            List<String> names = new ArrayList<>();
            conversion.renames().forEach(rename -> names.add(text.format("dialog.convert.rename", rename.from(),
                    rename.header())));
            body.append(text.format("dialog.convert.renames", String.join(", ", names))).append('\n');
        }
        if (!conversion.inserts().isEmpty()) {
            List<String> names = new ArrayList<>();
            conversion.inserts().forEach(insert -> names.add(insert.header()));
            body.append(text.format("dialog.convert.inserts", conversion.inserts().size(), String.join(", ", names)))
                    .append('\n');
        }
        body.append(text.get("dialog.convert.kept"));
        ButtonType convert = new ButtonType(text.get("button.convert"), ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(text.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, text.format("dialog.convert.header", revision),
                body.toString(), convert, cancel);
        alert.getDialogPane().setId("convert-dialog");
        return alert.showAndWait().filter(convert::equals).isPresent();
    }

    /** Help ▸ About: the version, the licence, and each library shipped with its licence. */
    public void about() {
        About about = About.ofThisBuild();
        StringBuilder libraries = new StringBuilder();
        for (About.Library library : about.libraries()) {
            libraries.append(text.format("dialog.about.library", library.name(), library.version(), library.licence(),
                    library.artifact())).append('\n');
        }
        TextArea list = new TextArea(libraries.toString());
        list.setEditable(false);
        list.setId("about-libraries");
        TextArea licence = new TextArea(about.licence());
        licence.setEditable(false);
        licence.setId("about-licence");
        VBox content = new VBox(8, new Label(text.get("dialog.about.licence")), licence,
                new Label(text.get("dialog.about.libraries")), list);
        Alert alert = alert(Alert.AlertType.INFORMATION, text.format("dialog.about.header", about.version()), null,
                new ButtonType(text.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("about-dialog");
        alert.setResizable(true);
        alert.showAndWait();
    }

    /**
     * A question with a yes, a no and a way out (also Esc or closing the dialog), each button named
     * by its text key and standing for an answer.
     *
     * @param id the dialog's id for tests and styles, or null
     */
    private <T> T choose(String header, String body, String id, String yesKey, T yes, String noKey, T no,
                         String outKey, T out) {
        ButtonType yesButton = new ButtonType(text.get(yesKey), ButtonBar.ButtonData.YES);
        ButtonType noButton = new ButtonType(text.get(noKey), ButtonBar.ButtonData.NO);
        ButtonType outButton = new ButtonType(text.get(outKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, header, body, yesButton, noButton, outButton);
        if (id != null) {
            alert.getDialogPane().setId(id);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == outButton) {
            return out;
        }
        return answer.get() == yesButton ? yes : no;
    }

    /**
     * Every dialog of the window: owned by it, titled with the application's name, the keyboard on
     * its default button.
     */
    private Alert alert(Alert.AlertType type, String header, String body, ButtonType... buttons) {
        Alert alert = new Alert(type, body, buttons);
        alert.initOwner(owner.get());
        alert.setTitle(text.get("app.name"));
        alert.setHeaderText(header);
        DialogFocus.onOpen(alert);
        return alert;
    }
}
