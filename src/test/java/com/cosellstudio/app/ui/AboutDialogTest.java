package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Help ▸ About: which version this is, its licence, and the libraries it ships with under theirs. */
class AboutDialogTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void aboutShowsTheVersionTheLicenceAndTheLibrariesLicences(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("About Co-sell Studio");
        DialogPane about = dialog(robot);
        assertEquals("about-dialog", about.getId());
        assertEquals("Co-sell Studio " + pomVersion(), about.getHeaderText());
        String licence = robot.from(about).lookup("#about-licence").queryAs(TextArea.class).getText();
        assertTrue(licence.startsWith("MIT License"), licence);
        String libraries = robot.from(about).lookup("#about-libraries").queryAs(TextArea.class).getText();
        for (String expected : new String[] {
                "Apache POI 5.3.0 \u2014 Apache-2.0",
                "OpenJFX controls 21.0.11 \u2014 GPL-2.0 with the Classpath Exception",
                "ControlsFX 11.2.1 \u2014 BSD-3-Clause",
                "OpenCSV 5.9 \u2014 Apache-2.0",
                "Jackson core 2.18.2 \u2014 Apache-2.0"}) {
            assertTrue(libraries.contains(expected), expected + " in:\n" + libraries);
        }
        robot.clickOn(about.lookupButton(about.getButtonTypes().get(0)));
    }

    /** The project's own version, as the pom says (the dialog must not show a placeholder). */
    private static String pomVersion() throws Exception {
        Matcher version = Pattern.compile("</modelVersion>\\s*<groupId>[^<]*</groupId>\\s*<artifactId>[^<]*</artifactId>\\s*"
                + "<version>([^<]+)</version>").matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(version.find());
        return version.group(1);
    }
}
