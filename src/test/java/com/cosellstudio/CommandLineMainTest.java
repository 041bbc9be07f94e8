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
    void langSetsTheLanguageOfTheWholeProcessTheReadersMessagesToo() throws Exception {
        Path broken = dir.resolve("broken.xlsx");
        java.nio.file.Files.writeString(broken, "PK\u0003\u0004 cut short, not a workbook");
        ChildJvm.Run plain = run("check", broken.toString());
        ChildJvm.Run pseudo = run("check", broken.toString(), "--lang", "en-XA");

        assertEquals(2, plain.status(), plain.err());
        assertEquals(plain.status(), pseudo.status());
        // The command line's words wrap the reader's, each from its own bundle in the pseudo-language.
        assertTrue(pseudo.err().startsWith("[!cosell-studio check: [!"), pseudo.err());
        assertTrue(!plain.err().contains("[!"), plain.err());
    }

    @Test
    void aLoneFileIsAUsageErrorNotAWindow() throws Exception {
        ChildJvm.Run run = run(SAMPLES.resolve("deals-valid.csv").toString());
        assertEquals(2, run.status(), run.out());
        assertTrue(!run.err().isBlank(), "no message on standard error");
    }
}
