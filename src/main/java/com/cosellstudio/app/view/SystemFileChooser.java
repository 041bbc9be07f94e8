package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The operating system's open and save dialogs, filtered to the formats the tool reads and writes. */
public final class SystemFileChooser implements FileChooserPort {
    private final Window owner;
    private final UiText text;

    public SystemFileChooser(Window owner, UiText text) {
        this.owner = owner;
        this.text = text;
    }

    @Override
    public Path chooseToOpen(Path folder) {
        File file = fileChooser("chooser.open", folder, bulkFiles()).showOpenDialog(owner);
        return file == null ? null : file.toPath();
    }

    @Override
    public Path chooseToSave(Path folder, String suggestedName) {
        FileChooser chooser = fileChooser("chooser.save", folder,
                new FileChooser.ExtensionFilter(text.get("chooser.filter.csv"), "*.csv"));
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    @Override
    public List<Path> chooseManyToOpen(Path folder) {
        List<File> files = fileChooser("chooser.merge", folder, bulkFiles()).showOpenMultipleDialog(owner);
        List<Path> paths = new ArrayList<>();
        if (files != null) {
            files.forEach(file -> paths.add(file.toPath()));
        }
        return paths;
    }

    @Override
    public Path chooseFolder(Path folder, String suggestedName) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text.get("chooser.folder"));
        chooser.setInitialDirectory(existingFolder(folder));
        File chosen = chooser.showDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    private FileChooser fileChooser(String titleKey, Path folder, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get(titleKey));
        chooser.getExtensionFilters().setAll(filters);
        chooser.setInitialDirectory(existingFolder(folder));
        return chooser;
    }

    /** The formats the tool reads, then every file. */
    private FileChooser.ExtensionFilter[] bulkFiles() {
        return new FileChooser.ExtensionFilter[] {
            new FileChooser.ExtensionFilter(text.get("chooser.filter.bulk"), "*.csv", "*.tsv", "*.txt", "*.xlsx"),
            new FileChooser.ExtensionFilter(text.get("chooser.filter.all"), "*"),
        };
    }

    /** The folder to start in; null (the system's choice) when there is none or it is gone. */
    private static File existingFolder(Path folder) {
        return folder != null && Files.isDirectory(folder) ? folder.toFile() : null;
    }
}
