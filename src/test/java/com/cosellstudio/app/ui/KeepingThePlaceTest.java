package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.model.CellRef;
import com.cosellstudio.app.model.GridRow;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TablePosition;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The user's place survives filters and undo; an empty view says why it is empty. */
class KeepingThePlaceTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private GridRow focusedRow() {
        TablePosition<GridRow, ?> focused = window.grid().node().getFocusModel().getFocusedCell();
        return window.viewModel().viewRows().get(focused.getRow());
    }

    private void toggleErrorsOnly(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void errorsOnlyOnAFileWithoutErrorsSaysSoNotThatThereAreNoDeals(FxRobot robot) throws Exception {
        openSample(robot, "deals-valid.csv", 40);
        robot.clickOn(cell(robot, 2, "Deal Name"));
        toggleErrorsOnly(robot);
        assertTrue(window.viewModel().viewRows().isEmpty());
        String shown = ((Label) window.grid().node().getPlaceholder()).getText();
        assertTrue(shown.startsWith("No deal has an error"), shown);
        toggleErrorsOnly(robot);
        assertEquals(40, window.viewModel().viewRows().size());
        assertEquals(2, focusedRow().number(), "back on the deal the user was on");
    }

    @Test
    void switchingErrorsOnlyOffKeepsTheDealTheUserWasOn(FxRobot robot) throws Exception {
        openSample(robot, "deals-with-errors.csv", 60);
        List<GridRow> withErrors = window.viewModel().document().rows().stream().filter(GridRow::hasErrors)
                .collect(Collectors.toList());
        assertTrue(withErrors.size() >= 4, "the sample has errors in several rows");
        robot.clickOn(cell(robot, 1, "Deal Name"));
        toggleErrorsOnly(robot);
        GridRow target = withErrors.get(withErrors.size() - 1);
        int viewRow = window.viewModel().viewRows().indexOf(target);
        robot.interact(() -> window.grid().select(viewRow, column("Customer City")));
        toggleErrorsOnly(robot);
        assertEquals(60, window.viewModel().viewRows().size());
        assertSame(target, focusedRow(), "still on row " + target.number());
        assertTrue(showing(cell(robot, target.number(), "Customer City")));
    }

    @Test
    void undoShowsTheCellItSetBack(FxRobot robot) throws Exception {
        openSample(robot, "deals-with-errors.csv", 60);
        typeInto(robot, 55, "Customer City", "Bergen");
        assertEquals("Bergen", value(55, "Customer City"));
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, focusedRow().number());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse("Bergen".equals(value(55, "Customer City")));
        CellRef focused = new CellRef(focusedRow(), (Integer) window.grid().node().getFocusModel().getFocusedCell()
                .getTableColumn().getUserData());
        assertEquals(55, focused.row().number());
        assertEquals(column("Customer City"), focused.column());
        assertTrue(robot.lookup(".deal-cell").match((javafx.scene.control.TableCell<?, ?> c) -> c.getIndex() == 54
                && Integer.valueOf(column("Customer City")).equals(c.getTableColumn().getUserData()) && showing(c))
                .tryQuery().isPresent(), "the cell is on screen");

        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Bergen", value(55, "Customer City"));
        assertEquals(55, focusedRow().number(), "redo shows it too");
    }
}
