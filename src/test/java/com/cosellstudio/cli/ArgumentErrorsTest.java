package com.cosellstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong arguments: exit 2, one line on stderr naming the problem, nothing on stdout or disk. */
class ArgumentErrorsTest {
    @TempDir
    Path dir;

    @Test
    void unknownVerb() {
        assertOneLineFailure(CliRun.of("chek", CliRun.sample("deals-valid.csv")), "chek");
    }

    @Test
    void noVerb() {
        assertOneLineFailure(CliRun.of(), "--help");
    }

    @Test
    void convertWithoutOutput() {
        assertOneLineFailure(CliRun.of("convert", CliRun.sample("deals-valid.csv")), "--output");
    }

    @Test
    void templateWithoutOutput() {
        assertOneLineFailure(CliRun.of("template"), "--output");
    }

    @Test
    void unknownFormat() {
        assertOneLineFailure(CliRun.of("check", CliRun.sample("deals-valid.csv"), "--format", "xml"), "xml");
    }

    @Test
    void unknownOption() {
        assertOneLineFailure(CliRun.of("check", CliRun.sample("deals-valid.csv"), "--verbose"), "--verbose");
    }

    @Test
    void checkWithoutFile() {
        assertOneLineFailure(CliRun.of("check", "--format", "json"), "FILE");
    }

    @Test
    void optionWithoutValue() {
        assertOneLineFailure(CliRun.of("check", CliRun.sample("deals-valid.csv"), "--report"), "--report");
    }

    @Test
    void secondFile() {
        assertOneLineFailure(CliRun.of("check", CliRun.sample("deals-valid.csv"), "other.csv"), "other.csv");
    }

    @Test
    void reportOfUnknownKindWritesNothing() {
        Path target = dir.resolve("report.pdf");
        assertOneLineFailure(CliRun.of("check", CliRun.sample("deals-valid.csv"), "--report", target.toString()), "report.pdf");
        assertFalse(Files.exists(target));
    }

    @Test
    void convertRefusesToOverwriteSomethingThatIsNotCsv() {
        Path target = dir.resolve("deals.xlsx");
        assertOneLineFailure(CliRun.of("convert", CliRun.sample("deals-valid.csv"), "--output", target.toString()), "deals.xlsx");
        assertFalse(Files.exists(target));
    }

    @Test
    void optionsMayComeFirstAndUseEquals() {
        CliRun run = CliRun.of("check", "--format=json", CliRun.sample("deals-valid.csv"));
        assertEquals(ExitStatus.OK, run.status(), run.err());
        assertTrue(run.out().startsWith("{"));
    }

    @Test
    void helpListsEveryVerbAndExitsZero() {
        CliRun run = CliRun.of("--help");
        assertEquals(ExitStatus.OK, run.status());
        assertTrue(run.out().contains("check FILE [--format text|json] [--report OUT.json|OUT.csv|OUT.html]"), run.out());
        assertTrue(run.out().contains("convert FILE --output OUT.csv"), run.out());
        assertTrue(run.out().contains("template --output OUT.csv"), run.out());
        assertTrue(run.out().contains("split FILE --output-dir DIR [--size 1000]"), run.out());
        assertTrue(run.out().contains("retry FILE --output OUT.csv"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void helpOfOneVerb() {
        CliRun run = CliRun.of("convert", "--help");
        assertEquals(ExitStatus.OK, run.status());
        String[] lines = run.out().strip().split("\\R");
        assertEquals("cosell-studio convert FILE --output OUT.csv [--to 2023] [--baseline EXPORT --changed-only]"
                + " [--template 2021|2023]", lines[0]);
        assertEquals(2, lines.length, run.out());
        assertTrue(lines[1].startsWith("Any command takes --lang ru|en"), lines[1]);
    }

    private static void assertOneLineFailure(CliRun run, String named) {
        assertEquals(ExitStatus.FAILURE, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains(named), "the message should name " + named + ": " + run.err());
        assertEquals("", run.out());
    }
}
