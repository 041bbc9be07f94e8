package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.rules.AllowedValue;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keyboard in editors, dialogs and menus: lists on F2, the first field of a dialog, mnemonics. */
class KeyboardEditorsTest extends WindowTestBase {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void f2OnACountryOpensItsSearchableListAndTypingPicksOne(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-valid.csv", 40);
        ComboBox<AllowedValue> countries = openList(robot, 8, "Customer Country", ".searchable-combo-box");
        assertNotNull(countries, "F2 edits a country with the list");
        ComboBox<?> popup = robot.lookup("#deal-grid .searchable-combo-box #filtered").queryAs(ComboBox.class);
        assertTrue(popup.isShowing(), "the list is open at once");
        TextField search = robot.lookup("#deal-grid .searchable-combo-box #search").queryAs(TextField.class);
        assertTrue(search.isFocused(), "and the keyboard is in its search field");

        robot.write("germany");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("DE", value(8, "Customer Country"));
    }

    @Test
    void salesStageOffersTheStagesOfTheRulePack(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-valid.csv", 40);
        List<AllowedValue> stages = window.viewModel().document().spec(column("Sales Stage")).allowedValues();
        assertEquals(6, stages.size(), "the pack knows six stages");

        ComboBox<AllowedValue> list = openList(robot, 3, "Sales Stage", ".combo-box");
        assertNotNull(list, "F2 on Sales Stage opens a list");
        assertTrue(list.isShowing());
        assertEquals(stages, list.getItems());
        AllowedValue developed = stages.get(2);
        assertEquals(developed.value() + " \u2014 " + developed.label(), list.getConverter().toString(developed));

        robot.interact(() -> {
            list.setValue(developed);
            list.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(developed.value(), value(3, "Sales Stage"));
    }
}
