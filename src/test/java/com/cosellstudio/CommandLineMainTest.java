package com.cosellstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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

    private ChildJvm.Run run(String... args) throws Exception {
        return ChildJvm.run(ChildJvm.command(List.of("-Djava.awt.headless=true"), CommandLineMain.class.getName(), args), null, dir);
    }

    @Test
    void checkReportsTheErrorsWithStatusOne() throws Exception {
        ChildJvm.Run run = run("check", SAMPLES.resolve("deals-with-errors.csv").toString());
        assertEquals(1, run.status(), run.err());
        assertTrue(run.out().contains("error REQUIRED"), run.out());
    }

    @Test
    void aLoneFileIsAUsageErrorNotAWindow() throws Exception {
        ChildJvm.Run run = run(SAMPLES.resolve("deals-valid.csv").toString());
        assertEquals(2, run.status(), run.out());
        assertTrue(!run.err().isBlank(), "no message on standard error");
    }
}
