package com.cosellstudio.bench;

import com.cosellstudio.cli.Cli;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Not a test: one cold command-line run in this JVM, then the CPU time every thread of the process
 * spent (from {@code /proc/self/task}, so the JIT compilers and the garbage collector show too),
 * grouped by kind. On a shared machine wall time says little; this says where the work went.
 *
 * <pre>java -cp target/test-classes:target/cosell-studio.jar com.cosellstudio.bench.ThreadTimes check FILE --format json</pre>
 */
public final class ThreadTimes {
    private static final long TICK_MS = 10; // USER_HZ is 100 on Linux

    private ThreadTimes() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        int status = Cli.standard().run(args, nowhere, System.err);
        long runMs = (System.nanoTime() - start) / 1_000_000;
        long sinceJvmStart = ManagementFactory.getRuntimeMXBean().getUptime();
        Map<String, Long> byKind = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ms = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MS;
                if (ms > 0) {
                    lines.add(String.format(Locale.ROOT, "  %-20s %5d ms", name, ms));
                }
                byKind.merge(kind(name), ms, Long::sum);
            }
        }
        String self = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = self.substring(self.lastIndexOf(')') + 2).split(" ");
        long total = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MS;
        long alive = byKind.values().stream().mapToLong(Long::longValue).sum();
        byKind.values().removeIf(ms -> ms == 0);
        System.out.printf(Locale.ROOT, "exit %d, run %d ms, JVM up %d ms; CPU %d ms: %s, threads that ended %d%n",
                status, runMs, sinceJvmStart, total, byKind, total - alive);
        lines.forEach(System.out::println);
    }

    private static String kind(String thread) {
        if (thread.startsWith("C1 ") || thread.startsWith("C2 ")) {
            return "jit";
        }
        if (thread.startsWith("GC ") || thread.startsWith("G1 ")) {
            return "gc";
        }
        return thread.startsWith("java") || thread.equals("main") ? "main" : thread;
    }
}
