package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.rules.ColumnGroup;
import com.cosellstudio.app.bench.BenchFiles;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Columns added as fast as a user clicks (a double click on Add Team member, Add Solution clicked
 * every quarter second) and undone again: the window comes back to rest, with every column there.
 */
class FastColumnsTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void columnsAddedQuicklyLeaveTheWindowAtRest(FxRobot robot, @TempDir Path folder) throws Exception {
        open(robot, BenchFiles.generate(folder, 5_000), 5_000);
        int before = window.viewModel().document().columnCount();
        robot.clickOn(cell(robot, 3, "Customer City"));

        robot.clickOn("#add-team-member");
        Thread.sleep(120);
        robot.clickOn("#add-team-member");
        for (int i = 0; i < 4; i++) {
            Thread.sleep(250);
            robot.clickOn("#add-solution");
        }
        // A burst inside one pulse, as a fast machine delivers clicks.
        robot.interact(() -> {
            window.commands().addGroupColumn(ColumnGroup.SOLUTION);
            window.commands().addGroupColumn(ColumnGroup.TEAM_MEMBER);
        });
        settle(robot);
        int added = window.viewModel().document().columnCount() - before;
        assertTrue(added >= 3, "columns added: " + added);
        assertEquals(added + 1, window.grid().node().getColumns().size() - before, "one table column per document column, plus the numbers");
        assertAtRest(robot, "after adding " + added + " columns");
        assertRowsShown(robot, "after adding " + added + " columns");

        for (int i = 0; i < added; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        }
        settle(robot);
        assertEquals(before, window.viewModel().document().columnCount());
        assertAtRest(robot, "after undoing them");
        assertRowsShown(robot, "after undoing them");

        // Ctrl+Q then ends the process (the application's action; here, counted).
        AtomicInteger ended = new AtomicInteger();
        window.setOnClosed(ended::incrementAndGet);
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, ended.get(), "quitting ends the process once");
        assertFalse(window.scene().getWindow().isShowing());
    }

    private void settle(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The grid shows its rows: numbered, on screen, without anything being scrolled or clicked first. */
    private void assertRowsShown(FxRobot robot, String when) {
        javafx.geometry.Bounds view = grid(robot).localToScreen(grid(robot).getBoundsInLocal());
        long shown = robot.lookup("#deal-grid .row-number-cell").queryAll().stream()
                .filter(node -> showing(node) && ((javafx.scene.control.Labeled) node).getText() != null)
                .map(node -> node.localToScreen(node.getBoundsInLocal()))
                .filter(at -> at.getMinY() >= view.getMinY() && at.getMaxY() <= view.getMaxY())
                .count();
        assertTrue(shown >= 10, when + ": " + shown + " rows on screen");
    }

    /** The UI thread, left alone for a second, spends almost none of it working. */
    private static void assertAtRest(FxRobot robot, String when) throws InterruptedException {
        AtomicLong uiThread = new AtomicLong();
        robot.interact(() -> uiThread.set(Thread.currentThread().getId()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread.sleep(300);
        long start = threads.getThreadCpuTime(uiThread.get());
        Thread.sleep(1_000);
        long busy = threads.getThreadCpuTime(uiThread.get()) - start;
        assertTrue(busy < TimeUnit.MILLISECONDS.toNanos(60), when + ": the UI thread worked " + busy / 1_000_000 + " ms of 1,000 at rest");
    }
}
