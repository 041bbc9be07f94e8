package com.cosellstudio.app.bench;

import com.cosellstudio.app.DocumentFiles;
import com.cosellstudio.app.Startup;
import com.cosellstudio.app.StudioApplication;
import com.cosellstudio.app.look.LookStart;
import com.cosellstudio.app.prefs.LookPrefs;
import com.cosellstudio.app.prefs.RecentFiles;
import com.cosellstudio.app.view.MainWindow;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * What the screenshot programs ({@link Screenshot}, {@link RoundTripScreenshot}) share: the real
 * window opened on one file, a step of theirs once it is open, and the window's scene written as a
 * PNG. JavaFX builds the application itself, so the run's settings are kept in static fields.
 */
public final class WindowShot {
    private static Path output;
    private static Startup startup;
    private static DocumentFiles files;
    private static Consumer<MainWindow> whenOpened;

    private WindowShot() {
    }

    /** Opens the window on {@code input}; {@code whenOpened} runs once the file is in it. */
    static void launch(Path input, Path output, String[] args, Consumer<MainWindow> whenOpened) {
        WindowShot.output = output;
        WindowShot.whenOpened = whenOpened;
        files = new DocumentFiles();
        startup = Startup.begin(List.of(input.toString()), files);
        Application.launch(Shot.class, args);
    }

    /** Writes the window's scene to the output PNG and ends the application. */
    static void shoot(MainWindow window) {
        WritableImage image = window.scene().snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(picture, "png", output.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Platform.exit();
    }

    /** The application that opens the window. */
    public static final class Shot extends Application {
        @Override
        public void start(Stage stage) {
            Preferences node = Preferences.userRoot().node("com/cosellstudio/screenshot");
            MainWindow window = StudioApplication.openWindow(stage, startup, files, new RecentFiles(node),
                    LookStart.begin(new LookPrefs(node)));
            window.viewModel().pathProperty().addListener(
                    (obs, old, path) -> Platform.runLater(() -> whenOpened.accept(window)));
        }
    }
}
