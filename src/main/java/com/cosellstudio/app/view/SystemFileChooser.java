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
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("chooser.open"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(text.get("chooser.filter.bulk"), "*.csv", "*.tsv", "*.txt", "*.xlsx"),
                new FileChooser.ExtensionFilter(text.get("chooser.filter.all"), "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showOpenDialog(owner);
        return file == null ? null : file.toPath();
    }

    @Override
    public Path chooseToSave(Path folder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("chooser.save"));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(text.get("chooser.filter.csv"), "*.csv"));
        chooser.setInitialFileName(suggestedName);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    @Override
    public List<Path> chooseManyToOpen(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("chooser.merge"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(text.get("chooser.filter.bulk"), "*.csv", "*.tsv", "*.txt", "*.xlsx"),
                new FileChooser.ExtensionFilter(text.get("chooser.filter.all"), "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        List<File> files = chooser.showOpenMultipleDialog(owner);
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
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }
}
