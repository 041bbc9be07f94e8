package com.cosellstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * No verb writes over a file it reads: a report over the file checked or its baseline, a
 * conversion over its original, however the same file is named. Refused in one line, exit 2, the
 * file untouched.
 */
class OutputIsNeverInputTest {
    @TempDir
    Path dir;
    private Path deals;
    private byte[] dealsBytes;

    @BeforeEach
    void copySample() throws Exception {
        deals = Files.copy(CliRun.SAMPLES.resolve("deals-semicolon-windows1252.csv"), dir.resolve("deals.csv"),
                StandardCopyOption.REPLACE_EXISTING);
        dealsBytes = Files.readAllBytes(deals);
    }

    @Test
    void checkRefusesAReportOverTheFileChecked() throws Exception {
        assertRefused(CliRun.of("check", deals.toString(), "--report", deals.toString()), deals, dealsBytes);
        assertRefused(CliRun.of("check", deals.toString(), "--report", dir + "/./deals.csv"), deals, dealsBytes);
        assertRefused(CliRun.of("check", deals.toString(), "--report", dir + "/nowhere/../deals.csv"), deals, dealsBytes);
    }

    @Test
    void checkRefusesAReportOverItsBaseline() throws Exception {
        Path export = Files.copy(CliRun.SAMPLES.resolve("deals-valid.csv"), dir.resolve("export.csv"));
        byte[] exportBytes = Files.readAllBytes(export);
        CliRun run = CliRun.of("check", deals.toString(), "--baseline", export.toString(), "--report", export.toString());
        assertRefused(run, export, exportBytes);
        assertTrue(run.err().contains("--baseline"), run.err());
    }

    @Test
    void convertAndRetryRefuseAnOutputOverTheirInput() throws Exception {
        assertRefused(CliRun.of("convert", deals.toString(), "--output", deals.toString()), deals, dealsBytes);
        assertRefused(CliRun.of("retry", deals.toString(), "--output", dir + "/./deals.csv"), deals, dealsBytes);
        Path export = Files.copy(CliRun.SAMPLES.resolve("deals-valid.csv"), dir.resolve("export.csv"));
        byte[] exportBytes = Files.readAllBytes(export);
        assertRefused(CliRun.of("convert", deals.toString(), "--baseline", export.toString(), "--changed-only",
                "--output", export.toString()), export, exportBytes);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aLinkToTheInputIsTheInput() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("report.csv"), deals);
        assertRefused(CliRun.of("check", deals.toString(), "--report", link.toString()), deals, dealsBytes);
        assertRefused(CliRun.of("convert", link.toString(), "--output", deals.toString()), deals, dealsBytes);

        Path parts = Files.createDirectory(dir.resolve("parts"));
        Files.createSymbolicLink(parts.resolve("deals-part-1-of-1.csv"), deals);
        assertRefused(CliRun.of("split", deals.toString(), "--output-dir", parts.toString()), deals, dealsBytes);
    }

    @Test
    void anotherNameIsWrittenAsBefore() throws Exception {
        CliRun run = CliRun.of("convert", deals.toString(), "--output", dir.resolve("deals.upload.csv").toString());
        assertEquals(ExitStatus.OK, run.status(), run.err());
        assertArrayEquals(dealsBytes, Files.readAllBytes(deals));
    }

    private static void assertRefused(CliRun run, Path file, byte[] bytes) throws Exception {
        assertEquals(ExitStatus.FAILURE, run.status(), run.out() + run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("is the same file as"), run.err());
        assertArrayEquals(bytes, Files.readAllBytes(file), "the file read is untouched");
    }
}
