package com.cosellstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
}
