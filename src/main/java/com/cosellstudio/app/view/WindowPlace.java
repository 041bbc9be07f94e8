package com.cosellstudio.app.view;

import com.cosellstudio.app.prefs.LookPrefs;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window opens where and as large as it was closed, as long as that is still on a screen (a
 * monitor unplugged since, a smaller screen): otherwise it keeps the size that fits and the
 * system's place.
 */
final class WindowPlace {
    /** How much of the window's top must be on a screen to count as reachable. */
    private static final double GRIP_WIDTH = 120;
    private static final double GRIP_HEIGHT = 32;
    private static final double MIN_WIDTH = 400;
    private static final double MIN_HEIGHT = 300;

    private WindowPlace() {
    }

    /** Places {@code stage} as it was closed last time; call before it is shown. */
    static void restore(Stage stage, LookPrefs prefs) {
        LookPrefs.Bounds bounds = prefs.window();
        if (bounds == null || bounds.width() < MIN_WIDTH || bounds.height() < MIN_HEIGHT) {
            return;
        }
        Rectangle2D largest = Screen.getPrimary().getVisualBounds();
        for (Screen screen : Screen.getScreens()) {
            Rectangle2D area = screen.getVisualBounds();
            if (area.getWidth() * area.getHeight() > largest.getWidth() * largest.getHeight()) {
                largest = area;
            }
        }
        stage.setWidth(Math.min(bounds.width(), largest.getWidth()));
        stage.setHeight(Math.min(bounds.height(), largest.getHeight()));
        if (onScreen(bounds.x(), bounds.y(), stage.getWidth())) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(bounds.maximized());
    }

    /** Whether the top of a window at this place (where it is dragged by) is on some screen. */
    static boolean onScreen(double x, double y, double width) {
        double gripX = x + Math.max(0, (width - GRIP_WIDTH) / 2);
        return !Screen.getScreensForRectangle(gripX, y, GRIP_WIDTH, GRIP_HEIGHT).isEmpty();
    }

    /** Remembers where {@code stage} is now; call as it closes. */
    static void remember(Stage stage, LookPrefs prefs) {
        if (stage.getWidth() > 0 && stage.getHeight() > 0 && !stage.isIconified()) {
            prefs.setWindow(new LookPrefs.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized()));
        }
        prefs.save();
    }
}
