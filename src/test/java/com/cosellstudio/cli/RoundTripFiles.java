package com.cosellstudio.cli;

import com.cosellstudio.ShippedReader;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.io.UploadCsvWriter;
import com.cosellstudio.rules.RuleEngine;
import java.nio.file.Path;
import java.util.function.IntFunction;

/** Files for the round-trip verbs, written the way Partner Center and this tool write them. */
final class RoundTripFiles {
    private static final RuleEngine ENGINE = RuleEngine.shipped();

    private RoundTripFiles() {
    }

    static Path write(BulkFile file, Path target) throws Exception {
        new UploadCsvWriter().write(file, ENGINE.layout(file.header()).uploadColumns(), target);
        return target;
    }

    /** A processed-records download: the rows with Errors filled by {@code errorsByRow} (null = accepted). */
    static Path writeProcessed(BulkFile file, IntFunction<String> errorsByRow, Path target) throws Exception {
        new UploadCsvWriter().writeWithErrors(file, ENGINE.layout(file.header()).uploadColumns(), errorsByRow, target);
        return target;
    }

    static BulkFile read(Path file) throws Exception {
        return ShippedReader.reader().read(file);
    }

    /** Number of deals (non-blank rows) of a file. */
    static long deals(BulkFile file) {
        return file.rows().stream().filter(row -> !row.isBlank()).count();
    }

    /** The cells of column {@code name} of every row. */
    static java.util.List<String> column(BulkFile file, String name) {
        int index = ENGINE.layout(file.header()).indexOf(name);
        return file.rows().stream().map(row -> row.get(index)).toList();
    }
}
