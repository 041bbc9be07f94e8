package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.UiText;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The window shows the app's icon, and the tool bar's buttons show icons that keep their names. */
class WindowIconsTest extends WindowTestBase {
    private static final UiText TEXT = UiText.forDefaultLocale();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        startWindow(stage);
    }

    @Test
    void theWindowCarriesTheAppIconAtEachSizeTheSystemPicksFrom() {
        List<Image> icons = stage.getIcons();
        assertEquals(List.of(16, 32, 48, 256), icons.stream().map(image -> (int) image.getWidth()).toList());
        for (Image icon : icons) {
            assertFalse(icon.isError());
            assertEquals(icon.getWidth(), icon.getHeight());
        }
    }

    @Test
    void everyToolBarButtonShowsAnIconAndKeepsItsNameForScreenReaders(FxRobot robot) {
        Map<String, String> names = Map.of("open", "toolbar.open", "save", "toolbar.save", "undo", "toolbar.undo",
                "redo", "toolbar.redo", "check", "toolbar.check", "add-row", "toolbar.addRow",
                "delete-rows", "toolbar.deleteRows", "add-solution", "toolbar.addSolution",
                "add-team-member", "toolbar.addTeamMember");
        names.forEach((id, key) -> {
            Button button = robot.lookup("#" + id).queryButton();
            FontIcon icon = assertInstanceOf(FontIcon.class, button.getGraphic(), id);
            // A font that failed to load falls back to the system one, which has no such glyph.
            assertNotEquals("System", icon.getFont().getFamily(), id);
            assertTrue(icon.getLayoutBounds().getWidth() > 0, id);
            assertEquals(TEXT.get(key), button.getAccessibleText(), id);
            assertEquals(TEXT.get(key), button.getText(), id);
            assertNotEquals(null, button.getTooltip(), id);
        });
    }

    @Test
    void theCommonActionsAreIconsWithTheirActionInTheTooltipAndTheRestKeepTheirText(FxRobot robot) {
        for (String id : List.of("open", "save", "undo", "redo", "add-row", "delete-rows")) {
            Button button = robot.lookup("#" + id).queryButton();
            assertEquals(ContentDisplay.GRAPHIC_ONLY, button.getContentDisplay(), id);
            assertFalse(button.getTooltip().getText().isBlank(), id);
        }
        for (String id : List.of("check", "add-solution", "add-team-member")) {
            assertEquals(ContentDisplay.LEFT, robot.lookup("#" + id).queryButton().getContentDisplay(), id);
        }
        ToggleButton errorsOnly = robot.lookup("#errors-only").queryAs(ToggleButton.class);
        assertInstanceOf(FontIcon.class, errorsOnly.getGraphic());
        assertEquals(TEXT.get("toolbar.errorsOnly"), errorsOnly.getText());
    }
}
