package com.cosellstudio.app;

import java.util.List;

/**
 * Entry into the window, called by the plain {@code Launcher}. Keeps every {@code javafx} import
 * inside this package.
 */
public final class DesktopMain {
    private DesktopMain() {
    }

    /** Opens the main window; {@code args} may name a file to open. Returns when the window closes. */
    public static void open(String[] args) {
        DocumentFiles files = new DocumentFiles();
        StudioApplication.prepare(Startup.begin(List.of(args), files), files);
        javafx.application.Application.launch(StudioApplication.class, args);
    }
}
