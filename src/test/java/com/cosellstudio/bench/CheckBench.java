package com.cosellstudio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures what a script sees: wall time and peak memory of the real
 * {@code java -jar target/cosell-studio.jar check FILE --format json} process, on a generated
 * 5,000-deal export (Partner Center's export limit) and a 100,000-row, 36-column file, each as CSV
 * and as the workbook a spreadsheet saves from it ({@link WorkbookFromCsv}).
 *
 * <pre>
 * mvn -q -B package -DskipTests
 * java -cp target/test-classes:target/cosell-studio.jar com.cosellstudio.bench.CheckBench [runs] [launcher]
 * </pre>
 *
 * Without {@code launcher} the jar runs with a plain {@code java -jar} (default JVM options); with
 * it, that command runs instead, for instance the app image's
 * {@code target/dist/cosell-studio/bin/cosell-studio-cli} with the options it carries
 * ({@code installer/}). The memory is the sum of the process tree's peak resident set sizes
 * ({@code VmHWM}, polled every 2 ms in two runs of their own, {@link ProcessTreeMemory}). The first
 * run of each file is not counted: it warms the page cache.
 *
 * <p>The machine may be shared (other builds): each run waits, up to 20 seconds, for a second in
 * which the machine was at least 90 % idle ({@link IdleMachine}), so that the figures measure this
 * program rather than its neighbours.
 */
public final class CheckBench {
    private static final Path JAR = Path.of("target/cosell-studio.jar");
    private static final Path WORK = Path.of("target/bench");
    private static List<String> command;

    private CheckBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        command = args.length > 1 ? List.of(args[1])
                : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString());
        if (args.length < 2 && !Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run mvn -q -B package -DskipTests first");
        }
        Files.createDirectories(WORK);
        Path export = WORK.resolve("export-5000.csv");
        Path large = WORK.resolve("rows-100000.csv");
        long exportSize = new ExportGenerator(5_000).write(export, 5_000);
        long largeSize = new ExportGenerator(100_000).write(large, 100_000);
        Path exportBook = WORK.resolve("export-5000.xlsx");
        Path largeBook = WORK.resolve("rows-100000.xlsx");
        long exportBookSize = WorkbookFromCsv.write(export, exportBook);
        long largeBookSize = WorkbookFromCsv.write(large, largeBook);

        System.out.printf(Locale.ROOT, "java %s, %d runs each, %s, median wall time and highest peak RSS%n",
                System.getProperty("java.version"), runs, String.join(" ", command));
        report("--help (JVM start, no file)", List.of("--help"), runs);
        report(String.format(Locale.ROOT, "check 5,000 deals (%.1f MB)", exportSize / 1e6),
                List.of("check", export.toString(), "--format", "json"), runs);
        report(String.format(Locale.ROOT, "check 100,000 rows x 36 columns (%.1f MB)", largeSize / 1e6),
                List.of("check", large.toString(), "--format", "json"), runs);
        report(String.format(Locale.ROOT, "check 5,000 deals, workbook (%.1f MB)", exportBookSize / 1e6),
                List.of("check", exportBook.toString(), "--format", "json"), runs);
        report(String.format(Locale.ROOT, "check 100,000 rows, workbook (%.1f MB)", largeBookSize / 1e6),
                List.of("check", largeBook.toString(), "--format", "json"), runs);
    }

    private static void report(String label, List<String> cliArgs, int runs) throws Exception {
        run(cliArgs, false); // warm the page cache; not counted
        long[] nanos = new long[runs];
        int status = -1;
        for (int i = 0; i < runs; i++) {
            Measurement measurement = run(cliArgs, false);
            nanos[i] = measurement.nanos;
            status = measurement.status;
        }
        // Memory in runs of their own: watching the process tree costs CPU the timed runs should not lose.
        Measurement highest = null;
        for (int i = 0; i < 2; i++) {
            Measurement measurement = run(cliArgs, true);
            highest = highest == null || measurement.peakKb > highest.peakKb ? measurement : highest;
        }
        if (status == 2) {
            throw new IllegalStateException(label + ": the command failed (exit 2)");
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-44s median %5.0f ms  (min %4.0f, max %4.0f)  peak RSS %4d MB (%s)  exit %d%n",
                label, nanos[runs / 2] / 1e6, nanos[0] / 1e6, nanos[runs - 1] / 1e6, highest.peakKb / 1024,
                highest.processes, status);
    }

    private static Measurement run(List<String> cliArgs, boolean watchMemory) throws IOException, InterruptedException {
        IdleMachine.waitForIdleSecond();
        List<String> full = new ArrayList<>(command);
        full.addAll(cliArgs);
        ProcessBuilder builder = new ProcessBuilder(full)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        ProcessTreeMemory memory = watchMemory ? ProcessTreeMemory.watch(process, 2) : null;
        int status = process.waitFor();
        long nanos = System.nanoTime() - start;
        if (memory == null) {
            return new Measurement(nanos, 0, "", status);
        }
        memory.stop();
        return new Measurement(nanos, memory.peakKb(), memory.breakdown(), status);
    }

    private record Measurement(long nanos, long peakKb, String processes, int status) {
    }
}
