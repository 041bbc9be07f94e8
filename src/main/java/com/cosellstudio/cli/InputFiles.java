package com.cosellstudio.cli;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.io.UnreadableFileException;
import com.cosellstudio.roundtrip.Baseline;
import java.nio.file.Path;

/**
 * Reading the files the round-trip verbs work on. A file that cannot be read gives null after one
 * line naming the file and the place on stderr; the verb then ends with {@link ExitStatus#FAILURE}.
 */
final class InputFiles {
    private InputFiles() {
    }

    static BulkFile read(String verb, Path path, CliContext context) {
        try {
            return new BulkFileReader().read(path);
        } catch (UnreadableFileException e) {
            context.fail("error.unreadable", verb, e.getMessage());
            return null;
        }
    }

    /** The baseline of {@code --baseline EXPORT}: the deals of a Partner Center export, or null. */
    static Baseline baseline(String verb, Path export, CliContext context) {
        BulkFile file = read(verb, export, context);
        return file == null ? null : Baseline.of(file, context.engine().layout(file.header()));
    }
}
