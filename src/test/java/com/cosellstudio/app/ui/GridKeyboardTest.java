package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.model.GridRow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The grid driven from the keyboard and the mouse as in a spreadsheet. */
class GridKeyboardTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private TablePosition<GridRow, ?> focused() {
        return window.grid().node().getFocusModel().getFocusedCell();
    }

    private int focusedColumn() {
        Object data = focused().getTableColumn().getUserData();
        return data instanceof Integer ? (Integer) data : -1;
    }

    private boolean gridHasKeyboard() {
        for (Node at = window.scene().getFocusOwner(); at != null; at = at.getParent()) {
            if (at == window.grid().node()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void typingFastKeepsEveryCharacter(FxRobot robot) throws Exception {
        openSample(robot, "deals-valid.csv", 40);
        robot.clickOn(cell(robot, 2, "Deal Name"));
        robot.write("Edited deal", 12);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Edited deal", value(2, "Deal Name"));

        robot.clickOn(cell(robot, 4, "Customer City"));
        robot.write("Zaragoza", 0);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Zaragoza", value(4, "Customer City"));

        // Keys faster than the screen's pulse: each reaches whatever has the keyboard when it arrives,
        // before the editor the first one opened has ever been drawn.
        robot.clickOn(cell(robot, 6, "Customer City"));
        robot.interact(() -> {
            for (String key : new String[] {"O", "s", "l", "o"}) {
                Node target = window.scene().getFocusOwner();
                javafx.event.Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, key, "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Oslo", value(6, "Customer City"));
    }

    @Test
    void shiftArrowsExtendFromTheAnchorAndCtrlHomeEndGoToTheCorners(FxRobot robot) throws Exception {
        openSample(robot, "deals-valid.csv", 40);
        int city = column("Customer City");
        robot.clickOn(cell(robot, 5, "Customer City"));
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.RIGHT).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("4:" + city, "5:" + city, "6:" + city, "4:" + (city + 1), "5:" + (city + 1), "6:" + (city + 1)),
                selected(), "a 3 × 2 block from the anchor (view rows count from 0)");
        robot.press(KeyCode.SHIFT).type(KeyCode.UP, KeyCode.UP, KeyCode.UP).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("3:" + city, "4:" + city, "3:" + (city + 1), "4:" + (city + 1)), selected(),
                "back over the anchor: rows 4 and 5");

        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(39, focused().getRow());
        assertEquals(window.viewModel().document().columnCount() - 1, focusedColumn());
        assertEquals(1, selected().size());
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, focused().getRow());
        assertEquals(0, focusedColumn());
        assertTrue(gridHasKeyboard());
    }

    @Test
    void leftAndRightMoveOneColumnAndScrollOnlyAsFarAsNeeded(FxRobot robot) throws Exception {
        openSample(robot, "deals-valid.csv", 40);
        robot.clickOn(cell(robot, 3, "Deal Name"));
        ScrollBar sideways = horizontalBar(robot);
        int columns = window.viewModel().document().columnCount();
        double before = sideways.getValue();
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(column("Deal Name") + 6, focusedColumn());
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, sideways.getValue(), 0.5);
        // Walk right: the focused cell is always wholly in view, right of the row numbers, and the
        // view moves only when the cell would leave it, never jumping it to the left edge.
        double lastOffset = 0;
        int scrolls = 0;
        for (int i = 1; i < columns; i++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(i, focusedColumn());
            assertFocusedCellInView(robot, "column " + i);
            if (sideways.getValue() != lastOffset) {
                scrolls++;
                lastOffset = sideways.getValue();
            }
        }
        assertTrue(scrolls > 0, "the grid scrolled");
        double atRight = sideways.getValue();
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(atRight, sideways.getValue(), 0.5, "one column left of a visible cell does not scroll");
        assertFocusedCellInView(robot, "after Left");
        assertTrue(before >= 0);
    }

    private void assertFocusedCellInView(FxRobot robot, String when) {
        TableView<GridRow> table = window.grid().node();
        Node cell = robot.lookup(".deal-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                c.getIndex() == focused().getRow() && c.getTableColumn() == focused().getTableColumn() && showing(c))
                .tryQuery().orElseThrow(() -> new AssertionError(when + ": no cell on screen for the focus at "
                        + horizontalBar(robot).getValue() + " of " + horizontalBar(robot).getMax() + " " + focused() + " "
                        + robot.lookup(".deal-cell").match((javafx.scene.control.TableCell<?, ?> c) -> c.getIndex() == focused().getRow())
                        .queryAll().stream().map(c -> ((javafx.scene.control.TableCell<?, ?>) c).getTableColumn().getUserData() + "/" + c.isVisible() + "/" + c.getParent() + "/" + c.getParent().isVisible() + "@" + c.getParent().getLayoutY()).toList()
                        + " rows " + robot.lookup("#deal-grid .table-row-cell").queryAll().stream().map(r -> ((javafx.scene.control.TableRow<?>) r).getIndex() + ":" + r.isVisible() + ":" + ((javafx.scene.Parent) r).getChildrenUnmodifiable().size()).toList()));
        Bounds at = cell.localToScreen(cell.getBoundsInLocal());
        Bounds view = table.localToScreen(table.getBoundsInLocal());
        ScrollBar vertical = robot.lookup("#deal-grid .scroll-bar").match((ScrollBar bar) ->
                bar.getOrientation() == javafx.geometry.Orientation.VERTICAL).query();
        double right = vertical.isVisible() ? vertical.localToScreen(vertical.getBoundsInLocal()).getMinX() : view.getMaxX();
        Bounds number = robot.lookup("#deal-grid .row-number-cell").query().localToScreen(
                robot.lookup("#deal-grid .row-number-cell").query().getBoundsInLocal());
        assertTrue(at.getMinX() >= number.getMaxX() - 1 && at.getMaxX() <= right + 1,
                when + ": cell " + at.getMinX() + "–" + at.getMaxX() + " in view " + number.getMaxX() + "–" + right
                        + " (" + table.getWidth() + ")");
    }

    private ScrollBar horizontalBar(FxRobot robot) {
        return robot.lookup("#deal-grid .scroll-bar").match((ScrollBar bar) ->
                bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL).query();
    }

    @Test
    void draggingOverCellsSelectsTheRectangle(FxRobot robot) throws Exception {
        openSample(robot, "deals-valid.csv", 40);
        int first = 1;
        Node from = cell(robot, 3, window.viewModel().document().header(first));
        Node to = robot.lookup(".deal-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                c.getIndex() == 5 && Integer.valueOf(first + 1).equals(c.getTableColumn().getUserData())
                        && showing(c)).query();
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("2:" + first, "3:" + first, "4:" + first, "5:" + first,
                "2:" + (first + 1), "3:" + (first + 1), "4:" + (first + 1), "5:" + (first + 1)), selected());
        assertEquals(5, focused().getRow(), "the focus follows the pointer");
    }

    @Test
    void rightClickOnAHeaderDoesNotSort(FxRobot robot) throws Exception {
        openSample(robot, "deals-with-errors.csv", 60);
        List<GridRow> order = List.copyOf(window.viewModel().viewRows());
        robot.clickOn(robot.lookup(".column-title").match((javafx.scene.control.Label l) -> "Deal Name".equals(l.getText())).queryLabeled(),
                MouseButton.SECONDARY);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(order, List.copyOf(window.viewModel().viewRows()), "right click leaves the order");
        assertTrue(window.grid().node().getSortOrder().isEmpty());
    }

    @Test
    void f5KeepsTheKeyboardInTheGrid(FxRobot robot) throws Exception {
        openSample(robot, "deals-with-errors.csv", 60);
        robot.clickOn(cell(robot, 2, "Deal Name"));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.issuesVisibleProperty().get()
                && robot.lookup("#issues-table").tryQuery().isPresent() && !window.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(gridHasKeyboard(), "F5 leaves the keyboard in the grid, not " + window.scene().getFocusOwner());
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, focused().getRow(), "arrows still move in the grid");
        assertFalse(window.grid().node().getSelectionModel().getSelectedCells().isEmpty());
    }

    /** The selected cells as "viewRow:column". */
    private Set<String> selected() {
        Set<String> cells = new HashSet<>();
        for (TablePosition<?, ?> position : window.grid().node().getSelectionModel().getSelectedCells()) {
            Object data = position.getTableColumn().getUserData();
            if (data instanceof Integer) {
                cells.add(position.getRow() + ":" + data);
            }
        }
        return cells;
    }

}
