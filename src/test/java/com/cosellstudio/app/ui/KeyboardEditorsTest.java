package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.prefs.RecentFiles;
import com.cosellstudio.rules.AllowedValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
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

    @Test
    void theSolutionAndTeamMemberFormsOpenWithTheKeyboardInTheirFirstField(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-valid.csv", 40);
        for (String column : List.of("Solution 1", "Team member 1")) {
            robot.clickOn(cell(robot, 2, column));
            robot.type(KeyCode.F2);
            DialogPane form = dialog(robot);
            WaitForAsyncUtils.waitForFxEvents();
            TextField first = (TextField) form.lookup(".text-field");
            assertSame(first, form.getScene().getFocusOwner(), column + ": " + form.getScene().getFocusOwner());
            // Keys as the keyboard sends them, to whichever window has it.
            robot.type(KeyCode.END, KeyCode.X);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(first.getText().endsWith("x"), column + ": typing goes into the first field: " + first.getText());
            robot.clickOn((Button) form.lookupButton(form.getButtonTypes().get(1)));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void questionsOpenWithTheKeyboardOnTheirDefaultButton(FxRobot robot) throws Exception {
        // Convert: the 2021 sample to the newest template.
        openSample(robot, "deals-valid.csv", 40);
        MenuItem convert = menuItem(robot, "menu-file-convert");
        // The question is modal: ask from the FX thread without waiting for the answer.
        WaitForAsyncUtils.asyncFx(convert::fire);
        assertFocusOnDefaultButton(dialog(robot), "convert");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // Unsaved changes: Save, not Don't Save, takes Enter or Space.
        typeInto(robot, 2, "Deal Name", "Renamed");
        WaitForAsyncUtils.asyncFx(window::requestClose);
        assertFocusOnDefaultButton(dialog(robot), "unsaved");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // An error message: its OK.
        Path broken = folder.resolve("broken.csv");
        Files.write(broken, "Errors,Deal Name\n\"never closed,x\n".getBytes(StandardCharsets.UTF_8));
        WaitForAsyncUtils.asyncFx(() -> window.actions().load(broken));
        assertFocusOnDefaultButton(dialog(robot), "error");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertFocusOnDefaultButton(DialogPane pane, String which) {
        WaitForAsyncUtils.waitForFxEvents();
        ButtonType answer = pane.getButtonTypes().stream().filter(type -> type.getButtonData().isDefaultButton())
                .findFirst().orElseThrow();
        Node button = pane.lookupButton(answer);
        assertSame(button, pane.getScene().getFocusOwner(), which + ": " + pane.getScene().getFocusOwner());
    }

    @Test
    void aPriceWithADecimalCommaIsThePriceNeverACurrency(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-valid.csv", 40);
        typeInto(robot, 2, "Solution 1", "SOL-1234-ABCD, 12,5");
        robot.clickOn(cell(robot, 2, "Solution 1"));
        robot.type(KeyCode.F2);
        DialogPane form = dialog(robot);
        TextField currency = robot.lookup("#part-currency").queryAs(TextField.class);
        TextField price = robot.lookup("#part-price").queryAs(TextField.class);
        assertEquals("", currency.getText());
        assertEquals("12,5", price.getText());
        String said = robot.lookup(".form-message").queryAs(Label.class).getText();
        assertTrue(said.contains("decimal comma") && said.contains("12.5"), said);
        assertFalse(said.toLowerCase(Locale.ROOT).contains("currency"), said);
        Button ok = (Button) form.lookupButton(form.getButtonTypes().get(0));
        assertTrue(ok.isDisabled(), "the form would write price 12 and quantity 5");

        robot.interact(() -> price.setText("12.5"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ok.isDisabled());
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("SOL-1234-ABCD, , 12.5", value(2, "Solution 1"));

        // Typed into the form's price field, the comma is caught before it reaches the cell.
        robot.clickOn(cell(robot, 3, "Solution 1"));
        robot.type(KeyCode.F2);
        DialogPane again = dialog(robot);
        TextField typedPrice = robot.lookup("#part-price").queryAs(TextField.class);
        robot.clickOn(typedPrice).eraseText(typedPrice.getText().length()).write("7,25");
        WaitForAsyncUtils.waitForFxEvents();
        Button okAgain = (Button) again.lookupButton(again.getButtonTypes().get(0));
        assertTrue(okAgain.isDisabled());
        assertTrue(robot.lookup(".form-message").queryAs(Label.class).getText().contains("7.25"));
        robot.clickOn((Button) again.lookupButton(again.getButtonTypes().get(1)));
    }

    @Test
    void everyMenuItemHasItsOwnMnemonicAndAltFOpensTheFileMenu(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-valid.csv", 40);
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        Menu recent = (Menu) menuItem(robot, "menu-recent");
        robot.interact(() -> recent.getOnShowing().handle(new Event(Menu.ON_SHOWING)));
        assertFalse(recent.getItems().isEmpty());

        assertMnemonics("menu bar", new ArrayList<>(bar.getMenus()));
        List<Menu> menus = new ArrayList<>(bar.getMenus());
        for (int i = 0; i < menus.size(); i++) {
            assertMnemonics(menus.get(i).getText(), menus.get(i).getItems());
            menus.get(i).getItems().stream().filter(Menu.class::isInstance).map(Menu.class::cast).forEach(menus::add);
        }
        ContextMenu context = window.grid().node().getContextMenu();
        assertMnemonics("grid context menu", context.getItems());

        robot.clickOn(cell(robot, 1, "Deal Name"));
        robot.press(KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bar.getMenus().get(0).isShowing(), "Alt+F opens the File menu");
        assertEquals(null, grid(robot).getEditingCell(), "and starts no edit in the grid");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // In the open menu a letter alone picks its item, and nothing is typed into the grid.
        robot.clickOn(cell(robot, 1, "Deal Name"));
        Menu check = bar.getMenus().stream().filter(menu -> "_Check".equals(menu.getText())).findFirst().orElseThrow();
        robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(check.isShowing(), "Alt+C opens the Check menu");
        assertTrue(robot.lookup("#issues-panel").tryQuery().isEmpty());
        robot.type(KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#issues-panel").tryQuery().isPresent(), "I is its Issues Panel");
        assertFalse(check.isShowing());
        assertEquals(null, grid(robot).getEditingCell(), "and the I went nowhere else");

        // A letter that names a submenu opens it.
        robot.press(KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT);
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        String first = "1  " + new RecentFiles(preferences).list().get(0);
        assertTrue(robot.lookup(first).tryQuery().filter(Node::isVisible).isPresent(), "Open Recent shows " + first);
        robot.type(KeyCode.ESCAPE, KeyCode.ESCAPE);
    }

    /** Each item of a menu (but separators) marks a mnemonic, and no two of them share one. */
    private static void assertMnemonics(String menu, List<? extends MenuItem> items) {
        Map<Character, String> taken = new HashMap<>();
        for (MenuItem item : items) {
            if (item instanceof SeparatorMenuItem) {
                continue;
            }
            assertTrue(item.isMnemonicParsing(), menu + ": " + item.getText());
            Character key = mnemonic(item.getText());
            assertNotNull(key, menu + ": no mnemonic in " + item.getText());
            String before = taken.put(Character.toUpperCase(key), item.getText());
            assertEquals(null, before, menu + ": " + item.getText() + " and " + before + " share " + key);
        }
    }

    /** The character after the first single underscore ("__" is a literal one), or null. */
    private static Character mnemonic(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '_') {
                if (text.charAt(i + 1) != '_') {
                    return text.charAt(i + 1);
                }
                i++;
            }
        }
        return null;
    }
}
