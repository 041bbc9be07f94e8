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
        this.failures = new UnexpectedFailures(owner, text);
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

    /** Whatever escapes an event handler on the UI thread is reported as an unexpected failure. */
    public void catchUncaught() {
        failures.catchOnThisThread();
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
        ButtonType save = new ButtonType(text.get("button.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(text.get("button.dontSave"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(text.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Optional<ButtonType> answer = alert(Alert.AlertType.CONFIRMATION, text.format("dialog.unsaved.header", documentName),
                text.get("dialog.unsaved.body"), save, discard, cancel).showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }

    /**
     * Save Beside It / Replace Original / Cancel for a file that is not an upload-ready CSV; the
     * body says how it was read and names the file each answer writes and the backup it keeps.
     */
    public PlaceChoice askSavePlace(String documentName, String readAs, String beside, String replacement,
                                    String backup) {
        ButtonType besideButton = new ButtonType(text.get("button.saveBeside"), ButtonBar.ButtonData.YES);
        ButtonType replace = new ButtonType(text.get("button.replaceOriginal"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(text.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, text.format("dialog.saveForm.header", documentName),
                text.format("dialog.saveForm.body", documentName, readAs, beside, replacement, backup),
                besideButton, replace, cancel);
        alert.getDialogPane().setId("save-place-dialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return PlaceChoice.CANCEL;
        }
        return answer.get() == besideButton ? PlaceChoice.BESIDE : PlaceChoice.REPLACE;
    }

    /**
     * Restore / Discard / Decide Later for changes a window left unsaved when it ended without
     * closing (a crash, a kill, power lost); Esc decides later, so the changes are offered again.
     *
     * @param taken         when the changes were last kept
     * @param changedOnDisk whether the document's file was changed since the user opened it
     */
    public RestoreChoice askRestore(String documentName, java.util.Date taken, int rows, boolean changedOnDisk) {
        ButtonType restore = new ButtonType(text.get("button.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(text.get("button.discard"), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(text.get("button.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String body = text.format("dialog.restore.body", documentName, taken, rows)
                + (changedOnDisk ? "\n\n" + text.format("dialog.restore.changedOnDisk", documentName) : "")
                + "\n\n" + text.get("dialog.restore.choices");
        Alert alert = alert(Alert.AlertType.CONFIRMATION, text.format("dialog.restore.header", documentName), body,
                restore, discard, later);
        alert.getDialogPane().setId("restore-dialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == later) {
            return RestoreChoice.LATER;
        }
        return answer.get() == restore ? RestoreChoice.RESTORE : RestoreChoice.DISCARD;
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
