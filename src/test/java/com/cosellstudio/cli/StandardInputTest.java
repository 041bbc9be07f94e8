package com.cosellstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -} as the file means standard input, for {@code check} and {@code convert}: read whole
 * (a Windows-1252 file read twice too), named "stdin", and no copy of it left behind.
 */
class StandardInputTest {
    private static final InputStream REAL_STDIN = System.in;

    @TempDir
    Path dir;

    @AfterEach
    void restoreStandardInput() {
        System.setIn(REAL_STDIN);
    }

    private static void standardInput(Path file) throws IOException {
        System.setIn(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    private static List<Path> copiesLeft() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("cosell-input")).toList();
        }
    }

    @Test
    void checkReadsStandardInputAndNamesItStdin() throws Exception {
        List<Path> before = copiesLeft();
        standardInput(CliRun.SAMPLES.resolve("deals-with-errors.csv"));

        CliRun piped = CliRun.of("check", "-");
        CliRun fromFile = CliRun.of("check", CliRun.sample("deals-with-errors.csv"));

        assertEquals(ExitStatus.ERRORS_FOUND, piped.status(), piped.err());
        assertEquals(fromFile.out().replace("deals-with-errors.csv", "stdin"), piped.out());
        assertEquals(before, copiesLeft(), "the copy of standard input is gone");
    }

    @Test
    void convertReadsAWindows1252FileFromStandardInput() throws Exception {
        standardInput(CliRun.SAMPLES.resolve("deals-semicolon-windows1252.csv"));
        Path output = dir.resolve("upload.csv");

        CliRun run = CliRun.of("convert", "-", "--output", output.toString());

        assertEquals(ExitStatus.OK, run.status(), run.err());
        assertTrue(Files.readString(output, StandardCharsets.UTF_8).contains("Jos\u00e9"), "read again as Windows-1252");
    }

    @Test
    void emptyStandardInputIsNamedAsSuch() throws Exception {
        System.setIn(new ByteArrayInputStream(new byte[0]));

        CliRun run = CliRun.of("check", "-");

        assertEquals(ExitStatus.FAILURE, run.status());
        assertEquals(List.of("cosell-studio check: stdin: is empty"), run.errLines());
    }

    /**
     * {@code check -} ended by SIGTERM or Ctrl+C while standard input is still being copied leaves
     * no copy behind (before, the temporary folder stayed, holding whatever had come in).
     */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void endingTheJvmWhileStandardInputIsCopiedLeavesNoCopy() throws Exception {
        for (String signal : List.of("TERM", "INT")) {
            Path temp = Files.createDirectory(dir.resolve("tmp-" + signal));
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"), "com.cosellstudio.Launcher",
                    "check", "-").redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            Process check = builder.start();
            try (OutputStream in = check.getOutputStream()) {
                byte[] rows = "Deal Name,Customer Name\nDeal,Contoso\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (copiedBytes(temp) == 0 && System.nanoTime() < deadline) {
                    in.write(rows);
                    in.flush();
                    Thread.sleep(50);
                }
                assertTrue(copiedBytes(temp) > 0, "standard input is being copied");

                new ProcessBuilder("kill", "-" + signal, Long.toString(check.pid())).start().waitFor();
                assertTrue(check.waitFor(30, TimeUnit.SECONDS), "the JVM ends");
            } catch (IOException pipeClosed) {
                // The JVM ended while rows were still being written: what matters is what it left.
                assertTrue(check.waitFor(30, TimeUnit.SECONDS), "the JVM ends");
            } finally {
                check.destroyForcibly();
            }
            try (Stream<Path> left = Files.list(temp)) {
                assertEquals(List.of(), left.toList(), "SIG" + signal);
            }
        }
    }

    private static long copiedBytes(Path temp) throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
