package com.cosellstudio.app.bench;

import com.cosellstudio.bench.IdleMachine;
import com.cosellstudio.bench.ProcessTreeMemory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The window's launch time as a user sees it: the whole {@code java -jar target/cosell-studio.jar FILE}
 * process, or a native launcher's, from the moment the command starts
 * to the first frame showing the file's rows in the grid. Needs a display (Xvfb is fine):
 * <pre>
 *   mvn -q -B package -DskipTests &amp;&amp; mvn -q -B test-compile
 *   xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/cosell-studio.jar:target/test-classes com.cosellstudio.app.bench.LaunchBench 5000 5
 *   xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/cosell-studio.jar:target/test-classes com.cosellstudio.app.bench.LaunchBench 5000 5 target/dist/cosell-studio/bin/cosell-studio
 *   xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/cosell-studio.jar:target/test-classes com.cosellstudio.app.bench.LaunchBench 100000 2
 * </pre>
 * Arguments: {@code [deals (5000)] [runs (5)] [launcher]}. Without {@code launcher} the jar runs with
 * a plain {@code java -jar} (default JVM options); with it, that command runs instead (the app image's
 * window launcher, with the options it carries), the trace switched on through {@code JAVA_TOOL_OPTIONS}.
 *
 * <p>Each run starts the jar with {@code -Dcosellstudio.startupTrace=true}, which makes the window print
 * {@code startup: grid interactive} to standard error right after the first layout pulse showing the
 * rows; the launch time is that line's arrival minus the moment the process was spawned. The process
 * is then ended politely (SIGTERM) and the bench waits for it and every process it started. Peak memory is the
 * kernel's peak resident set size ({@code VmHWM}) of the process and each descendant, polled every
 * 20 ms for the whole run and summed. The first run is reported apart: on a fresh machine or jar it
 * may include one-time work. Each run waits first for a quiet second ({@link IdleMachine}), and says
 * how much of the CPUs other processes (other builds; Xvfb drawing the window) used during its launch,
 * so a run slowed by its neighbours can be told apart. The launched app is the real one: it adds the
 * bench file to the user's Open Recent list.
 */
public final class LaunchBench {
    private static final Path JAR = Path.of("target", "cosell-studio.jar");
    private static final String INTERACTIVE = "startup: grid interactive";
    private static final String FAILED = "startup: failed";
    private static final long TIMEOUT_SECONDS = 60;
    private static final long POLL_MILLIS = 20;

    private LaunchBench() {
    }

    public static void main(String[] args) throws Exception {
        int deals = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (args.length > 3 || runs < 1) {
            System.err.println("usage: LaunchBench [deals (5000)] [runs (5), at least 1] [launcher]");
            System.exit(2);
        }
        String launcher = args.length > 2 ? args[2] : null;
        if (launcher == null && !Files.isRegularFile(JAR)) {
            System.err.println(JAR.toAbsolutePath() + " is missing: build it first with mvn -q -B package -DskipTests"
                    + " (and mvn -q -B test-compile), in the project folder");
            System.exit(2);
        }
        try {
            measure(BenchFiles.generate(Path.of("target", "bench"), deals), deals, runs, launcher);
        } catch (LaunchAborted aborted) {
            System.err.println(aborted.getMessage());
            System.exit(1);
        }
    }

