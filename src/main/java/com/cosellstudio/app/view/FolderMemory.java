package com.cosellstudio.app.view;

import com.cosellstudio.app.prefs.LookPrefs;
import java.nio.file.Path;
import java.util.List;

/**
 * A file chooser that remembers the folder of what the user chose, so that the next open or save
 * dialog, in this session or the next, starts there.
 */
final class FolderMemory implements FileChooserPort {
    private final FileChooserPort chooser;
    private final LookPrefs prefs;

    FolderMemory(FileChooserPort chooser, LookPrefs prefs) {
        this.chooser = chooser;
        this.prefs = prefs;
    }

    @Override
    public Path chooseToOpen(Path folder) {
        return rememberParent(chooser.chooseToOpen(folder));
    }

    @Override
    public Path chooseToSave(Path folder, String suggestedName) {
        return rememberParent(chooser.chooseToSave(folder, suggestedName));
    }

    @Override
    public List<Path> chooseManyToOpen(Path folder) {
        List<Path> chosen = chooser.chooseManyToOpen(folder);
        if (!chosen.isEmpty()) {
            rememberParent(chosen.get(0));
        }
        return chosen;
    }

    @Override
    public Path chooseFolder(Path folder, String suggestedName) {
        Path chosen = chooser.chooseFolder(folder, suggestedName);
        if (chosen != null) {
            prefs.setLastFolder(chosen);
        }
        return chosen;
    }

    private Path rememberParent(Path chosen) {
        if (chosen != null && chosen.toAbsolutePath().getParent() != null) {
            prefs.setLastFolder(chosen.toAbsolutePath().getParent());
        }
        return chosen;
    }
}
