package com.cosellstudio.app.view;

import java.nio.file.Path;

/**
 * Where the window asks which file to open or save to. The desktop uses the system file chooser;
 * tests, which cannot drive a native dialog, answer with a path.
 */
public interface FileChooserPort {

    /** A file to open, or null when the user cancels. */
    Path chooseToOpen(Path folder);

    /** A file to save to, or null when the user cancels. */
    Path chooseToSave(Path folder, String suggestedName);
}