    private static void measure(Path file, int deals, int runs, String launcher) throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "%s %s (%,d deals, %.1f MB), %s, java %s%n",
                launcher == null ? "java -jar " + JAR : launcher, file, deals, Files.size(file) / 1e6,
                runs == 1 ? "1 run" : runs + " runs", System.getProperty("java.version"));

        List<Launch> launches = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            boolean idle = IdleMachine.waitForIdleSecond();
            Launch launch = launch(file, launcher);
            launches.add(launch);
            System.out.printf(Locale.ROOT, "  run %d: %,6d ms to an interactive grid, peak RSS %s (%s)%s%s%n", run,
                    launch.millis(), megabytes(launch.peakKb()), launch.processes(),
                    launch.othersPercent() < 0 ? "" : "; other processes used " + launch.othersPercent()
                            + " % of the CPUs meanwhile",
                    idle ? "" : " (the machine was busy before: no idle second within 20 s)");
        }
        report(launches);
    }

    private static void report(List<Launch> launches) {
        Launch first = launches.get(0);
        System.out.printf(Locale.ROOT, "first run (first on this machine/jar, may include one-time work): %,d ms, peak RSS %s%n",
                first.millis(), megabytes(first.peakKb()));
        List<Launch> rest = launches.subList(1, launches.size());
        if (rest.isEmpty()) {
            System.out.println("no further runs");
            return;
        }
        List<Long> millis = new ArrayList<>();
        List<Long> peaks = new ArrayList<>();
        for (Launch launch : rest) {
            millis.add(launch.millis());
            peaks.add(launch.peakKb());
        }
        Collections.sort(millis);
        Collections.sort(peaks);
        if (rest.size() == 1) {
            System.out.printf(Locale.ROOT, "run 2: %,d ms, peak RSS %s%n", rest.get(0).millis(),
                    megabytes(rest.get(0).peakKb()));
            return;
        }
        System.out.printf(Locale.ROOT, "runs 2-%d: median %,d ms (min %,d, max %,d); peak RSS median %s (max %s)%n",
                launches.size(), median(millis), millis.get(0), millis.get(millis.size() - 1),
                megabytes(median(peaks)), megabytes(peaks.get(peaks.size() - 1)));
    }

    /** One launch: spawn, wait for the trace line, end the process and everything it started. */
    private static Launch launch(Path file, String launcher) throws IOException, InterruptedException {
        String trace = "-Dcosellstudio.startupTrace=true";
        ProcessBuilder builder = launcher == null
                ? new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        trace, "-jar", JAR.toString(), file.toString())
                : new ProcessBuilder(launcher, file.toString());
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (launcher != null) {
            builder.environment().put("JAVA_TOOL_OPTIONS", trace);
        }
        long[] machineBefore = IdleMachine.cpuTicks();
        long spawned = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<Long> interactive = watchTrace(process, file);
        ProcessTreeMemory memory = ProcessTreeMemory.watch(process, POLL_MILLIS);
        long arrived;
        try {
            arrived = interactive.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException failure) {
            end(process);
            String why = failure instanceof TimeoutException
                    ? "no '" + INTERACTIVE + "' line within " + TIMEOUT_SECONDS + " s"
                    : failure.getCause().getMessage();
            throw new LaunchAborted("launch aborted: " + why);
        }
        int othersPercent = othersPercent(machineBefore, IdleMachine.cpuTicks(), treeTicks(process));
        end(process);
        memory.stop();
        return new Launch(TimeUnit.NANOSECONDS.toMillis(arrived - spawned), memory.peakKb(), memory.breakdown(),
                othersPercent);
    }

    /**
     * Reads the process's standard error line by line (all of it, so the process never blocks on a
     * full pipe): completes with the arrival time (nanoTime) of the trace line, or fails.
     */
    private static CompletableFuture<Long> watchTrace(Process process, Path file) {
        CompletableFuture<Long> interactive = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            List<String> other = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.equals(INTERACTIVE)) {
                        interactive.complete(System.nanoTime());
                    } else if (line.equals(FAILED)) {
                        interactive.completeExceptionally(new IllegalStateException("the app could not read " + file));
                    } else if (other.size() < 20) {
                        other.add(line);
                    }
                }
            } catch (IOException closed) {
                // the stream went with the process; what is said below still holds
            }
            interactive.completeExceptionally(new IllegalStateException(
                    "the process ended without '" + INTERACTIVE + "'" + (other.isEmpty() ? "" : "; it said:\n  "
                            + String.join("\n  ", other))));
        }, "launch-stderr");
        reader.setDaemon(true);
        reader.start();
        return interactive;
    }

    /**
     * Ends the process politely (SIGTERM) and waits for it and every descendant it had to exit; what
     * is still running after the timeout is killed, with a warning, so that it cannot slow the next run.
     */
    private static void end(Process process) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(0, process.toHandle());
        process.destroy();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException stillRunning) {
                System.out.printf(Locale.ROOT, "  warning: process %d did not exit within %d s of SIGTERM; killed%n",
                        handle.pid(), TIMEOUT_SECONDS);
                handle.destroyForcibly();
            }
        }
    }

    /**
     * How much of the machine other processes (other builds, and Xvfb drawing the window) used while the
     * launch ran: the busy CPU ticks of the machine less those of the launched processes, as a percentage
     * of all CPU ticks; -1 without /proc. A run with a high figure was slowed by its neighbours.
     */
    private static int othersPercent(long[] before, long[] after, long ownTicks) {
        long total = after[0] - before[0];
        if (total <= 0) {
            return -1;
        }
        long busy = total - (after[1] - before[1]);
        return (int) Math.max(0, Math.round(100.0 * (busy - ownTicks) / total));
    }

    /** CPU ticks (user + system) the process and its descendants have used so far; 0 without /proc. */
    private static long treeTicks(Process process) {
        long ticks = processTicks(process.toHandle());
        for (ProcessHandle descendant : process.descendants().toList()) {
            ticks += processTicks(descendant);
        }
        return ticks;
    }

    private static long processTicks(ProcessHandle handle) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(handle.pid()), "stat"));
            // After "pid (command) ", the fields start at the state (field 3); utime and stime are 14 and 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static long median(List<Long> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String megabytes(long kb) {
        return kb == 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", Math.round(kb / 1024.0));
    }

    /** A launch that failed or never got the grid up: the bench stops, saying why. */
    private static final class LaunchAborted extends RuntimeException {
        LaunchAborted(String message) {
            super(message);
        }
    }

    /** {@code processes}: each process's command and peak, e.g. "java 210 MB + java 160 MB". */
    private record Launch(long millis, long peakKb, String processes, int othersPercent) {
    }
}
