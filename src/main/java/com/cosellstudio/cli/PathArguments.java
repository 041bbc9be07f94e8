package com.cosellstudio.cli;

import com.cosellstudio.io.BulkFileReader;
import java.io.IOException;
import java.nio.file.Files;
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

    /**
     * Refuses an output that is one of the files read: writing it would destroy what is being read
     * (a report over the file checked, a conversion over its original). Two paths are the same file
     * when the file system says so (a link, {@code ./}, another spelling of the folder, a name that
     * differs only in case where case does not count), or, when either does not exist yet, when
     * they name the same place.
     *
     * @param output the output's path, and {@code outputName} how the user gave it (an option and its value)
     * @param input  a file read (null: none given), and {@code inputName} how the user gave it
     */
    static void notAnInput(String verb, Path output, String outputName, Path input, String inputName)
            throws UsageException {
        if (input != null && sameFile(output, input)) {
            throw new UsageException("error.outputIsInput", verb, outputName, inputName);
        }
    }

    /**
     * {@code --output OUT} is neither FILE nor {@code --baseline EXPORT} (null: none given): the check of
     * the verbs that read a file and may compare it with an export.
     */
    static void readsNeither(String verb, Path output, String outputArgument, Path input, String inputArgument,
                             Path baseline, String baselineArgument) throws UsageException {
        String outputName = ConvertVerb.OUTPUT + " " + outputArgument;
        notAnInput(verb, output, outputName, input, inputArgument);
        notAnInput(verb, output, outputName, baseline, ConvertVerb.BASELINE + " " + baselineArgument);
    }

    static boolean sameFile(Path a, Path b) {
        if (Files.exists(a) && Files.exists(b)) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                // Unreadable attributes: the places the paths name decide below.
            }
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** The file name shown in reports and messages: the last element, without directories; "stdin" for "-". */
    static String displayName(Path path) {
        return BulkFileReader.displayName(path);
    }
}
