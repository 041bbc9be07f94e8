package com.cosellstudio.cli;

import com.cosellstudio.io.BulkFileReader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/** Turning path arguments into {@link Path}s, with the one-line usage error when they cannot be. */
final class PathArguments {

    private PathArguments() {
    }

    static Path of(String verb, String argument) throws UsageException {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new UsageException("error.badPath", verb, argument);
        }
    }

    /** An output path that must end in {@code .csv} (so a workbook is never overwritten by CSV text). */
    static Path csvOutput(String verb, String argument) throws UsageException {
        Path path = of(verb, argument);
        if (!argument.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new UsageException("error.badOutput", verb, argument);
        }
        return path;
    }

    /** The file name shown in reports and messages: the last element, without directories; "stdin" for "-". */
    static String displayName(Path path) {
        return BulkFileReader.displayName(path);
    }
}
