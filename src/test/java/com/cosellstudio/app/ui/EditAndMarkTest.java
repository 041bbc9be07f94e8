package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A user opens the sample, sees the red cell of a known error, types the fix and the mark goes. */
class EditAndMarkTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void typingAFixIntoARedCellRemovesTheMark(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-with-errors.csv", 60);
        int errorsBefore = window.viewModel().totals().errors();
        assertEquals(errorsBefore + " errors", robot.lookup("#status-errors").queryAs(Label.class).getText());

        TableCell<?, ?> city = cell(robot, 23, "Customer City");
        assertTrue(city.getPseudoClassStates().contains(ERROR), "row 23 Customer City is marked red");
        assertNotNull(city.getTooltip(), "the message is the tooltip");
        assertTrue(city.getTooltip().getText().contains("Customer City"), city.getTooltip().getText());

        robot.clickOn(city);
        robot.write("Seattle");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Seattle", value(23, "Customer City"));
        TableCell<?, ?> fixed = cell(robot, 23, "Customer City");
        assertEquals("Seattle", fixed.getText());
        assertFalse(fixed.getPseudoClassStates().contains(ERROR), "the mark is gone");
        assertEquals((errorsBefore - 1) + " errors", robot.lookup("#status-errors").queryAs(Label.class).getText());
        assertTrue(((javafx.stage.Stage) robot.window(0)).getTitle().startsWith("\u25CF"), "unsaved mark in the title");
    }
}
