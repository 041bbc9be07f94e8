package com.cosellstudio.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line this JVM was started with, split into the java executable, what came before the
 * program's own arguments (JVM options, then {@code -jar JAR} or a class path and main class) and
 * the program's arguments. Read from the operating system ({@link ProcessHandle.Info}), which
 * knows it on Linux and macOS; on other systems it is unknown and the jar simply runs in this JVM.
 */
record CurrentCommand(String executable, List<String> launch, List<String> programArguments) {
    /** What Java makes of bytes of an argument the platform charset cannot decode. */
    private static final char UNDECODABLE = '\uFFFD';

    /**
     * This process's command, or empty when the system does not tell it, or tells something that
     * does not end in {@code programArguments} (then starting it again could change what runs).
     */
    static Optional<CurrentCommand> of(String[] programArguments) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String> executable = info.command();
        Optional<String[]> arguments = info.arguments();
        if (executable.isEmpty() || arguments.isEmpty() || !Files.isExecutable(Path.of(executable.get()))) {
            return Optional.empty();
        }
        return split(executable.get(), List.of(arguments.get()), List.of(programArguments));
    }

    static Optional<CurrentCommand> split(String executable, List<String> arguments, List<String> programArguments) {
        int launchEnd = arguments.size() - programArguments.size();
        if (launchEnd <= 0 || !arguments.subList(launchEnd, arguments.size()).equals(programArguments)) {
            return Optional.empty();
        }
        for (String argument : arguments) {
            if (argument.indexOf(UNDECODABLE) >= 0) {
                // The system's charset could not decode it (a Cyrillic file name under LANG=C): passed
                // on, it would arrive as something else again, so it stays with this JVM.
                return Optional.empty();
            }
        }
        return Optional.of(new CurrentCommand(executable, List.copyOf(arguments.subList(0, launchEnd)),
                List.copyOf(programArguments)));
    }

    /** Whether the launch part has an option starting with one of {@code prefixes} (JVM options never come after the main class or jar). */
    boolean launchHasOption(String... prefixes) {
        for (String argument : launch) {
            for (String prefix : prefixes) {
                if (argument.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }
}
