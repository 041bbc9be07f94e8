package com.cosellstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line launcher's main class in a real process, as {@code bin/cosell-studio-cli} runs
 * it: the verbs with their exit statuses, and a lone file is a usage error, never a window.
 */
class CommandLineMainTest {
    private static final Path SAMPLES = Path.of("src/test/resources/samples");

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), CommandLineMain.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        int status = process.waitFor();
        return new Run(status, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void checkReportsTheErrorsWithStatusOne() throws Exception {
        Run run = run("check", SAMPLES.resolve("deals-with-errors.csv").toString());
        assertEquals(1, run.status(), run.err());
        assertTrue(run.out().contains("error REQUIRED"), run.out());
    }

    @Test
    void aLoneFileIsAUsageErrorNotAWindow() throws Exception {
        Run run = run(SAMPLES.resolve("deals-valid.csv").toString());
        assertEquals(2, run.status(), run.out());
        assertTrue(!run.err().isBlank(), "no message on standard error");
    }
}
