package com.cosellstudio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.cli.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments open the window and which run the command line. */
class LauncherTest {
    private static final String VALID = "src/test/resources/samples/deals-valid.csv";

    private final Cli cli = Cli.standard();

    @TempDir
    Path dir;

    @Test
    void noArgumentsOpenTheWindow() {
        assertTrue(Launcher.opensWindow(new String[0], cli));
    }

    @Test
    void aLoneExistingFileOpensTheWindow() {
        assertTrue(Launcher.opensWindow(new String[] {VALID}, cli));
    }

    @Test
    void verbsAndHelpRunTheCommandLine() {
        assertFalse(Launcher.opensWindow(new String[] {"check", VALID}, cli));
        assertFalse(Launcher.opensWindow(new String[] {"--help"}, cli));
        assertFalse(Launcher.opensWindow(new String[] {"template"}, cli));
    }

    @Test
    void aMissingFileIsLeftToTheCommandLineToReport() {
        assertFalse(Launcher.opensWindow(new String[] {dir.resolve("nowhere.csv").toString()}, cli));
    }
}
