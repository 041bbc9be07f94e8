package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.look.Appearance;
import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.app.prefs.LookPrefs;
import com.cosellstudio.app.view.MainWindow;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Theme and zoom, the widths and place the window remembers, and what a screen reader reads. */
class LookWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void theDarkThemeIsAppliedToTheMarksAndRemembered(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-with-errors.csv", 60);
        RadioMenuItem dark = (RadioMenuItem) menuItem(robot, "menu-view-theme-dark");
        robot.interact(dark::fire);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertTrue(window.scene().getRoot().getStyleClass().contains(Appearance.DARK));
            assertEquals(Appearance.stylesheet(true), Application.getUserAgentStylesheet());
            assertTrue(Application.getUserAgentStylesheet().endsWith("primer-dark.bss"), "the build's binary form");
            TableCell<?, ?> city = cell(robot, 23, "Customer City");
            robot.interact(() -> window.grid().select(0, 0));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(fills(city).contains(Color.web("#3c1618")), "the error cell has the dark error fill: " + fills(city));
            assertEquals(Color.web("#e6edf3"), city.getTextFill());
            assertEquals(LookPrefs.ThemeChoice.DARK, new LookPrefs(preferences).theme());

            MainWindow[] second = new MainWindow[1];
            robot.interact(() -> {
                second[0] = new MainWindow(new Stage(), context());
                second[0].actions().showTemplate();
            });
            assertTrue(second[0].appearance().darkProperty().get(), "the next window opens dark");
            assertTrue(second[0].scene().getRoot().getStyleClass().contains(Appearance.DARK));
            assertEquals(LookPrefs.ThemeChoice.DARK, second[0].appearance().choiceProperty().get());
            assertTrue(((RadioMenuItem) menuItem(robot, "menu-view-theme-dark")).isSelected(), "View > Theme shows the choice");

            robot.interact(((RadioMenuItem) menuItem(robot, "menu-view-theme-light"))::fire);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(window.scene().getRoot().getStyleClass().contains(Appearance.DARK));
            TableCell<?, ?> light = cell(robot, 23, "Customer City");
            robot.interact(() -> window.grid().select(0, 0));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(fills(light).contains(Color.web("#fde4e4")), "the light error fill: " + fills(light));
            assertEquals(LookPrefs.ThemeChoice.LIGHT, new LookPrefs(preferences).theme());
        } finally {
            robot.interact(() -> window.appearance().choose(LookPrefs.ThemeChoice.LIGHT));
        }
    }

    @Test
    void zoomKeysScaleTheRowsAndCtrlZeroRestores(FxRobot robot) {
        TableView<?> grid = grid(robot);
        double normal = grid.getFixedCellSize();
        robot.clickOn(grid);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(grid.getFixedCellSize() > normal, "zoomed in: " + grid.getFixedCellSize());
        assertTrue(window.scene().getRoot().getStyle().contains("-fx-font-size: 15.00px"), window.scene().getRoot().getStyle());
        assertEquals(1.25, new LookPrefs(preferences).zoom(), 1e-9, "remembered");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normal, grid.getFixedCellSize());

        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(grid.getFixedCellSize() < normal, "zoomed out: " + grid.getFixedCellSize());
        assertEquals(window.viewModel().document().rows().size(), window.viewModel().document().rows().size());
        robot.interact(() -> window.appearance().zoomReset());
    }

    @Test
    void aColumnKeepsTheWidthTheUserGaveItInTheNextWindow(FxRobot robot) {
        TableView<GridRow> grid = grid(robot);
        TableColumn<GridRow, ?> dealName = column(grid, "Deal Name");
        assertTrue(dealName.getWidth() >= 250, "Deal Name is wide enough to read: " + dealName.getWidth());
        TableColumn<GridRow, ?> city = column(grid, "Customer City");
        double before = city.getWidth();
        robot.interact(() -> grid.resizeColumn(city, 73));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 73, city.getWidth(), 0.5);
        robot.interact(() -> window.requestClose());

        MainWindow[] second = new MainWindow[1];
        robot.interact(() -> {
            second[0] = new MainWindow(new Stage(), context());
            second[0].actions().showTemplate();
            second[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> reopened = (TableView<?>) second[0].scene().lookup("#deal-grid");
        assertEquals(before + 73, column(reopened, "Customer City").getWidth(), 0.5);
        assertNotEquals(before + 73, column(reopened, "Customer State").getWidth(), "only that column");
        robot.interact(() -> second[0].scene().getWindow().hide());
    }

    @Test
    void theWindowOpensWhereItWasClosedWhenThatIsOnScreen(FxRobot robot) {
        LookPrefs look = new LookPrefs(preferences);
        look.setWindow(new LookPrefs.Bounds(40, 30, 900, 600, false));
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            new MainWindow(stage[0], context());
        });
        assertEquals(40, stage[0].getX());
        assertEquals(30, stage[0].getY());
        assertEquals(900, stage[0].getWidth());
        assertEquals(600, stage[0].getHeight());

        look.setWindow(new LookPrefs.Bounds(9000, 7000, 900, 600, false));
        robot.interact(() -> {
            stage[0] = new Stage();
            new MainWindow(stage[0], context());
            stage[0].show();
        });
        assertTrue(stage[0].getX() < 9000 && stage[0].getY() < 7000, "moved onto the screen: " + stage[0].getX());
        robot.interact(stage[0]::hide);
    }

    @Test
    void aMarkedCellTellsAScreenReaderItsMessageAndShowsItsKindAsAShape(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-with-errors.csv", 60);
        TableCell<?, ?> city = cell(robot, 23, "Customer City");
        String spoken = city.getAccessibleText();
        assertNotNull(spoken, "a marked cell has accessible text");
        assertTrue(spoken.startsWith("Customer City: "), spoken);
        assertTrue(spoken.contains("error: "), spoken);
        assertTrue(spoken.contains(city.getTooltip().getText().lines().findFirst().orElseThrow()), spoken);

        Node glyph = ((Parent) city.getGraphic()).getChildrenUnmodifiable().get(0);
        assertTrue(glyph.getStyleClass().contains("mark-glyph"));
        assertTrue(glyph.getPseudoClassStates().contains(PseudoClass.getPseudoClass("error")));
        assertNotNull(((javafx.scene.layout.Region) glyph).getShape(), "the error glyph has its shape");

        TableCell<?, ?> plain = cell(robot, 1, "Deal Name");
        assertEquals(null, plain.getAccessibleText(), "a plain cell reads as its value");

        List<Button> iconOnly = robot.lookup("#main-toolbar .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY).toList();
        assertTrue(iconOnly.size() >= 5);
        for (Button button : iconOnly) {
            assertFalse(button.getAccessibleText() == null || button.getAccessibleText().isBlank(), button.getId());
        }
    }

    private static List<BackgroundFill> fillsOf(TableCell<?, ?> cell) {
        Background background = cell.getBackground();
        return background == null ? List.of() : background.getFills();
    }

    private static List<Object> fills(TableCell<?, ?> cell) {
        return fillsOf(cell).stream().map(fill -> (Object) fill.getFill()).toList();
    }

    private static <T> TableColumn<T, ?> column(TableView<T> grid, String name) {
        for (TableColumn<T, ?> column : grid.getColumns()) {
            if (column.getGraphic() instanceof javafx.scene.control.Label title && name.equals(title.getText())) {
                return column;
            }
        }
        throw new AssertionError("no column " + name);
    }
}
