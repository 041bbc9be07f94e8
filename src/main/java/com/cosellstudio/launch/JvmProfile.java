package com.cosellstudio.launch;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options a run of the jar gets when it is started again in a tuned JVM ({@link Relaunch}).
 *
 * <p>Both profiles stop the JIT at C1. A check of a 5,000-deal export lasts a few hundred
 * milliseconds and a window is usable after about a second; in that time the C2 compiler only
 * competes with the program for this machine's two cores (it took about half of all CPU time of
 * a check, and the window came up in 2.0 s instead of 1.2 s), and its faster code arrives too
 * late to pay back.
 */
enum JvmProfile {
    /** The window: long-lived, so the default collector (G1, short pauses) and the usual JVM monitoring stay. */
    WINDOW("window", List.of()),
    /**
     * A verb: a short batch run. The parallel collector starts faster and pauses less in total than
     * G1 on such a run, and the perf-data file that lets {@code jps} list the process is not worth
     * creating for it.
     */
    COMMAND_LINE("cli", List.of("-XX:+UseParallelGC", "-XX:-UsePerfData"));

    private static final String FAST_START = "-XX:TieredStopAtLevel=1";

    private final String id;
    private final List<String> batchOptions;

    JvmProfile(String id, List<String> batchOptions) {
        this.id = id;
        this.batchOptions = batchOptions;
    }

    /**
     * Whether a run that ended with {@code status} got far enough for its class-data archive to be
     * worth keeping: a verb that did its work (0, or 1 for errors found; 2 is a usage error or an
     * unreadable file, caught early); a window closed by the user (0) or ended from outside after it
     * was up (Ctrl+C: 130, {@code kill} or logging out: 143).
     */
    boolean didItsWork(int status) {
        return status == 0 || status == 1 || (this == WINDOW && (status == 130 || status == 143));
    }

    /**
     * The kind of run the class-data archive is kept for: the window, or the command line's verb
     * (each verb loads its own classes).
     */
    String archiveKind(String[] args) {
        if (this == WINDOW) {
            return id;
        }
        String verb = args.length == 0 ? "" : args[0].replaceFirst("^-+", "");
        return id + "-" + (verb.matches("[a-z]{1,20}") ? verb : "other");
    }

    /**
     * The options for this profile, leaving out any the user already decided on the command line
     * ({@code userOptions}): choosing a second garbage collector would stop the JVM from starting.
     */
    List<String> options(List<String> userOptions) {
        // Loops, not streams and lambdas: this runs in the parent JVM, whose every millisecond is overhead.
        boolean userChoseCollector = false;
        boolean userChoseCompiler = false;
        for (String option : userOptions) {
            userChoseCollector |= choosesCollector(option);
            userChoseCompiler |= option.contains("TieredStopAtLevel") || option.contains("TieredCompilation")
                    || option.startsWith("-Xint") || option.startsWith("-Xcomp");
        }
        List<String> options = new ArrayList<>();
        if (!userChoseCompiler) {
            options.add(FAST_START);
        }
        for (String option : batchOptions) {
            if (!(userChoseCollector && choosesCollector(option))) {
                options.add(option);
            }
        }
        return options;
    }

    private static boolean choosesCollector(String option) {
        return option.startsWith("-XX:+Use") && option.endsWith("GC");
    }

    /**
     * The profile for the jar's arguments, decided without loading the command line: no arguments
     * or one existing file is the window (as {@code Launcher} decides; a file that is also named
     * like a verb only gets the window's options for a command-line run, which is harmless).
     */
    static JvmProfile forArguments(String[] args) {
        if (args.length == 0) {
            return WINDOW;
        }
        if (args.length == 1 && !args[0].startsWith("-")) {
            try {
                return Files.isRegularFile(Path.of(args[0])) ? WINDOW : COMMAND_LINE;
            } catch (InvalidPathException e) {
                return COMMAND_LINE;
            }
        }
        return COMMAND_LINE;
    }
}
