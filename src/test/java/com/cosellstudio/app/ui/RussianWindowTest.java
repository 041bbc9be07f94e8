package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.UiText;
import com.cosellstudio.i18n.Languages;
import com.cosellstudio.rules.AllowedValue;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window started in Russian (as on a system set to Russian, or after View ▸ Language ▸ Русский):
 * the language menu shows the choice, countries are named in Russian from the JDK's data, and a new
 * choice is remembered for the next start with a notice saying so.
 */
class RussianWindowTest extends WindowTestBase {
    private static final Locale RU_RU = new Locale("ru", "RU");
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
    void theMenusAreInRussianOnceTranslated(FxRobot robot) {
        Assumptions.assumeTrue(UiText.forLocale(Languages.RUSSIAN).get("menu.file").chars()
                .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC), "ui_ru.properties is not on this branch yet");
        String file = robot.lookup("#main-menu").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0).getText();
        assertTrue(file.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC), file);
    }
}
