package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.AppLog;
import com.cosellstudio.app.view.UnexpectedFailures;
import com.cosellstudio.domain.Row;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import javafx.event.EventHandler;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A fault of ours in the middle of editing: an event handler throws. The user sees it with its
 * details, can copy them, the log file holds the stack trace, and the document with its unsaved
 * edit is still there.
 */
class UnexpectedFailureTest extends WindowTestBase {
    @TempDir
    Path logs;
    /** What the window asked the desktop to show. */
    private final List<String> shown = new ArrayList<>();

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @AfterEach
    void stopLogging() {
        UnexpectedFailures.openFoldersWith(null);
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
            handler.close();
        }
    }

    @Test
    void aFailingHandlerIsShownLoggedAndTheDocumentKept(FxRobot robot) throws Exception {
        assertTrue(AppLog.writeTo(logs));
        UnexpectedFailures.openFoldersWith(shown::add);
        openSample(robot, "deals-valid.csv", 40);
        typeInto(robot, 2, "Deal Name", "Edited before the fault");
        List<List<String>> before = cells();

        EventHandler<KeyEvent> faulty = event -> {
            if (event.getCode() == KeyCode.F12) {
                throw new IllegalStateException("a fault planted by the test");
            }
        };
        robot.interact(() -> robot.lookup("#deal-grid").query().getScene().addEventHandler(KeyEvent.KEY_PRESSED, faulty));
        robot.type(KeyCode.F12);

        DialogPane dialog = dialog(robot);
        assertEquals("unexpected-dialog", dialog.getId());
        ButtonType copy = button(dialog, ButtonBar.ButtonData.LEFT, 0);
        robot.clickOn(dialog.lookupButton(copy));
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(10, TimeUnit.SECONDS);
        assertTrue(copied.contains("java.lang.IllegalStateException: a fault planted by the test"), copied);
        assertTrue(copied.contains("\tat "), "the stack trace: " + copied);
        assertTrue(dialog.getScene().getWindow().isShowing(), "copying leaves the dialog open");
        robot.clickOn(dialog.lookupButton(button(dialog, ButtonBar.ButtonData.LEFT, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(logs.toUri().toString()), shown, "Open Log Folder shows the folder the log is in");

        String log = Files.readString(logs.resolve("cosell-studio-0.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("java.lang.IllegalStateException: a fault planted by the test"), log);
        assertTrue(log.contains("at com.cosellstudio.app.ui.UnexpectedFailureTest"), log);

        robot.clickOn(dialog.lookupButton(button(dialog, ButtonBar.ButtonData.OK_DONE, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.viewModel().undoStack().isDirty(), "the edit is still unsaved, not lost");
        assertEquals(before, cells());
        assertEquals("Edited before the fault", value(2, "Deal Name"));
        robot.interact(() -> robot.lookup("#deal-grid").query().getScene().removeEventHandler(KeyEvent.KEY_PRESSED, faulty));
    }

    @Test
    void aFaultOnAnotherThreadIsShownAndLoggedToo(FxRobot robot) throws Exception {
        assertTrue(AppLog.writeTo(logs));
        openSample(robot, "deals-valid.csv", 40);
        typeInto(robot, 2, "Deal Name", "Edited before the fault");

        Thread worker = new Thread(() -> {
            throw new IllegalStateException("a fault planted on a worker thread");
        }, "planted-worker");
        worker.start();
        worker.join(10_000);

        DialogPane dialog = dialog(robot);
        assertEquals("unexpected-dialog", dialog.getId());
        String log = Files.readString(logs.resolve("cosell-studio-0.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("java.lang.IllegalStateException: a fault planted on a worker thread"), log);
        robot.clickOn(dialog.lookupButton(button(dialog, ButtonBar.ButtonData.OK_DONE, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Edited before the fault", value(2, "Deal Name"));
        assertTrue(window.viewModel().undoStack().isDirty(), "the edit is still unsaved, not lost");
    }

    private List<List<String>> cells() {
        List<List<String>> cells = new ArrayList<>();
        for (Row row : window.viewModel().document().file().rows()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                values.add(row.get(i));
            }
            cells.add(values);
        }
        return cells;
    }

    private static ButtonType button(DialogPane dialog, ButtonBar.ButtonData data, int index) {
        return dialog.getButtonTypes().stream().filter(type -> type.getButtonData() == data).skip(index).findFirst()
                .orElseThrow();
    }
}
