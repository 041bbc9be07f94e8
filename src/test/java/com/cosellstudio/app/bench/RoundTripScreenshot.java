package com.cosellstudio.app.bench;

import com.cosellstudio.app.DocumentFiles;
import com.cosellstudio.app.RoundTripFiles;
import com.cosellstudio.app.Startup;
import com.cosellstudio.app.StudioApplication;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.app.prefs.RecentFiles;
import com.cosellstudio.app.view.MainWindow;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * The round trip in one picture (for docs/screenshot-roundtrip.png): a processed Partner Center
 * export with two rejected rows, opened (so it is its own baseline), four cells edited.
 * <pre>
 *   xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/cosell-studio.jar:target/test-classes \
 *       com.cosellstudio.app.bench.RoundTripScreenshot docs/screenshot-roundtrip.png
 * </pre>
 */
public final class RoundTripScreenshot {
    private static Path output;
    private static Startup startup;
    private static DocumentFiles files;

    private RoundTripScreenshot() {
    }

    public static void main(String[] args) throws IOException {
        output = Path.of(args[0]);
        Path input = Files.createTempDirectory("roundtrip-shot").resolve("processed-export.csv");
        RoundTripFiles.processed(input, 30, Map.of(3, "Customer country is not valid for this Solution",
                8, "Estimated close date cannot be in the past; Sales stage is missing"));
        files = new DocumentFiles();
        startup = Startup.begin(List.of(input.toString()), files);
        Application.launch(Shot.class, args);
    }

    /** The application that takes the picture. */
    public static final class Shot extends Application {
        private MainWindow window;

        @Override
        public void start(Stage stage) {
            Preferences node = Preferences.userRoot().node("com/cosellstudio/screenshot");
            window = StudioApplication.openWindow(stage, startup, files, new RecentFiles(node));
            window.viewModel().pathProperty().addListener((obs, old, path) -> Platform.runLater(this::edit));
        }

        private void edit() {
            DocumentViewModel viewModel = window.viewModel();
            viewModel.editCell(row(2), column("Deal Name"), "Deal 2 \u2014 phase 2");
            viewModel.editCell(row(5), column("Customer City"), "Redmond");
            viewModel.editCell(row(5), column("Customer Name"), "Contoso Pharmaceuticals");
            // A read-only column: changed (blue) and a warning that Partner Center ignores it (amber).
            viewModel.editCell(row(6), column("Engagement ID"), "7d1f0c2e-0000-4000-8000-000000000006");
            window.grid().select(11, column("Customer Address Line 2"));
            window.scene().addPostLayoutPulseListener(new Runnable() {
                private int pulses;

                @Override
                public void run() {
                    if (++pulses == 4) {
                        window.scene().removePostLayoutPulseListener(this);
                        Platform.runLater(Shot.this::shoot);
                    }
                    Platform.requestNextPulse();
                }
            });
            Platform.requestNextPulse();
        }

        private GridRow row(int number) {
            return window.viewModel().document().rows().get(number - 1);
        }

        private int column(String name) {
            return window.viewModel().document().layout().indexOf(name);
        }

        private void shoot() {
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
    }
}
