package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.bench.BenchFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The row numbers a user reads beside the deals: wherever the grid is scrolled to (wheel, PageDown,
 * F8, a selection, with the issues panel open or closed), every number on screen sits on the row
 * it numbers, and no number is left over on top of another.
 */
class RowNumbersTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void everyNumberOnScreenIsTheNumberOfTheRowBesideIt(FxRobot robot, @TempDir Path folder) throws Exception {
        open(robot, BenchFiles.generate(folder, 5_000), 5_000);
        robot.clickOn(cell(robot, 1, "Deal Name"));
        assertNumbersSitOnTheirRows(robot, "opened");

        for (int i = 0; i < 30; i++) {
            robot.type(KeyCode.PAGE_DOWN);
            assertNumbersSitOnTheirRows(robot, "PageDown " + (i + 1));
        }

        robot.moveTo("#deal-grid");
        for (int i = 0; i < 6; i++) {
            robot.scroll(7, VerticalDirection.DOWN);
            assertNumbersSitOnTheirRows(robot, "wheel " + (i + 1));
        }

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.issuesVisibleProperty().get()
                && robot.lookup("#issues-table").tryQuery().isPresent());
        robot.clickOn(cell(robot, 1, "Deal Name"));
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.F8);
            assertNumbersSitOnTheirRows(robot, "F8 " + (i + 1) + " with the issues panel open");
        }
        robot.interact(() -> window.issuesVisibleProperty().set(false));
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.F8);
            assertNumbersSitOnTheirRows(robot, "F8 " + (i + 1) + " with the issues panel closed");
        }
        robot.interact(() -> window.issuesVisibleProperty().set(true));
        assertNumbersSitOnTheirRows(robot, "issues panel opened again");

        for (int row : new int[] {4_321, 70, 2_500, 5_000, 1}) {
            robot.interact(() -> window.grid().select(row - 1, column("Customer City")));
            assertNumbersSitOnTheirRows(robot, "row " + row + " selected");
        }
    }

    /**
     * For each row number visible in the grid's viewport, the deal cells level with it belong to the
     * row with that number; numbers never overlap.
     */
    private void assertNumbersSitOnTheirRows(FxRobot robot, String after) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = grid(robot);
        Bounds viewport = robot.lookup("#deal-grid .clipped-container").query().localToScreen(
                robot.lookup("#deal-grid .clipped-container").query().getLayoutBounds());
        List<Bounds> numbersSeen = new ArrayList<>();
        int checked = 0;
        for (Node node : robot.lookup(".row-number-cell").queryAll()) {
            Labeled number = (Labeled) node;
            String text = number.getText();
            Bounds at = number.localToScreen(number.getBoundsInLocal());
            if (text == null || text.isEmpty() || !showing(number) || at == null
                    || at.getCenterY() < viewport.getMinY() || at.getCenterY() > viewport.getMaxY()) {
                continue;
            }
            for (Bounds other : numbersSeen) {
                assertFalse(Math.abs(other.getCenterY() - at.getCenterY()) < at.getHeight() / 2,
                        after + ": two numbers on one line, one of them " + text);
            }
            numbersSeen.add(at);
            int besideIt = 0;
            for (Node candidate : robot.lookup("#deal-grid .deal-cell").queryAll()) {
                IndexedCell<?> deal = (IndexedCell<?>) candidate;
                Bounds dealAt = deal.localToScreen(deal.getBoundsInLocal());
                if (deal.isEmpty() || !showing(deal) || dealAt == null
                        || Math.abs(dealAt.getCenterY() - at.getCenterY()) > 1) {
                    continue;
                }
                assertEquals(text, Integer.toString(window.viewModel().viewRows().get(deal.getIndex()).number()),
                        after + ": the number beside the deal in view row " + deal.getIndex());
                besideIt++;
            }
            assertTrue(besideIt > 0, after + ": no deal beside number " + text);
            checked++;
        }
        assertTrue(checked >= 10, after + ": only " + checked + " numbers on screen in " + table.getHeight() + " px");
    }
}
