package com.cosellstudio.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which options a relaunched run gets, and that the user's own choices win. */
class JvmProfileTest {
    @TempDir
    Path dir;

    @Test
    void theWindowIsNoArgumentsOrOneExistingFile() throws Exception {
        Path file = Files.writeString(dir.resolve("deals.csv"), "x");
        assertEquals(JvmProfile.WINDOW, JvmProfile.forArguments(new String[0]));
        assertEquals(JvmProfile.WINDOW, JvmProfile.forArguments(new String[] {file.toString()}));
        assertEquals(JvmProfile.COMMAND_LINE, JvmProfile.forArguments(new String[] {"check", file.toString()}));
        assertEquals(JvmProfile.COMMAND_LINE, JvmProfile.forArguments(new String[] {"--help"}));
        assertEquals(JvmProfile.COMMAND_LINE, JvmProfile.forArguments(new String[] {dir.resolve("missing.csv").toString()}));
    }

    @Test
    void bothStopTheJitAtC1AndOnlyTheCommandLineChangesTheCollector() {
        assertEquals(List.of("-XX:TieredStopAtLevel=1"), JvmProfile.WINDOW.options(List.of("-jar", "app.jar")));
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:-UsePerfData"),
                JvmProfile.COMMAND_LINE.options(List.of("-jar", "app.jar")));
    }

    @Test
    void aCollectorTheUserChoseIsNotContradicted() {
        // Two collectors on one command line stop the JVM from starting at all.
        List<String> options = JvmProfile.COMMAND_LINE.options(List.of("-XX:+UseG1GC", "-jar", "app.jar"));
        assertFalse(options.contains("-XX:+UseParallelGC"));
        assertTrue(options.contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void aCompilerSettingTheUserChoseIsLeftAlone() {
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:-UsePerfData"),
                JvmProfile.COMMAND_LINE.options(List.of("-XX:-TieredCompilation", "-jar", "app.jar")));
        assertEquals(List.of(), JvmProfile.WINDOW.options(List.of("-XX:TieredStopAtLevel=4", "-jar", "app.jar")));
    }

    @Test
    void eachVerbKeepsAnArchiveOfItsOwnAndTheWindowOne() {
        assertEquals("cli-check", JvmProfile.COMMAND_LINE.archiveKind(new String[] {"check", "deals.csv"}));
        assertEquals("cli-help", JvmProfile.COMMAND_LINE.archiveKind(new String[] {"--help"}));
        assertEquals("cli-other", JvmProfile.COMMAND_LINE.archiveKind(new String[] {"../deals 2.csv", "x"}));
        assertEquals("window", JvmProfile.WINDOW.archiveKind(new String[] {"deals.csv"}));
    }

    @Test
    void anArchiveIsKeptFromAVerbThatDidItsWorkOrAWindowThatWasUp() {
        assertTrue(JvmProfile.COMMAND_LINE.didItsWork(0));
        assertTrue(JvmProfile.COMMAND_LINE.didItsWork(1), "errors found is work done");
        assertFalse(JvmProfile.COMMAND_LINE.didItsWork(2), "a usage error or unreadable file stops early");
        assertFalse(JvmProfile.COMMAND_LINE.didItsWork(143), "a check killed midway");
        assertTrue(JvmProfile.WINDOW.didItsWork(0));
        assertTrue(JvmProfile.WINDOW.didItsWork(143), "ended from outside, after it was up");
        assertTrue(JvmProfile.WINDOW.didItsWork(130), "Ctrl+C in the terminal");
        assertFalse(JvmProfile.WINDOW.didItsWork(137), "killed outright: it wrote nothing anyway");
    }
}
