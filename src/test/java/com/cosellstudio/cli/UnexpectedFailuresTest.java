package com.cosellstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.rules.RuleEngine;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that ends unplanned (out of memory, a bug of ours) still ends with one line naming the
 * file and exit 2, whichever thread it happened on; running out of memory is said to be that.
 */
class UnexpectedFailuresTest {
    private static final String SAMPLE = CliRun.sample("deals-with-errors.csv");

    @TempDir
    Path dir;

    @Test
    void outOfMemoryOnTheCheckingThreadIsSaidToBeOutOfMemory() {
        // check reads on this thread and checks on a second one, where the engine is first asked for.
        CliRun run = CliRun.with(failing(new OutOfMemoryError("Java heap space")), "check", SAMPLE);
        assertOneLine(run);
        assertTrue(run.err().contains("deals-with-errors.csv: not enough memory for this file"), run.err());
        assertTrue(run.err().contains("-Xmx"), "says how to give more: " + run.err());
    }

    @Test
    void outOfMemoryWrappedByALibraryIsStillOutOfMemory() {
        CliRun run = CliRun.with(failing(new IllegalStateException(new OutOfMemoryError("Java heap space"))),
                "convert", SAMPLE, "--output", output());
        assertOneLine(run);
        assertTrue(run.err().contains("not enough memory"), run.err());
    }

    @Test
    void anyOtherErrorIsAnInternalErrorNamingTheFile() {
        CliRun run = CliRun.with(failing(new StackOverflowError()), "convert", SAMPLE, "--output", output());
        assertOneLine(run);
        assertTrue(run.err().contains("deals-with-errors.csv: internal error"), run.err());
        assertTrue(run.err().contains("StackOverflowError"), run.err());

        CliRun check = CliRun.with(failing(new AssertionError("a bug")), "check", SAMPLE, "--format", "json");
        assertOneLine(check);
        assertTrue(check.err().contains("internal error, please report it: java.lang.AssertionError: a bug"), check.err());
    }

    private String output() {
        return dir.resolve("never-written.csv").toString();
    }

    private static Supplier<RuleEngine> failing(Throwable failure) {
        return () -> {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure;
        };
    }

    private static void assertOneLine(CliRun run) {
        assertEquals(ExitStatus.FAILURE, run.status(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertEquals("", run.out());
    }
}
