package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.UiText;
import com.cosellstudio.rules.AllowedValue;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window started in Russian (as on a system set to Russian, or after View ▸ Language ▸ Русский):
 * the language menu shows the choice, countries are named in Russian from the JDK's data, and a new
 * choice is remembered for the next start with a notice saying so; a file with errors reads in
 * Russian (menus, the status bar's counts in the right plural form, a marked cell's message, column
 * help), the column names staying the file's own (English) headers.
 */
class RussianWindowTest extends WindowTestBase {
    private static final Locale RU_RU = new Locale("ru", "RU");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static Locale before;

    @BeforeAll
    static void speakRussian() {
        before = Locale.getDefault();
        Locale.setDefault(RU_RU);
    }

    @AfterAll
    static void restoreTheLanguage() {
        Locale.setDefault(before);
    }

    @Start
    void start(Stage stage) {
        startWindow(stage, RU_RU);
    }

    @Test
    void theLanguageMenuShowsRussianChosen(FxRobot robot) {
        RadioMenuItem russian = (RadioMenuItem) menuItem(robot, "menu-view-language-ru");
        RadioMenuItem english = (RadioMenuItem) menuItem(robot, "menu-view-language-en");
        assertEquals("_Русский", russian.getText());
        assertEquals("_English", english.getText());
        assertTrue(russian.isSelected());
        assertFalse(english.isSelected());
    }

    @Test
    void countriesAreNamedInRussian(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-valid.csv", 40);
        ComboBox<AllowedValue> countries = openList(robot, 8, "Customer Country", ".searchable-combo-box");
        AllowedValue germany = countries.getItems().stream()
                .filter(value -> value.value().equals("DE")).findFirst().orElseThrow();
        assertEquals("DE \u2014 Германия", countries.getConverter().toString(germany));
    }

    @Test
    void choosingEnglishIsRememberedForTheNextStartAndSaidSo(FxRobot robot) {
        robot.interact(() -> menuItem(robot, "menu-view-language-en").fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("en", preferences.get("language", null));
        String notice = robot.lookup("#notice-text").queryAs(Label.class).getText();
        assertTrue(notice.contains("English"), notice);
        assertEquals(UiText.forLocale(RU_RU).format("notice.language", "English"), notice);
    }

    @Test
    void aFileWithErrorsReadsInRussian(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-with-errors.csv", 60);

        List<String> menus = robot.lookup("#main-menu").queryAs(MenuBar.class).getMenus().stream()
                .map(Menu::getText).toList();
        assertEquals("_Файл", menus.get(0), menus.toString());
        assertTrue(menus.contains("_Правка") && menus.contains("_Справка"), menus.toString());
        assertTrue(menus.stream().allMatch(text -> CYRILLIC.matcher(text).find()), menus.toString());

        assertEquals("60 сделок", robot.lookup("#status-deals").queryAs(Label.class).getText());
        int errors = window.viewModel().totals().errors();
        assertEquals(errors + " " + pluralOf(errors, "ошибка", "ошибки", "ошибок"),
                robot.lookup("#status-errors").queryAs(Label.class).getText());

        TableCell<?, ?> city = cell(robot, 23, "Customer City");
        assertTrue(city.getPseudoClassStates().contains(ERROR), "row 23 Customer City is marked");
        assertNotNull(city.getTooltip(), "the message is the tooltip");
        assertEquals("Не заполнено обязательное поле Customer City", city.getTooltip().getText());
    }

    @Test
    void theColumnHelpComesFromTheRussianPackTexts(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-valid.csv", 40);
        String help = columnHelp(robot, "Partner Referral Status");
        assertTrue(help.contains("Обязательный") && help.contains("Новая сделка (для создания)")
                && help.contains("Формат: New, Active или Closed"), help);
    }

    /** The Russian form a count takes: 1, 21 ошибка; 2-4, 22-24 ошибки; 0, 5-20, 25-30 ошибок. */
    private static String pluralOf(int count, String one, String few, String many) {
        int lastTwo = count % 100;
        int last = count % 10;
        if (last == 1 && lastTwo != 11) {
            return one;
        }
        return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
    }
}
