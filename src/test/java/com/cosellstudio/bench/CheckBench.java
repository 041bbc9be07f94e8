package com.cosellstudio.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Measures what a script sees: wall time and peak memory of the real
 * {@code java -jar target/cosell-studio.jar check FILE --format json} process, on a generated
 * 5,000-deal export (Partner Center's export limit) and a 100,000-row, 36-column file.
 *
 * <pre>
 * mvn -q -B package -DskipTests
 * java -cp target/test-classes:target/cosell-studio.jar com.cosellstudio.bench.CheckBench [runs]
 * </pre>
 *
 * Peak memory is the maximum resident set size reported by {@code /usr/bin/time -f %M}; without
 * that tool it is read from {@code VmHWM} in {@code /proc/PID/status} while the process runs.
 *
 * <p>The machine may be shared (other builds): each run waits, up to 20 seconds, for a second in
 * which the machine was at least 90 % idle ({@link IdleMachine}), so that the figures measure this
 * program rather than its neighbours.
 */
public final class CheckBench {
    private static final Path JAR = Path.of("target/cosell-studio.jar");
    private static final Path WORK = Path.of("target/bench");
    private static final Path TIME = Path.of("/usr/bin/time");

    private CheckBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run mvn -q -B package -DskipTests first");
        }
        Files.createDirectories(WORK);
        Path export = WORK.resolve("export-5000.csv");
        Path large = WORK.resolve("rows-100000.csv");
        long exportSize = new ExportGenerator(5_000).write(export, 5_000);
        long largeSize = new ExportGenerator(100_000).write(large, 100_000);

        System.out.printf(Locale.ROOT, "java %s, %d runs each, median wall time and highest peak RSS%n",
                System.getProperty("java.version"), runs);
        report("--help (JVM start, no file)", List.of("--help"), runs);
        report(String.format(Locale.ROOT, "check 5,000 deals (%.1f MB)", exportSize / 1e6),
                List.of("check", export.toString(), "--format", "json"), runs);
        report(String.format(Locale.ROOT, "check 100,000 rows x 36 columns (%.1f MB)", largeSize / 1e6),
                List.of("check", large.toString(), "--format", "json"), runs);
    }

    private static void report(String label, List<String> cliArgs, int runs) throws Exception {
        run(cliArgs); // warm the page cache; not counted
        long[] nanos = new long[runs];
        long peakKb = 0;
        int status = -1;
        for (int i = 0; i < runs; i++) {
            Measurement measurement = run(cliArgs);
            nanos[i] = measurement.nanos;
            peakKb = Math.max(peakKb, measurement.peakKb);
            status = measurement.status;
        }
        if (status == 2) {
            throw new IllegalStateException(label + ": the command failed (exit 2)");
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-48s median %5.0f ms  (min %4.0f, max %4.0f)  peak RSS %4d MB  exit %d%n",
                label, nanos[runs / 2] / 1e6, nanos[0] / 1e6, nanos[runs - 1] / 1e6, peakKb / 1024, status);
    }

    private static Measurement run(List<String> cliArgs) throws IOException, InterruptedException {
        IdleMachine.waitForIdleSecond();
        boolean timeTool = Files.isExecutable(TIME);
        List<String> command = new ArrayList<>();
        if (timeTool) {
            command.addAll(List.of(TIME.toString(), "-f", "%M"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(cliArgs);
        Path stderr = Files.createTempFile(WORK, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        long peakKb = 0;
        if (!timeTool) {
            peakKb = watchHighWaterMark(process);
        }
        int status = process.waitFor();
        long nanos = System.nanoTime() - start;
        List<String> errLines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
        Files.delete(stderr);
        if (timeTool) {
            peakKb = Long.parseLong(errLines.get(errLines.size() - 1).strip());
        }
        return new Measurement(nanos, peakKb, status);
    }

    /** Polls VmHWM (the kernel's own peak RSS) until the process ends; the last value read is the peak. */
    private static long watchHighWaterMark(Process process) throws InterruptedException {
        long peak = 0;
        while (process.isAlive()) {
            OptionalLong read = ResidentMemory.highWaterMarkKb(process.pid());
            if (read.isEmpty()) {
                break; // the process ended between isAlive and the read
            }
            peak = Math.max(peak, read.getAsLong());
            process.waitFor(2, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return peak;
    }

    private record Measurement(long nanos, long peakKb, int status) {
    }
}
