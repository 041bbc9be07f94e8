package com.cosellstudio.app;

import com.cosellstudio.ShippedReader;
import com.cosellstudio.app.model.CheckedRows;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.io.UnreadableFileException;
import com.cosellstudio.rules.RuleEngine;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The sample files of the test resources, and view models opened on them. */
public final class Samples {
    /** Compiled once: the engine is immutable and thread-safe. */
    public static final RuleEngine ENGINE = RuleEngine.shipped();

    private Samples() {
    }

    public static Path path(String name) {
        URL url = Samples.class.getResource("/samples/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no sample " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A view model showing the sample, read and checked as the window does it. */
    public static DocumentViewModel open(String name) {
        return open(path(name));
    }

    public static DocumentViewModel open(Path path) {
        DocumentViewModel viewModel = new DocumentViewModel(ENGINE);
        try {
            BulkFile file = ShippedReader.reader().read(path);
            viewModel.open(file, CheckedRows.check(ENGINE, ENGINE.layout(file.header()), file.rows(), p -> { }));
        } catch (UnreadableFileException e) {
            throw new IllegalStateException(e);
        }
        return viewModel;
    }

    /** A view model on the empty template Partner Center issues today, as the window starts. */
    public static DocumentViewModel template() {
        return template(ENGINE.latestRevision());
    }

    /** A view model on the empty template of {@code revision}. */
    public static DocumentViewModel template(String revision) {
        DocumentViewModel viewModel = new DocumentViewModel(ENGINE);
        BulkFile template = new DocumentFiles().template(ENGINE, revision);
        viewModel.open(template, CheckedRows.check(ENGINE, ENGINE.layout(template.header()), template.rows(), p -> { }));
        return viewModel;
    }
}
