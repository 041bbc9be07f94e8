package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.Samples;
import com.cosellstudio.app.model.LoadedDocument;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a file can always be stopped (Esc, the status bar's Cancel, quitting): the document open
 * before stays as it was, nothing alarming is said, and the reading thread stops.
 */
class CancelOpeningTest extends WindowTestBase {
    @TempDir
    Path temp;
    private boolean closed;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        startWindow(stage);
        window.setOnClosed(() -> closed = true);
    }

    /** A reading that never ends by itself (the file named at start-up, read before the window was up). */
    private static final class Endless extends CompletableFuture<LoadedDocument> {
        volatile boolean interrupted;

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            interrupted = mayInterruptIfRunning;
            return super.cancel(mayInterruptIfRunning);
        }
    }

    private Endless openEndlessly(FxRobot robot) throws Exception {
        Endless reading = new Endless();
        robot.interact(() -> window.actions().show(temp.resolve("endless.csv"), reading));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return reading;
    }

    private void assertThePreviousDocumentUntouched(FxRobot robot) {
        assertEquals(Samples.path("deals-with-errors.csv"), window.viewModel().pathProperty().get());
        assertEquals(60, window.viewModel().document().rows().size());
        assertEquals("Edited before opening", value(2, "Deal Name"));
        assertTrue(window.viewModel().undoStack().isDirty());
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "no dialog");
    }

    @Test
    void escStopsOpeningAndTheDocumentOpenBeforeStaysAsItWas(FxRobot robot) throws Exception {
        openSample(robot, "deals-with-errors.csv", 60);
        typeInto(robot, 2, "Deal Name", "Edited before opening");
        Endless reading = openEndlessly(robot);
        assertTrue(robot.lookup("#cancel-task").queryAs(Button.class).isVisible());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(reading.isCancelled() && reading.interrupted, "the reading thread is interrupted");
        assertThePreviousDocumentUntouched(robot);
        assertFalse(robot.lookup("#cancel-task").queryAs(Button.class).isVisible());
        // The window answers again: the grid takes the next edit.
        typeInto(robot, 3, "Deal Name", "Edited after cancelling");
        assertEquals("Edited after cancelling", value(3, "Deal Name"));
    }

    @Test
    void cancelStopsReadingABigFileAndTheWorkerIsFreeAgain(FxRobot robot) throws Exception {
        Path big = temp.resolve("big.csv");
        List<String> sample = Files.readAllLines(Samples.path("deals-with-errors.csv"), StandardCharsets.UTF_8);
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write(sample.get(0));
            out.write("\r\n");
            for (int i = 0; i < 400_000; i++) {
                out.write(sample.get(1 + i % (sample.size() - 1)));
                out.write("\r\n");
            }
        }
        openSample(robot, "deals-with-errors.csv", 60);
        typeInto(robot, 2, "Deal Name", "Edited before opening");
        robot.interact(() -> window.actions().load(big));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.busyProperty().get());
        robot.clickOn("#cancel-task");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThePreviousDocumentUntouched(robot);
        // The reading thread stopped: the worker waits for the next job instead of reading on.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("cosell-studio-worker"))
                .allMatch(t -> t.getState() == Thread.State.WAITING));
    }

    @Test
    void quittingWhileAFileOpensStopsTheReadingAndAsksAboutTheDocumentOpenBefore(FxRobot robot) throws Exception {
        openSample(robot, "deals-with-errors.csv", 60);
        typeInto(robot, 2, "Deal Name", "Edited before opening");
        Endless reading = openEndlessly(robot);

        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        dialog(robot);
        assertTrue(reading.isCancelled());
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(closed, "the window closed");
        assertFalse(stage.isShowing());
    }

    @Test
    void quittingWhileAFileOpensWithNothingUnsavedClosesAtOnce(FxRobot robot) throws Exception {
        Endless reading = openEndlessly(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(reading.isCancelled());
        assertTrue(closed, "the window closed");
    }
}
