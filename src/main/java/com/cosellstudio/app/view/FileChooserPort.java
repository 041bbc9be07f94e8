package com.cosellstudio.app.view;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the window asks which file to open or save to. The desktop uses the system file chooser;
 * tests, which cannot drive a native dialog, answer with a path.
 */
public interface FileChooserPort {

    /** A file to open, or null when the user cancels. */
    Path chooseToOpen(Path folder);

    /** A file to save to, or null when the user cancels. */
    Path chooseToSave(Path folder, String suggestedName);

    /** Files to open at once (File ▸ Merge); empty when the user cancels. By default the one file {@link #chooseToOpen} gives. */
    default List<Path> chooseManyToOpen(Path folder) {
        Path one = chooseToOpen(folder);
        return one == null ? List.of() : List.of(one);
    }

    /** A folder to write into (the parts of a split), or null when the user cancels. By default the folder of a file to save. */
    default Path chooseFolder(Path folder, String suggestedName) {
        Path file = chooseToSave(folder, suggestedName);
        return file == null ? null : file.toAbsolutePath().getParent();
    }
}
