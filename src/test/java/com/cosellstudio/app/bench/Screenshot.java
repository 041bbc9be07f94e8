package com.cosellstudio.app.bench;

import com.cosellstudio.app.DocumentFiles;
import com.cosellstudio.app.Startup;
import com.cosellstudio.app.StudioApplication;
import com.cosellstudio.app.prefs.RecentFiles;
import com.cosellstudio.app.view.MainWindow;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import com.cosellstudio.app.model.IssueList;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Opens the real window on a file, runs Check, selects a cell with an error and writes a PNG of
 * the window's scene (for docs/screenshot.png):
 * <pre>
 *   xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/cosell-studio.jar:target/test-classes \
 *       com.cosellstudio.app.bench.Screenshot src/test/resources/samples/deals-with-errors.csv docs/screenshot.png
 * </pre>
 */
public final class Screenshot {
    private static Path input;
    private static Path output;
    private static Startup startup;
    private static DocumentFiles files;

    private Screenshot() {
    }

    public static void main(String[] args) {
        input = Path.of(args[0]);
        output = Path.of(args[1]);
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
            window.viewModel().pathProperty().addListener((obs, old, path) -> Platform.runLater(this::check));
        }

        private void check() {
            window.viewModel().totals().errorsProperty();
            window.actions().setOnChecked(() -> {
                window.issuesVisibleProperty().set(true);
                // A few pulses: the panel is laid out, the grid scrolled to the cell, all painted.
                window.scene().addPostLayoutPulseListener(new Runnable() {
                    private int pulses;

                    @Override
                    public void run() {
                        pulses++;
                        if (pulses == 2) {
                            // Click (select) the issue of row 6, Solution 1: the grid shows that cell.
                            Platform.runLater(() -> {
                                @SuppressWarnings("unchecked")
                                TableView<IssueList.Entry> issues =
                                        (TableView<IssueList.Entry>) window.scene().lookup("#issues-table");
                                for (IssueList.Entry entry : issues.getItems()) {
                                    if (entry.rowNumber() != null && entry.rowNumber() == 6
                                            && "Solution 1".equals(entry.issue().column())) {
                                        issues.getSelectionModel().select(entry);
                                        issues.scrollTo(Math.max(0, issues.getItems().indexOf(entry) - 2));
                                    }
                                }
                            });
                        } else if (pulses == 6) {
                            window.scene().removePostLayoutPulseListener(this);
                            Platform.runLater(Shot.this::shoot);
                        }
                        Platform.requestNextPulse();
                    }
                });
                Platform.requestNextPulse();
            });
            window.actions().checkAll();
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
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Platform.exit();
        }
    }
}
