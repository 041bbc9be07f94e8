package com.cosellstudio.app.bench;

import com.cosellstudio.app.RoundTripFiles;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.app.view.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Platform;

/**
 * The round trip in one picture (for docs/screenshot-roundtrip.png): a processed Partner Center
 * export with two rejected rows, opened (so it is its own baseline), four cells edited.
 * <pre>
 *   xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/cosell-studio.jar:target/test-classes \
 *       com.cosellstudio.app.bench.RoundTripScreenshot docs/screenshot-roundtrip.png
 * </pre>
 */
public final class RoundTripScreenshot {
    private RoundTripScreenshot() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args[0]);
        Path input = Files.createTempDirectory("roundtrip-shot").resolve("processed-export.csv");
        RoundTripFiles.processed(input, 30, Map.of(3, "Customer country is not valid for this Solution",
                8, "Estimated close date cannot be in the past; Sales stage is missing"));
        WindowShot.launch(input, output, args, RoundTripScreenshot::edit);
    }

    private static void edit(MainWindow window) {
        DocumentViewModel viewModel = window.viewModel();
        viewModel.editCell(row(window, 2), column(window, "Deal Name"), "Deal 2 \u2014 phase 2");
        viewModel.editCell(row(window, 5), column(window, "Customer City"), "Redmond");
        viewModel.editCell(row(window, 5), column(window, "Customer Name"), "Contoso Pharmaceuticals");
        // A read-only column: changed (blue) and a warning that Partner Center ignores it (amber).
        viewModel.editCell(row(window, 6), column(window, "Engagement ID"), "7d1f0c2e-0000-4000-8000-000000000006");
        window.grid().select(11, column(window, "Customer Address Line 2"));
        window.scene().addPostLayoutPulseListener(new Runnable() {
            private int pulses;

            @Override
            public void run() {
                if (++pulses == 4) {
                    window.scene().removePostLayoutPulseListener(this);
                    Platform.runLater(() -> WindowShot.shoot(window));
                }
                Platform.requestNextPulse();
            }
        });
        Platform.requestNextPulse();
    }

    private static GridRow row(MainWindow window, int number) {
        return window.viewModel().document().rows().get(number - 1);
    }

    private static int column(MainWindow window, String name) {
        return window.viewModel().document().layout().indexOf(name);
    }
}
