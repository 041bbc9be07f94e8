package com.cosellstudio.launch;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line this JVM was started with, split into the java executable, what came before the
 * program's own arguments (JVM options, then {@code -jar JAR} or a class path and main class) and
 * the program's arguments. Read from the operating system ({@code /proc/self} on Linux,
 * {@link ProcessHandle.Info} elsewhere, which knows it on macOS); on other systems it is unknown
 * and the jar simply runs in this JVM.
 */
record CurrentCommand(String executable, List<String> launch, List<String> programArguments) {
    /** What Java makes of bytes of an argument the platform charset cannot decode. */
    private static final char UNDECODABLE = '\uFFFD';

    /**
     * This process's command, or empty when the system does not tell it, or tells something that
     * does not end in {@code programArguments} (then starting it again could change what runs).
     */
    static Optional<CurrentCommand> of(String[] programArguments) {
        Optional<CurrentCommand> linux = fromProc(programArguments);
        if (linux.isPresent()) {
            return linux;
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String> executable = info.command();
        Optional<String[]> arguments = info.arguments();
        if (executable.isEmpty() || arguments.isEmpty() || !Files.isExecutable(Path.of(executable.get()))) {
            return Optional.empty();
        }
        return split(executable.get(), List.of(arguments.get()), List.of(programArguments));
    }

    /**
     * On Linux, read where {@link ProcessHandle.Info} reads it, {@code /proc/self}: asking
     * {@code ProcessHandle} first sets up its process reaper (10 ms of class loading) before the child
     * is started, while starting the child sets it up afterwards, when the child is already running.
     */
    private static Optional<CurrentCommand> fromProc(String[] programArguments) {
        Path proc = Path.of("/proc/self");
        try {
            if (!Files.isDirectory(proc)) {
                return Optional.empty();
            }
            String executable = Files.readSymbolicLink(proc.resolve("exe")).toString();
            byte[] line = Files.readAllBytes(proc.resolve("cmdline"));
            // As the JDK decodes a command line: in the platform's charset for file names and arguments.
            Charset charset = Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
            List<String> words = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < line.length; i++) {
                if (line[i] == 0) {
                    words.add(new String(line, start, i - start, charset));
                    start = i + 1;
                }
            }
            if (words.isEmpty() || !Files.isExecutable(Path.of(executable))) {
                return Optional.empty();
            }
            return split(executable, words.subList(1, words.size()), List.of(programArguments));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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
