package com.cosellstudio.app.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app's icon on a window. Each size is drawn for its place (title bar, task bar, Alt+Tab), so the
 * system picks one rather than scaling the large one down into a blur. The files are copies of
 * {@code icons/png}, made by {@code icons/render.sh}.
 */
final class AppIcon {
    static final List<Integer> SIZES = List.of(16, 32, 48, 256);

    private AppIcon() {
    }

    static void applyTo(Stage stage) {
        stage.getIcons().setAll(SIZES.stream().map(AppIcon::load).toList());
    }

    private static Image load(int size) {
        String name = "/com/cosellstudio/app/icon-" + size + ".png";
        try (InputStream in = Objects.requireNonNull(AppIcon.class.getResourceAsStream(name), name)) {
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
