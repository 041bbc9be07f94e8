package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.rules.ColumnGroup;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Adding group columns up to Partner Center's limit, and pasting a block with undo and redo. */
class ColumnsAndPasteTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void addSolutionGoesUpToFiftyAndTheFiftyFirstIsRefusedWithTheLimit(FxRobot robot) {
        // The empty template has Solution 1.
        for (int n = 2; n <= 50; n++) {
            robot.clickOn("#add-solution");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(50, window.viewModel().document().layout().groupCount(ColumnGroup.SOLUTION));
        assertEquals("Solution 50", window.viewModel().document().header(column("Solution 50")));
        assertEquals(column("Solution 49") + 1, column("Solution 50"), "each new column stands next to its group");
        int columns = window.grid().node().getColumns().size();

        robot.clickOn("#add-solution");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(columns, window.grid().node().getColumns().size(), "no 51st column");
        Label notice = robot.lookup("#notice-text").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertTrue(notice.getText().contains("Partner Center") && notice.getText().contains("50"), notice.getText());

        // One Ctrl+Z takes one column away again.
        robot.clickOn("#deal-grid");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(49, window.viewModel().document().layout().groupCount(ColumnGroup.SOLUTION));
    }

    @Test
    void aPastedThreeByTwoBlockUndoesAndRedoesAsOneStep(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-valid.csv", 40);
        List<String> before = List.of(value(5, "Customer City"), value(5, "Customer State"),
                value(6, "Customer City"), value(6, "Customer State"),
                value(7, "Customer City"), value(7, "Customer State"));
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Oslo\tOS\r\nLyon\tARA\r\nKyiv\tKY\r\n");
            Clipboard.getSystemClipboard().setContent(content);
        });

        robot.clickOn(cell(robot, 5, "Customer City"));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> pasted = List.of("Oslo", "OS", "Lyon", "ARA", "Kyiv", "KY");
        assertEquals(pasted, List.of(value(5, "Customer City"), value(5, "Customer State"),
                value(6, "Customer City"), value(6, "Customer State"),
                value(7, "Customer City"), value(7, "Customer State")));
        assertEquals(6, window.grid().node().getSelectionModel().getSelectedCells().size(), "the block is selected");
        assertEquals("Lyon", cell(robot, 6, "Customer City").getText(), "the grid shows the pasted values");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, List.of(value(5, "Customer City"), value(5, "Customer State"),
                value(6, "Customer City"), value(6, "Customer State"),
                value(7, "Customer City"), value(7, "Customer State")));

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pasted, List.of(value(5, "Customer City"), value(5, "Customer State"),
                value(6, "Customer City"), value(6, "Customer State"),
                value(7, "Customer City"), value(7, "Customer State")));
        assertEquals("Kyiv", cell(robot, 7, "Customer City").getText());
    }
}
