package com.cosellstudio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** A process's peak resident set size as the kernel keeps it ({@code VmHWM} in {@code /proc/PID/status}). */
public final class ResidentMemory {
    private ResidentMemory() {
    }

    /** The peak RSS of process {@code pid} in kB; empty when it has ended or there is no /proc. */
    public static OptionalLong highWaterMarkKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
            return OptionalLong.empty();
        } catch (IOException | RuntimeException gone) {
            return OptionalLong.empty();
        }
    }
}
