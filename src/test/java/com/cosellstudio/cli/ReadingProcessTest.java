package com.cosellstudio.cli;

import com.cosellstudio.ChildJvm;
import com.cosellstudio.ChildJvm.Run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a real process, as a script runs it: a file piped in ({@code -},
 * {@code /dev/stdin}) or given as a process substitution is read like any file, and a file too big
 * for the memory Java was given is said to be so in one line with exit status 2, never blamed on
 * its content; a file past the row limit gets the limit's message even with little memory.
 */
@EnabledOnOs(OS.LINUX)
class ReadingProcessTest {
    private static final Path SAMPLE = CliRun.SAMPLES.resolve("deals-with-errors.csv").toAbsolutePath();

    @TempDir
    Path dir;

    private static List<String> java(String... options) {
        return ChildJvm.command(List.of(options), "com.cosellstudio.Launcher");
    }

    private Run run(List<String> command, Path stdin) throws Exception {
        // Through a pipe, as "cat deals.csv | cosell-studio check -" gives it.
        return ChildJvm.run(command, stdin, dir);
    }

    private Run check(String file, Path stdin) throws Exception {
        List<String> command = java();
        command.addAll(List.of("check", file));
        return run(command, stdin);
    }

    @Test
    void aPipeIsReadAsDashAndAsDevStdin() throws Exception {
        Run direct = check(SAMPLE.toString(), null);
        Run dash = check("-", SAMPLE);
        Run devStdin = check("/dev/stdin", SAMPLE);

        assertEquals(1, direct.status(), direct.err());
        for (Run piped : List.of(dash, devStdin)) {
            assertEquals("", piped.err());
            assertEquals(1, piped.status());
            assertEquals(direct.out().replace("deals-with-errors.csv", "stdin"), piped.out());
        }
    }

    @Test
    void aProcessSubstitutionIsRead() throws Exception {
        String command = String.join(" ", java().stream().map(ReadingProcessTest::quoted).toList())
                + " check <(cat " + quoted(SAMPLE.toString()) + ")";

        Run run = run(List.of("bash", "-c", command), null);

        assertEquals("", run.err());
        assertEquals(1, run.status());
        assertTrue(run.out().contains("rows"), run.out());
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Rows of unique values, so nothing is shared: far more than 64 MB once read whole. */
    private Path bigFile(String name, int rows) throws Exception {
        Path file = dir.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Deal Name,Customer Name,Customer City,Notes\r\n");
            for (int i = 0; i < rows; i++) {
                out.write("Deal " + i + ",Customer " + i + ",City " + i + ",Note number " + i + "\r\n");
            }
        }
        return file;
    }

    @Test
    void runningOutOfMemoryIsSaidToBeThatInOneLine() throws Exception {
        Path big = bigFile("big.csv", 1_000_000);
        Path output = dir.resolve("upload.csv");
        List<String> command = java("-Xmx64m");
        command.addAll(List.of("convert", big.toString(), "--output", output.toString()));

        Run run = run(command, null);

        assertEquals(ExitStatus.FAILURE, run.status(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).matches("cosell-studio convert: big\\.csv: line [0-9]+: not enough memory to read the file: .*"),
                lines.get(0));
        assertFalse(Files.exists(output));
    }

    @Test
    void aFilePastTheRowLimitGetsTheLimitMessageWithLittleMemory() throws Exception {
        Path file = dir.resolve("many.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Deal Name\n");
            for (int i = 0; i < 1_048_576; i++) {
                out.write("d\n");
            }
        }
        List<String> command = java("-Xmx64m");
        command.addAll(List.of("check", file.toString()));

        Run run = run(command, null);

        assertEquals(ExitStatus.FAILURE, run.status(), run.err());
        assertEquals(List.of("cosell-studio check: many.csv: line 1048577: more than 1048575 rows, more than a spreadsheet can hold: split the file"),
                run.err().lines().toList());
    }
}
