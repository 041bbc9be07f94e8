package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.Samples;
import com.cosellstudio.app.prefs.RecentFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File-level problems in the banner, the deal limit in the status bar, and Open Recent. */
class BannerAndRecentTest extends WindowTestBase {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private String bannerText(FxRobot robot) {
        VBox banner = robot.lookup("#file-banner").queryAs(VBox.class);
        return robot.from(banner).lookup(".file-issue").queryAll().stream()
                .map(node -> ((Label) node).getText()).collect(Collectors.joining("\n"));
    }

    @Test
    void overAThousandDealsShowInTheBannerAndTheStatusBar(FxRobot robot) {
        Node banner = robot.lookup("#file-banner").query();
        assertFalse(banner.isVisible(), "no banner for the clean template");
        StringBuilder deals = new StringBuilder();
        for (int i = 1; i <= 1001; i++) {
            deals.append("Deal ").append(i).append('\n');
        }
        robot.interact(() -> window.viewModel().paste(0, column("Deal Name"), deals.toString()));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(banner.isVisible());
        assertTrue(bannerText(robot).contains("1,000"), bannerText(robot));
        Label limit = robot.lookup("#status-limit").queryAs(Label.class);
        assertEquals("1,001 / 1,000 deals", limit.getText());
        assertTrue(limit.getPseudoClassStates().contains(PseudoClass.getPseudoClass("over-limit")));

        robot.interact(window.viewModel()::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(banner.isVisible(), "undo takes the deals and the banner away");
    }

    @Test
    void aMissingColumnIsReportedOnceInTheBanner(FxRobot robot) throws Exception {
        Path file = folder.resolve("no-city.csv");
        String content = Files.readString(Samples.path("deals-valid.csv"), StandardCharsets.UTF_8)
                .replaceFirst("Customer City,", "");
        // Drop the city from the header only: the rows become ragged, the header lacks a required column.
        Files.writeString(file, content, StandardCharsets.UTF_8);
        robot.interact(() -> window.actions().load(file));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.viewModel().document().file() != null && file.equals(window.viewModel().document().file().path()));
        WaitForAsyncUtils.waitForFxEvents();
        String text = bannerText(robot);
        assertTrue(text.contains("Customer City"), text);
        assertEquals(1, text.lines().filter(line -> line.contains("Customer City")).count());
    }

    @Test
    void openedFilesAreRememberedForOpenRecent(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-valid.csv", 40);
        openSample(robot, "deals-with-errors.csv", 60);
        RecentFiles recent = new RecentFiles(preferences);
        assertEquals(Samples.path("deals-with-errors.csv").toAbsolutePath().normalize(), recent.list().get(0));
        assertEquals(Samples.path("deals-valid.csv").toAbsolutePath().normalize(), recent.list().get(1));

        robot.clickOn("File").clickOn("Open Recent");
        // Into the submenu along its first row, as a hand does: a diagonal path would cross the
        // File menu's next item, and passing over it closes the submenu.
        // Each file is shown after its place in the list, the digit that picks it.
        robot.moveTo("1  " + Samples.path("deals-with-errors.csv").toAbsolutePath().normalize());
        robot.clickOn("2  " + Samples.path("deals-valid.csv").toAbsolutePath().normalize());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.viewModel().document().rows().size() == 40);
        assertEquals(Samples.path("deals-valid.csv").toAbsolutePath().normalize(), recent.list().get(0));
    }
}
