package com.cosellstudio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Waits for a quiet machine before a timed run. The machine may be shared (other builds): each run
 * waits, up to 20 seconds, for a second in which the machine was at least 90 % idle
 * ({@code /proc/stat}), so that the figures measure the program rather than its neighbours.
 */
public final class IdleMachine {
    private static final Path STAT = Path.of("/proc/stat");

    private IdleMachine() {
    }

    /**
     * Waits until a second passes with the machine at least 90 % idle, or 20 seconds have gone.
     *
     * @return false when it gave up (the machine stayed busy), true otherwise (also without /proc)
     */
    public static boolean waitForIdleSecond() throws InterruptedException {
        if (!Files.isReadable(STAT)) {
            return true;
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            long[] before = cpuTicks();
            Thread.sleep(1000);
            long[] after = cpuTicks();
            long total = after[0] - before[0];
            if (total > 0 && 100 * (after[1] - before[1]) >= 90 * total) {
                return true;
            }
        }
        return false;
    }

    /** All CPU ticks and the idle ones (idle + iowait) from the first line of /proc/stat; zeros without it. */
    public static long[] cpuTicks() {
        try {
            String[] fields = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
        } catch (IOException | RuntimeException unreadable) {
            return new long[] {0, 0};
        }
    }
}
