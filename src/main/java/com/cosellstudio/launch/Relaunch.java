package com.cosellstudio.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs the jar again in a child JVM with options made for it ({@link JvmProfile}, plus a
 * class-data archive, {@link ClassDataArchive}) when it was started with a plain {@code java -jar}:
 * a jar's manifest cannot carry JVM options, and with the defaults a 5,000-deal check took 0.4 s
 * instead of 0.25 s (both JVMs counted) and the window opened in 2.0 s instead of 1.1 s. The first
 * JVM costs 60–85 ms: its start, opening the jar, and starting a process.
 *
 * <p>The child inherits the standard streams, the environment and every option of this JVM's
 * command line (which come after ours, so the user's win); this JVM waits for it and ends with its
 * exit status. Ending this JVM (Ctrl+C, {@code kill}) ends the child too. The jar runs in this JVM
 * instead when the command line cannot be read back (not Linux or macOS), the JVM is not HotSpot,
 * it runs with a debugger or an agent, the child cannot be started, or the user asks so ({@code COSELL_STUDIO_RELAUNCH=0} or
 * {@code -Dcosellstudio.relaunch=false}).
 */
public final class Relaunch {
    /** Set on the child, so it does the work itself. */
    static final String CHILD = "cosellstudio.relaunched";
    static final String SWITCH_PROPERTY = "cosellstudio.relaunch";
    static final String SWITCH_ENVIRONMENT = "COSELL_STUDIO_RELAUNCH";
    /** How long ending this JVM waits for the child, which may be writing its class-data archive. */
    private static final long CHILD_EXIT_SECONDS = 30;

    private final Process child;
    private final JvmProfile profile;
    private final ClassDataArchive archive;
    /** Guarded by this: the archive is dealt with once, by the main thread or the shutdown hook. */
    private boolean ended;

    private Relaunch(Process child, JvmProfile profile, ClassDataArchive archive) {
        this.child = child;
        this.profile = profile;
        this.archive = archive;
    }

    /**
     * Runs {@code args} in a tuned child JVM and returns its exit status, or returns empty when
     * this JVM should run them itself.
     */
    public static OptionalInt inTunedJvm(String[] args) {
        Map<String, String> environment = System.getenv();
        if (!wanted(environment)) {
            return OptionalInt.empty();
        }
        Optional<CurrentCommand> current = CurrentCommand.of(args);
        if (current.isEmpty() || instrumented(current.get(), environment) || namesOwnDescriptor(args)) {
            return OptionalInt.empty();
        }
        JvmProfile profile = JvmProfile.forArguments(args);
        ClassDataArchive archive = null;
        Optional<Path> cache = CacheDirectory.forUser(environment);
        if (cache.isPresent() && !current.get().launchHasOption("-Xshare", "-XX:SharedArchiveFile",
                "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive")) {
            archive = ClassDataArchive.forThisJvm(profile.archiveKind(args), cache.get());
        }
        List<String> command = command(current.get(), profile, archive);
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Relaunch relaunch = new Relaunch(child, profile, archive);
        Runtime.getRuntime().addShutdownHook(new Thread(relaunch.new ChildEnder(), "end child JVM"));
        return OptionalInt.of(relaunch.awaitChild());
    }

    /** Not in the child, not switched off, and a JVM that understands the options. */
    static boolean wanted(Map<String, String> environment) {
        if (System.getProperty(CHILD) != null || "false".equalsIgnoreCase(System.getProperty(SWITCH_PROPERTY))) {
            return false;
        }
        String setting = environment.get(SWITCH_ENVIRONMENT);
        if (setting != null && (setting.equals("0") || setting.equalsIgnoreCase("false")
                || setting.equalsIgnoreCase("off") || setting.equalsIgnoreCase("no"))) {
            return false;
        }
        String vm = System.getProperty("java.vm.name", "");
        return vm.contains("HotSpot") || vm.contains("OpenJDK");
    }

    /**
     * Whether an argument names one of this process's own open files ({@code /dev/fd/63}, as a
     * shell's process substitution {@code <(...)} passes it): a child inherits only standard input,
     * output and error, so only this JVM can read it.
     */
    static boolean namesOwnDescriptor(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("/dev/fd/") || arg.startsWith("/proc/self/fd/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this JVM runs with a debugger or an agent (a profiler, say): the user means this JVM,
     * and a child would start the agent a second time (a debugger's port is taken already, and the
     * child would not even start).
     */
    static boolean instrumented(CurrentCommand current, Map<String, String> environment) {
        String[] agents = {"-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp", "-Xdebug"};
        if (current.launchHasOption(agents)) {
            return true;
        }
        for (String variable : new String[] {"JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"}) {
            String options = environment.get(variable);
            if (options != null) {
                for (String agent : agents) {
                    if (options.contains(agent)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The child's command: this one with the profile's options, the archive's and the child mark first. */
    static List<String> command(CurrentCommand current, JvmProfile profile, ClassDataArchive archive) {
        List<String> command = new ArrayList<>();
        command.add(current.executable());
        // Options of a newer or older JVM than the one we tuned on are skipped rather than fatal.
        command.add("-XX:+IgnoreUnrecognizedVMOptions");
        command.addAll(profile.options(current.launch()));
        if (archive != null) {
            command.addAll(archive.childOptions());
        }
        command.add("-D" + CHILD + "=true");
        command.addAll(current.launch());
        command.addAll(current.programArguments());
        return command;
    }

    private int awaitChild() {
        boolean interrupted = false;
        while (true) {
            try {
                int status = child.waitFor();
                finish(status);
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return status;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }

    /**
     * When this JVM is ended before the child: the child is asked to end too, and waited for. A
     * class rather than a method reference, which would spin up a lambda class in the parent.
     */
    private final class ChildEnder implements Runnable {
        @Override
        public void run() {
            endChild();
        }
    }

    private void endChild() {
        if (!child.isAlive()) {
            finish(child.exitValue());
            return;
        }
        child.destroy();
        try {
            if (child.waitFor(CHILD_EXIT_SECONDS, TimeUnit.SECONDS)) {
                finish(child.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Synchronized: when this JVM is ended while the child ends, the main thread and the shutdown
     * hook both get here, and the hook must not let the JVM halt while the main thread is still
     * putting the archive in place.
     */
    private synchronized void finish(int status) {
        if (!ended && archive != null) {
            archive.childExited(profile.didItsWork(status));
        }
        ended = true;
    }
}
