package com.cosellstudio.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading back the command line, and building the child's from it. */
class CurrentCommandTest {
    @Test
    void theLaunchPartIsWhatComesBeforeTheProgramArguments() {
        CurrentCommand command = CurrentCommand.split("/jdk/bin/java",
                List.of("-Xmx1g", "-jar", "app.jar", "check", "deals.csv"), List.of("check", "deals.csv")).orElseThrow();
        assertEquals(List.of("-Xmx1g", "-jar", "app.jar"), command.launch());
        assertEquals(List.of("check", "deals.csv"), command.programArguments());
        assertTrue(command.launchHasOption("-Xmx"));
    }

    @Test
    void aCommandThatDoesNotEndInTheProgramArgumentsIsNotTrusted() {
        assertTrue(CurrentCommand.split("/jdk/bin/java", List.of("-jar", "app.jar", "check", "other.csv"),
                List.of("check", "deals.csv")).isEmpty());
        assertTrue(CurrentCommand.split("/jdk/bin/java", List.of("check"), List.of("check")).isEmpty());
    }

    @Test
    void anArgumentTheSystemCouldNotDecodeStaysInThisJvm() {
        // Under LANG=C a Cyrillic file name arrives as replacement characters; re-encoded for a child it would change again.
        assertTrue(CurrentCommand.split("/jdk/bin/java", List.of("-jar", "app.jar", "check", "\uFFFD\uFFFD.csv"),
                List.of("check", "\uFFFD\uFFFD.csv")).isEmpty());
    }

    @Test
    void theChildGetsOurOptionsFirstSoTheUsersOwnWinThenTheSameLaunchAndArguments() {
        CurrentCommand command = CurrentCommand.split("/jdk/bin/java",
                List.of("-Dx=1", "-jar", "app.jar", "check", "deals.csv"), List.of("check", "deals.csv")).orElseThrow();
        assertEquals(List.of("/jdk/bin/java", "-XX:+IgnoreUnrecognizedVMOptions", "-XX:TieredStopAtLevel=1",
                        "-XX:+UseParallelGC", "-XX:-UsePerfData", "-Dcosellstudio.relaunched=true",
                        "-Dx=1", "-jar", "app.jar", "check", "deals.csv"),
                Relaunch.command(command, JvmProfile.COMMAND_LINE, null));
    }

    @Test
    void theRunningJvmKnowsItsOwnCommandOnThisSystem() {
        // Linux and macOS tell a process its command line; the test JVM was started with a main class and no program arguments.
        String os = System.getProperty("os.name");
        if (os.startsWith("Linux") || os.startsWith("Mac")) {
            CurrentCommand command = CurrentCommand.of(new String[0]).orElseThrow();
            assertTrue(command.executable().endsWith("java"), command.executable());
            assertTrue(!command.launch().isEmpty());
        }
    }

    @Test
    void aJvmUnderADebuggerOrAnAgentIsNotStartedAgain() {
        CurrentCommand debugged = CurrentCommand.split("/jdk/bin/java",
                List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-jar", "app.jar"), List.of()).orElseThrow();
        assertTrue(Relaunch.instrumented(debugged, java.util.Map.of()), "its port would be taken in the child");
        CurrentCommand plain = CurrentCommand.split("/jdk/bin/java", List.of("-jar", "app.jar"), List.of()).orElseThrow();
        assertTrue(Relaunch.instrumented(plain, java.util.Map.of("JAVA_TOOL_OPTIONS", "-javaagent:/opt/profiler.jar")));
        assertTrue(!Relaunch.instrumented(plain, java.util.Map.of("JAVA_TOOL_OPTIONS", "-Xmx2g")));
    }
}
