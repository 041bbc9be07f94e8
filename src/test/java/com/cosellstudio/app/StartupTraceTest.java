package com.cosellstudio.app;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.look.LookStart;
import com.cosellstudio.app.prefs.LookPrefs;
import com.cosellstudio.app.prefs.RecentFiles;
import com.cosellstudio.app.view.MainWindow;
import com.cosellstudio.io.BulkFileReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The launch benchmark's finish line: with {@code -Dcosellstudio.startupTrace=true} the window opened
 * as the command line opens it says once, on standard error, when the grid first shows the file;
 * without the property it says nothing.
 */
@ExtendWith(ApplicationExtension.class)
class StartupTraceTest {
    private Stage stage;
    private Preferences preferences;
    private PrintStream originalErr;
    private ErrLines err;
    private volatile MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void captureStandardError() {
        preferences = Preferences.userRoot().node("com/cosellstudio/studio-test/" + System.nanoTime());
        originalErr = System.err;
        err = new ErrLines();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() throws BackingStoreException {
        System.setErr(originalErr);
        System.clearProperty(StartupTrace.PROPERTY);
        preferences.removeNode();
    }

    @Test
    void tellsOnceWhenTheGridFirstShowsTheFileRows(FxRobot robot) throws Exception {
        System.setProperty(StartupTrace.PROPERTY, "true");
        Path sample = Samples.path("deals-valid.csv");
        int rows = ShippedReader.reader().read(sample).rowCount();

        launch(robot, sample);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !err.traceLines().isEmpty());
        waitForLayoutPulses(robot, 3);

        List<Line> trace = err.traceLines();
        assertEquals(1, trace.size(), "one line, even after more pulses: " + trace);
        Line line = trace.get(0);
        assertEquals("startup: grid interactive", line.text);
        assertEquals(rows, line.gridItems, "the grid held every row of the file when the line was printed");
        assertTrue(line.rowsOnScreen > 0, "rows were laid out on screen when the line was printed");
    }

    @Test
    void tellsOnceForTheEmptyTemplateWithoutAFile(FxRobot robot) throws Exception {
        System.setProperty(StartupTrace.PROPERTY, "true");

        launch(robot, null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !err.traceLines().isEmpty());
        waitForLayoutPulses(robot, 3);

        List<Line> trace = err.traceLines();
        assertEquals(1, trace.size(), trace.toString());
        assertEquals("startup: grid interactive", trace.get(0).text);
        assertTrue(trace.get(0).gridWidth > 0, "the grid was laid out when the line was printed");
    }

    @Test
    void tellsThatTheLaunchFailedWhenTheFileCannotBeRead(FxRobot robot, @TempDir Path folder)
            throws Exception {
        System.setProperty(StartupTrace.PROPERTY, "true");

        launch(robot, folder.resolve("missing.csv"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !err.traceLines().isEmpty());
        closeErrorDialog(robot);
        waitForLayoutPulses(robot, 3);

        List<Line> trace = err.traceLines();
        assertEquals(1, trace.size(), "the template shown after the error adds no second line: " + trace);
        assertEquals("startup: failed", trace.get(0).text);
    }

    @Test
    void saysNothingWithoutTheProperty(FxRobot robot) throws Exception {
        launch(robot, Samples.path("deals-valid.csv"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().pathProperty().get() != null);
        waitForLayoutPulses(robot, 3);

        assertTrue(rowsOnScreen(window) > 0, "the file is on screen");
        assertEquals(List.of(), err.traceLines());
    }

    /** What {@code StudioApplication.start} does with the command line {@code file} (null: none). */
    private void launch(FxRobot robot, Path file) {
        DocumentFiles files = new DocumentFiles();
        Startup startup = Startup.begin(file == null ? List.of() : List.of(file.toString()), files);
        robot.interact(() -> window = StudioApplication.openWindow(stage, startup, files, new RecentFiles(preferences),
                LookStart.begin(new LookPrefs(preferences))));
    }

    /** Waits until {@code count} more layout pulses of the window have run. */
    private void waitForLayoutPulses(FxRobot robot, int count) throws TimeoutException {
        AtomicInteger pulses = new AtomicInteger();
        Runnable listener = () -> {
            if (pulses.incrementAndGet() < count) {
                Platform.requestNextPulse();
            }
        };
        robot.interact(() -> {
            window.scene().addPostLayoutPulseListener(listener);
            Platform.requestNextPulse();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pulses.get() >= count);
        robot.interact(() -> window.scene().removePostLayoutPulseListener(listener));
    }

    private static void closeErrorDialog(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire());
    }

    /** Table rows laid out with a deal in them. FX thread. */
    private static int rowsOnScreen(MainWindow window) {
        int count = 0;
        for (Node node : window.grid().node().lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && !row.isEmpty() && row.getItem() != null && row.isVisible()) {
                count++;
            }
        }
        return count;
    }

    /** A line written to the captured standard error, with the grid as it was at that moment. */
    private record Line(String text, int gridItems, int rowsOnScreen, double gridWidth) {
    }

    /** Standard error split into lines; a line written on the FX thread notes the grid's state. */
    private final class ErrLines extends OutputStream {
        private final StringBuilder current = new StringBuilder();
        private final List<Line> lines = new ArrayList<>();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                String text = current.toString().strip();
                current.setLength(0);
                MainWindow shown = window;
                if (Platform.isFxApplicationThread() && shown != null) {
                    TableView<?> grid = shown.grid().node();
                    lines.add(new Line(text, grid.getItems().size(), rowsOnScreen(shown), grid.getWidth()));
                } else {
                    lines.add(new Line(text, -1, -1, -1));
                }
            } else {
                current.append((char) b);
            }
        }

        /** The lines of the startup trace (anything else, e.g. a JavaFX warning, is not its business). */
        synchronized List<Line> traceLines() {
            return lines.stream().filter(line -> line.text.startsWith("startup:")).toList();
        }
    }
}
