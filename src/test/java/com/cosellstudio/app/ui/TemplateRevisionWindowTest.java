package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.rules.AllowedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The two template revisions in the window, as a user meets them: the status bar says which one a
 * document is, Check ▸ Template checks it as another (no cell changes), File ▸ New offers both,
 * File ▸ Convert to 2023 Template is one undo step, and a read-only field changed in an export says
 * that Partner Center keeps the old value.
 */
class TemplateRevisionWindowTest extends WindowTestBase {
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private String statusTemplate(FxRobot robot) {
        return robot.lookup("#status-template").queryAs(Label.class).getText();
    }

    private int errors() {
        return window.viewModel().totals().errors();
    }

    private List<String> header() {
        return new ArrayList<>(window.viewModel().document().file().header());
    }

    private List<List<String>> cells() {
        List<List<String>> cells = new ArrayList<>();
        for (GridRow row : window.viewModel().document().rows()) {
            cells.add(List.of(row.row().toArray()));
        }
        return cells;
    }

    /** Chooses a menu item as a click on it does (a radio item is selected first, as the click does). */
    private static void fire(FxRobot robot, String id) {
        MenuItem item = menuItem(robot, id);
        robot.interact(() -> {
            if (item instanceof RadioMenuItem radio) {
                radio.setSelected(true);
            }
            item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForTemplate(FxRobot robot, String text) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text.equals(statusTemplate(robot)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWindowStartsOnTodaysTemplateAndFileNewOffersBoth(FxRobot robot) throws Exception {
        assertEquals("2023 template", statusTemplate(robot));
        assertTrue(header().contains("Marketplace Purchase Intent"), header()::toString);

        robot.clickOn("File").clickOn("New from 2021 Template");
        waitForTemplate(robot, "2021 template");
        assertTrue(header().contains("Declined/Lost reason"));
        assertFalse(header().contains("Marketplace Purchase Intent"));

        assertEquals("_New from 2023 Template", menuItem(robot, "menu-file-new-2023").getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitForTemplate(robot, "2023 template");
        assertEquals("Microsoft team member 1", header().get(header().size() - 1));
    }

    @Test
    void checkTemplateChecksAsAnotherRevisionWithoutChangingACell(FxRobot robot) throws Exception {
        openSample(robot, "deals-2023.csv", 25);
        assertEquals("2023 template", statusTemplate(robot));
        int errorsAs2023 = errors();
        List<List<String>> before = cells();
        TableCell<?, ?> reason = cell(robot, 4, "Declined/Lost/Error reason");
        assertFalse(reason.getPseudoClassStates().contains(ERROR), "Closed/Error with reason 5 is valid in 2023");

        robot.clickOn(reason);
        fire(robot, "menu-check-template-2021");
        waitForTemplate(robot, "2021 template");
        assertTrue(grid(robot).isFocused(), "the grid keeps the keyboard while its columns are rebuilt");
        assertEquals(column("Declined/Lost reason"), grid(robot).getFocusModel().getFocusedCell().getTableColumn().getUserData(),
                "and the user keeps their place");
        assertTrue(errors() > errorsAs2023, "the 2021 template knows no substatus Error: " + errors());
        assertTrue(cell(robot, 4, "Partner Referral Substatus").getPseudoClassStates().contains(ERROR));
        assertEquals(before, cells(), "no cell changed");
        assertFalse(window.viewModel().undoStack().isDirty(), "nothing to save or undo");
        assertTrue(robot.lookup("#status-template").queryAs(Label.class).getTooltip().getText()
                .contains("as chosen in Check"));

        assertEquals("_As Its Header Tells (2023)", menuItem(robot, "menu-check-template-told").getText());
        fire(robot, "menu-check-template-told");
        waitForTemplate(robot, "2023 template");
        assertEquals(errorsAs2023, errors());
    }

    @Test
    void convertingA2021FileToThe2023TemplateIsOneUndoStep(FxRobot robot) throws Exception {
        openSample(robot, "deals-valid.csv", 40);
        assertEquals("2021 template", statusTemplate(robot));
        assertEquals(0, errors());
        List<String> oldHeader = header();
        List<List<String>> before = cells();

        robot.clickOn("File").clickOn("Convert to 2023 Template\u2026");
        DialogPane confirm = dialog(robot);
        assertTrue(confirm.getContentText().contains("Renames \"Declined/Lost reason\" to \"Declined/Lost/Error reason\""),
                confirm.getContentText());
        assertTrue(confirm.getContentText().contains("Marketplace Purchase Intent"), confirm.getContentText());
        robot.clickOn((Button) confirm.lookupButton(confirm.getButtonTypes().get(0)));
        waitForTemplate(robot, "2023 template");

        List<String> converted = header();
        assertEquals(oldHeader.size() + 20, converted.size(), converted::toString);
        assertEquals("Declined/Lost/Error reason", converted.get(oldHeader.indexOf("Declined/Lost reason")));
        assertTrue(converted.indexOf("Marketplace Purchase Intent") < converted.indexOf("Solution 1"));
        int creates = window.viewModel().totals().createProperty().get();
        assertEquals(creates, errors(), "each new deal must now say its Marketplace Purchase Intent, and only that");
        GridRow firstNew = window.viewModel().document().rows().stream()
                .filter(row -> row.get(column("Referral ID")).isBlank()).findFirst().orElseThrow();
        assertTrue(cell(robot, firstNew.number(), "Marketplace Purchase Intent").getPseudoClassStates().contains(ERROR));

        assertEquals("_Undo Conversion to Another Template", menuItem(robot, "menu-edit-undo").getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(oldHeader, header());
        waitForTemplate(robot, "2021 template");
        assertEquals(oldHeader, header());
        assertEquals(before, cells());
        assertEquals(0, errors());
    }

    @Test
    void aReadOnlyFieldChangedInAnExportSaysPartnerCenterKeepsTheOldValue(FxRobot robot) throws Exception {
        openSample(robot, "deals-2023.csv", 25);
        // Row 2 updates a deal: the export is its own baseline, and Customer Name is read-only once created.
        String old = value(2, "Customer Name");
        typeInto(robot, 2, "Customer Name", "Renamed Customer");

        TableCell<?, ?> name = cell(robot, 2, "Customer Name");
        assertTrue(name.getPseudoClassStates().contains(WARNING), "a warning, not an error");
        String tooltip = name.getTooltip().getText();
        assertTrue(tooltip.contains("Partner Center keeps the old value: " + old), tooltip);
        assertTrue(tooltip.contains("read-only once the deal is created"), tooltip);
    }

    @Test
    void theReasonListOfAnErrorRowIsTheNineErrorReasons(FxRobot robot) throws Exception {
        openSample(robot, "deals-2023.csv", 25);
        ComboBox<AllowedValue> list = openList(robot, 4, "Declined/Lost/Error reason", ".combo-box");
        assertEquals(9, list.getItems().size());
        assertEquals(new AllowedValue("7", "Test referral"), list.getItems().get(6));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
