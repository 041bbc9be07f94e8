package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.Samples;
import com.cosellstudio.app.recovery.JournalFolder;
import com.cosellstudio.domain.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The journal of unsaved edits in the window: written a moment after the user stops, gone after a
 * clean close or a save; after a crash (the journal left by a process that is gone) offered at the
 * next start to restore, discard, or keep for later.
 */
class RecoveryWindowTest extends WindowTestBase {
    /** A process id no system hands out: the journal of a window that crashed. */
    private static final String CRASHED = "2147483646-1.journal";

    @TempDir
    Path temp;
    private JournalFolder journals;

    @Start
    void start(Stage stage) {
        startWindow(stage);
        journals = JournalFolder.in(temp.resolve("data"));
        window.keepJournal(journals);
    }

    private Path copyOfSample() throws Exception {
        Path file = temp.resolve("deals.csv");
        Files.copy(Samples.path("deals-with-errors.csv"), file);
        return file;
    }

    private List<List<String>> cells() {
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.copyOf(window.viewModel().document().file().header()));
        for (Row row : window.viewModel().document().file().rows()) {
            cells.add(List.of(row.toArray()));
        }
        return cells;
    }

    /** Opens a copy of the sample, sets one cell and waits until the journal holds it; returns the copy. */
    private Path editedAndJournaled(FxRobot robot, String dealName) throws Exception {
        Path file = copyOfSample();
        open(robot, file, 60);
        typeInto(robot, 2, "Deal Name", dealName);
        awaitJournal();
        return file;
    }

    private void awaitJournal() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(journals.own()));
    }

    /** What a crash leaves: the journal under the name of a process that is gone; the window then starts afresh. */
    private Path crash(FxRobot robot) throws Exception {
        Path left = journals.own().resolveSibling(CRASHED);
        Files.move(journals.own(), left);
        robot.interact(() -> window.actions().showTemplate());
        return left;
    }

    private void startAgain(FxRobot robot) {
        robot.interact(() -> window.offerRecovery());
    }

    @Test
    void editsAreJournaledAfterAPauseAndRestoredExactlyAsUnsavedChanges(FxRobot robot) throws Exception {
        Path file = copyOfSample();
        open(robot, file, 60);
        typeInto(robot, 2, "Deal Name", "Renamed before the crash");
        typeInto(robot, 7, "Customer City", "Z\u00fcrich");
        robot.interact(() -> {
            window.viewModel().deleteRows(List.of(window.viewModel().document().rows().get(3)));
            window.viewModel().editCell(window.viewModel().addRow(null), column("Deal Name"), "A new deal");
        });
        // Not on every change: the journal waits for the user to pause.
        assertFalse(Files.exists(journals.own()), "written while the user was still editing");
        awaitJournal();
        List<List<String>> before = cells();
        Path left = crash(robot);
        assertFalse(window.viewModel().undoStack().isDirty());

        startAgain(robot);
        DialogPane offer = dialog(robot);
        assertTrue(offer.getHeaderText().contains("deals.csv"), offer.getHeaderText());
        assertTrue(offer.getContentText().contains("60 rows"), offer.getContentText());
        robot.clickOn("Restore");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> file.equals(window.viewModel().pathProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before, cells());
        assertTrue(window.viewModel().undoStack().isDirty());
        assertFalse(window.viewModel().undoStack().canUndoProperty().get(), "the history starts empty");
        assertEquals("Renamed before the crash", value(2, "Deal Name"));
        assertTrue(robot.lookup("#notice-text").queryAs(Label.class).getText().contains("Restored"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(left) && Files.exists(journals.own()));
        // Undo cannot make restored changes look saved.
        robot.interact(() -> window.viewModel().undo());
        assertTrue(window.viewModel().undoStack().isDirty());
    }

    @Test
    void discardDeletesTheJournalAndDecideLaterKeepsIt(FxRobot robot) throws Exception {
        editedAndJournaled(robot, "Edited");
        Path left = crash(robot);

        startAgain(robot);
        dialog(robot);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(left), "Esc keeps the changes for the next start");
        assertNull(window.viewModel().pathProperty().get(), "the template stays");

        startAgain(robot);
        dialog(robot);
        robot.clickOn("Discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(left));
        assertNull(window.viewModel().pathProperty().get());
        assertFalse(window.viewModel().undoStack().isDirty());
    }

    @Test
    void aCleanCloseLeavesNoJournal(FxRobot robot) throws Exception {
        editedAndJournaled(robot, "Not wanted");
        Platform.runLater(() -> window.requestClose());
        dialog(robot);
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(journals.own()));
    }

    @Test
    void savingRemovesTheJournalAndUndoingBackToTheSavedStateToo(FxRobot robot) throws Exception {
        Path file = editedAndJournaled(robot, "Saved edit");
        Platform.runLater(() -> window.actions().saveTo(file, () -> { }));
        dialog(robot);
        robot.clickOn("Save Anyway");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.viewModel().undoStack().isDirty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(journals.own()));

        typeInto(robot, 3, "Deal Name", "Unsaved edit");
        awaitJournal();
        robot.interact(() -> window.viewModel().undo());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(journals.own()));
    }

    @Test
    void theOfferSaysWhenTheFileChangedOnDiskSince(FxRobot robot) throws Exception {
        Path file = editedAndJournaled(robot, "Mine");
        crash(robot);
        Files.writeString(file, Files.readString(file) + "\r\n", java.nio.charset.StandardCharsets.UTF_8);

        startAgain(robot);
        DialogPane offer = dialog(robot);
        assertTrue(offer.getContentText().contains("deals.csv has been changed on disk"), offer.getContentText());
        robot.clickOn("Decide Later");
    }

    @Test
    void anUnreadableJournalIsSetAsideInOneLineAndTheWindowStartsAsUsual(FxRobot robot) throws Exception {
        Path folder = journals.own().getParent();
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(CRASHED), "{\"kind\":\"cosell-studio-unsaved-changes\",\"version\":1,\"rows\":[[");

        startAgain(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.viewModel().noticeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String notice = robot.lookup("#notice-text").queryAs(Label.class).getText();
        assertTrue(notice.contains("could not be read") && notice.contains(folder.toString()), notice);
        assertFalse(Files.exists(folder.resolve(CRASHED)));
        assertTrue(Files.exists(folder.resolve(CRASHED + ".unreadable")));
    }
}
