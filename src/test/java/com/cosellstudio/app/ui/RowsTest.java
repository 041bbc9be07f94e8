package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.cosellstudio.domain.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting rows by their numbers, deleting and duplicating them, each one undo step. */
class RowsTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private Node number(FxRobot robot, int rowNumber) {
        return robot.lookup("#deal-grid .row-number-cell").match((Labeled number) ->
                String.valueOf(rowNumber).equals(number.getText()) && number.getParent().isVisible()).query();
    }

    @Test
    void rowsPickedByTheirNumbersAreDeletedAndComeBackWithOneUndo(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-valid.csv", 40);
        List<Row> original = new ArrayList<>(window.viewModel().document().file().rows());

        robot.clickOn(number(robot, 3));
        robot.press(KeyCode.SHIFT).clickOn(number(robot, 5)).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, window.grid().selectedRows().size());

        robot.clickOn("#delete-rows");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(37, window.viewModel().document().rows().size());
        assertSame(original.get(5), window.viewModel().document().file().rows().get(2), "row 6 is now row 3");
        assertEquals("3", ((Labeled) number(robot, 3)).getText(), "the numbers follow");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original, window.viewModel().document().file().rows());

        robot.clickOn(number(robot, 2));
        robot.clickOn("Rows").clickOn("Duplicate Rows");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(41, window.viewModel().document().rows().size());
        assertEquals(value(2, "Deal Name"), value(3, "Deal Name"), "the copy sits under its original");
    }
}
