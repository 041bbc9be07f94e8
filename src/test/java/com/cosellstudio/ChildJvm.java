package com.cosellstudio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a main class of ours in a JVM of its own, as a user's shell would, with the test's class path. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** What the process did: its exit status and everything it printed. */
    public record Run(int status, String out, String err) {
    }

    /** {@code java OPTIONS -cp <the test's class path> MAIN ARGS}. */
    public static List<String> command(List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs {@code command} to its end, its output kept in files in {@code folder}.
     *
     * @param stdin what it reads on standard input, through a pipe; null: nothing (closed at once)
     */
    public static Run run(List<String> command, Path stdin, Path folder) throws IOException, InterruptedException {
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (var in = process.getOutputStream()) {
            if (stdin != null) {
                Files.copy(stdin, in);
            }
        }
        int status = process.waitFor();
        return new Run(status, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
