package com.cosellstudio.app.look;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.cosellstudio.app.prefs.LookPrefs;
import com.cosellstudio.app.prefs.LookPrefs.ThemeChoice;
import java.net.URL;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;

/**
 * The window's theme and zoom. The theme is AtlantaFX's Primer, light or dark, as the application's
 * user agent stylesheet (so dialogs follow it), with our own stylesheet on top, whose colours switch
 * with the {@code dark} style class on the window's root. The zoom is the root's font size: every
 * panel is sized in it, and the grid's row height follows {@link #zoomProperty()}. Both are kept in
 * the user's preferences.
 */
public final class Appearance {
    /** The style class on the window's root that switches studio.css to its dark colours. */
    public static final String DARK = "dark";
    /** The zoom steps of View ▸ Zoom In / Zoom Out, 1 being the normal size. */
    static final double[] STEPS = {0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0};
    /** The root's font size at zoom 1, in pixels (as studio.css has it). */
    public static final double BASE_FONT = 12;

    private final LookPrefs prefs;
    private final ObjectProperty<ThemeChoice> choice = new SimpleObjectProperty<>(this, "choice");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private Parent root;
    /** Counts the system look-ups, so that only the answer to the latest is applied. */
    private int asked;

    public Appearance(LookStart start) {
        this.prefs = start.prefs();
        choice.set(prefs.theme());
        dark.set(start.openDark());
        if (!start.dark().isDone()) {
            // The system answered too late for the first paint: switch when it does.
            int question = ++asked;
            start.dark().thenAccept(answer -> Platform.runLater(() -> {
                if (question == asked) {
                    dark.set(answer);
                }
            }));
        }
        zoom.set(nearestStep(prefs.zoom()));
        dark.addListener((obs, old, now) -> applyTheme());
        zoom.addListener((obs, old, now) -> applyZoom());
    }

    /** Styles {@code windowRoot} (the main window's root) from now on. */
    public void attach(Parent windowRoot) {
        this.root = windowRoot;
        applyTheme();
        applyZoom();
    }

    /** View ▸ Theme: applies and remembers the choice; following the system asks it in the background. */
    public void choose(ThemeChoice chosen) {
        choice.set(chosen);
        prefs.setTheme(chosen);
        int question = ++asked;
        if (chosen != ThemeChoice.SYSTEM) {
            dark.set(chosen == ThemeChoice.DARK);
            return;
        }
        Thread thread = new Thread(() -> {
            boolean answer = LookStart.darkFor(ThemeChoice.SYSTEM);
            Platform.runLater(() -> {
                if (question == asked) {
                    dark.set(answer);
                }
            });
        }, "cosell-studio-theme");
        thread.setDaemon(true);
        thread.start();
    }

    public ReadOnlyObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    /** Whether the dark theme is showing. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark;
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom;
    }

    public void zoomIn() {
        setZoom(step(+1));
    }

    public void zoomOut() {
        setZoom(step(-1));
    }

    public void zoomReset() {
        setZoom(1);
    }

    private void setZoom(double factor) {
        zoom.set(factor);
        prefs.setZoom(factor);
    }

    private double step(int direction) {
        int at = indexOf(zoom.get());
        return STEPS[Math.max(0, Math.min(STEPS.length - 1, at + direction))];
    }

    private static int indexOf(double factor) {
        int best = 0;
        for (int i = 1; i < STEPS.length; i++) {
            if (Math.abs(STEPS[i] - factor) < Math.abs(STEPS[best] - factor)) {
                best = i;
            }
        }
        return best;
    }

    private static double nearestStep(double factor) {
        return STEPS[indexOf(factor)];
    }

    /**
     * The theme's stylesheet: the binary form the build makes of it (loaded several times faster
     * than its text is parsed), or AtlantaFX's own text where there is none (run from an IDE).
     */
    public static String stylesheet(boolean dark) {
        URL binary = Appearance.class.getResource(dark ? "/com/cosellstudio/app/primer-dark.bss"
                : "/com/cosellstudio/app/primer-light.bss");
        if (binary != null) {
            return binary.toExternalForm();
        }
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(stylesheet(dark.get()));
        if (root != null) {
            if (dark.get()) {
                if (!root.getStyleClass().contains(DARK)) {
                    root.getStyleClass().add(DARK);
                }
            } else {
                root.getStyleClass().remove(DARK);
            }
        }
    }

    private void applyZoom() {
        if (root != null) {
            root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT * zoom.get()));
        }
    }
}
