package com.cosellstudio.app;

/**
 * Entry into the window, called by the plain {@code Launcher}. Keeps every {@code javafx} import
 * inside this package.
 */
public final class DesktopMain {
    private DesktopMain() {
    }

    /** Opens the main window; {@code args} may name a file to open. Returns when the window closes. */
    public static void open(String[] args) {
        javafx.application.Application.launch(StudioApplication.class, args);
    }
}
