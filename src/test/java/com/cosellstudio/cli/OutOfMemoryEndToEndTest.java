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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file too big for the memory Java was given, in a real JVM with a small heap: the run ends
 * with one line saying so and how to give more, exit 2, and no output file (before, a stack trace
 * of an {@code OutOfMemoryError} and exit 1).
 */
class OutOfMemoryEndToEndTest {
    /** Far more than the heap below holds once read: every sample row, many times over. */
    private static final int ROWS = 120_000;

    @TempDir
    static Path work;
    private static Path big;

    @BeforeAll
    static void writeABigFile() throws Exception {
        List<String> lines = Files.readAllLines(CliRun.SAMPLES.resolve("deals-with-errors.csv"), StandardCharsets.UTF_8);
        big = work.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write(lines.get(0));
            out.write('\n');
            for (int row = 0; row < ROWS; row++) {
                out.write(lines.get(1 + row % (lines.size() - 1)));
                out.write('\n');
            }
        }
    }

    @Test
    void checkWithAReportSaysItRanOutOfMemory() throws Exception {
        Path report = work.resolve("report.html");
        Run run = run("check", big.toString(), "--report", report.toString());
        assertOutOfMemory(run);
        assertFalse(Files.exists(report));
    }

    @Test
    void convertSaysItRanOutOfMemory() throws Exception {
        Path output = work.resolve("upload.csv");
        Run run = run("convert", big.toString(), "--output", output.toString());
        assertOutOfMemory(run);
        assertFalse(Files.exists(output));
    }

    /**
     * A quote left open near the top of a file far bigger than the heap is named as such, on its
     * line: a cell is never longer than a workbook cell may be, so looking for its end takes little
     * memory. Before, the whole rest of the file was taken for one cell, and memory ran out.
     */
    @Test
    void anOpenQuoteNearTheTopOfABigFileIsNamedNotBlamedOnMemory() throws Exception {
        Path open = work.resolve("open.csv");
        try (BufferedWriter out = Files.newBufferedWriter(open, StandardCharsets.UTF_8)) {
            out.write("Deal Name,Notes\nbad,\"never closed\n");
            String row = "Deal,plain text without quotes " + "x".repeat(60) + "\n";
            for (long written = 0; written < 48L << 20; written += row.length()) {
                out.write(row);
            }
        }

        Run run = run("check", open.toString());

        assertEquals(ExitStatus.FAILURE, run.status(), run.err());
        assertTrue(run.err().contains("open.csv: line 2: a quoted field opened here is never closed"), run.err());
    }

    private static void assertOutOfMemory(Run run) {
        assertEquals(ExitStatus.FAILURE, run.status(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        // The reader names the line it reached; running out elsewhere names the heap Java may use.
        assertTrue(run.err().matches("(?s).*big\\.csv: (line [0-9]+: not enough memory to read the file|not enough memory for this file \\(Java may use [0-9]+ MB here\\)).*"), run.err());
        assertTrue(run.err().contains("-Xmx"), run.err());
    }

    private static Run run(String... args) throws Exception {
        return ChildJvm.run(ChildJvm.command(List.of("-Xmx32m"), "com.cosellstudio.Launcher", args), null, work);
    }
}
