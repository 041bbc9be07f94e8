package com.cosellstudio.app.bench;

import com.cosellstudio.app.model.IssueList;
import com.cosellstudio.app.view.MainWindow;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.TableView;

/**
 * Opens the real window on a file, runs Check, selects a cell with an error and writes a PNG of
 * the window's scene (for docs/screenshot.png):
 * <pre>
 *   xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/cosell-studio.jar:target/test-classes \
 *       com.cosellstudio.app.bench.Screenshot src/test/resources/samples/deals-with-errors.csv docs/screenshot.png
 * </pre>
 */
public final class Screenshot {
    private Screenshot() {
    }

    public static void main(String[] args) {
        WindowShot.launch(Path.of(args[0]), Path.of(args[1]), args, Screenshot::check);
    }

    private static void check(MainWindow window) {
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
                        Platform.runLater(() -> WindowShot.shoot(window));
                    }
                    Platform.requestNextPulse();
                }
            });
            Platform.requestNextPulse();
        });
        window.actions().checkAll();
    }
}
