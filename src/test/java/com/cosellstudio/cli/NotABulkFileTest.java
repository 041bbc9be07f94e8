package com.cosellstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A readable file whose header names none of the template's columns (a password file, an address
 * book) is refused by check and convert with one line and exit status 2, instead of a long list of
 * missing columns; a file naming any template column, even the bare template, is a bulk file.
 */
class NotABulkFileTest {
    private static final String PASSWD = "root:x:0:0:root:/root:/bin/bash\n"
            + "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
            + "bin:x:2:2:bin:/bin:/usr/sbin/nologin\n";

    @TempDir
    Path dir;

    private Path passwd() throws Exception {
        Path file = dir.resolve("passwd");
        Files.writeString(file, PASSWD, StandardCharsets.UTF_8);
        return file;
    }

    private static final String REFUSAL = ": passwd: line 1: the header has none of the template's columns"
            + " \u2014 is this a Partner Center co-sell file?";

    @Test
    void checkRefusesAPasswordFile() throws Exception {
        for (String format : List.of("text", "json")) {
            CliRun run = CliRun.of("check", passwd().toString(), "--format", format);

            assertEquals(ExitStatus.FAILURE, run.status());
            assertEquals(List.of("cosell-studio check" + REFUSAL), run.errLines());
            assertEquals("", run.out());
        }
    }

    @Test
    void checkWritesNoReportForIt() throws Exception {
        Path report = dir.resolve("report.html");

        CliRun run = CliRun.of("check", passwd().toString(), "--report", report.toString());

        assertEquals(ExitStatus.FAILURE, run.status());
        assertEquals(List.of("cosell-studio check" + REFUSAL), run.errLines());
        assertFalse(Files.exists(report));
    }

    @Test
    void checkWithABaselineRefusesItToo() throws Exception {
        CliRun run = CliRun.of("check", passwd().toString(), "--baseline", CliRun.sample("deals-valid.csv"));

        assertEquals(ExitStatus.FAILURE, run.status());
        assertEquals(List.of("cosell-studio check" + REFUSAL), run.errLines());
    }

    @Test
    void aBaselineThatIsNoBulkFileIsRefused() throws Exception {
        CliRun run = CliRun.of("check", CliRun.sample("deals-valid.csv"), "--baseline", passwd().toString());

        assertEquals(ExitStatus.FAILURE, run.status());
        assertEquals(List.of("cosell-studio check" + REFUSAL), run.errLines());
    }

    @Test
    void convertRefusesItAndWritesNothing() throws Exception {
        Path output = dir.resolve("upload.csv");

        CliRun run = CliRun.of("convert", passwd().toString(), "--output", output.toString());

        assertEquals(ExitStatus.FAILURE, run.status());
        assertEquals(List.of("cosell-studio convert" + REFUSAL), run.errLines());
        assertFalse(Files.exists(output));
    }

    @Test
    void theBareTemplateIsABulkFile() {
        CliRun check = CliRun.of("check", CliRun.sample("template-2021.csv"));
        assertEquals(ExitStatus.OK, check.status(), check.err());
        assertEquals("", check.err());
    }

    @Test
    void aFileWithOneTemplateColumnIsCheckedNotRefused() throws Exception {
        Path file = dir.resolve("names.csv");
        Files.writeString(file, "Deal Name,Owner\r\nAzure migration,Sam\r\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("check", file.toString());

        assertEquals(ExitStatus.ERRORS_FOUND, run.status(), "missing mandatory columns are errors: " + run.out());
        assertEquals("", run.err());
    }
}
