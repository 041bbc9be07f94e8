package com.cosellstudio.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Polls the peak resident set size ({@code VmHWM}) of a process and of each of its descendants
 * every {@code pollMillis} while they run, keeping each pid's maximum: their sum is the memory the launch took.
 * Without /proc it finds nothing and reports 0.
 */
public final class ProcessTreeMemory {
    /** In pid order; written by the poller thread only, read after it has ended. */
    private final Map<Long, Long> peaks = new TreeMap<>();
    private final Map<Long, String> commands = new TreeMap<>();
    private final Thread poller;
    private volatile boolean stopped;

    private ProcessTreeMemory(Process process, long pollMillis) {
        poller = new Thread(() -> {
            while (!stopped) {
                poll(process.toHandle());
                process.descendants().forEach(this::poll);
                try {
                    if (process.waitFor(pollMillis, TimeUnit.MILLISECONDS)) {
                        return; // a parent that waits for its child ends last
                    }
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }, "launch-memory");
        poller.setDaemon(true);
    }

    public static ProcessTreeMemory watch(Process process, long pollMillis) {
        ProcessTreeMemory memory = new ProcessTreeMemory(process, pollMillis);
        memory.poller.start();
        return memory;
    }

    private void poll(ProcessHandle handle) {
        OptionalLong kb = ResidentMemory.highWaterMarkKb(handle.pid());
        if (kb.isPresent()) {
            peaks.merge(handle.pid(), kb.getAsLong(), Math::max);
            // The latest name: a child is briefly the spawn helper before it becomes the JVM.
            handle.info().command().ifPresent(command -> commands.put(handle.pid(), Path.of(command).getFileName().toString()));
        }
    }

    /** Stops polling (the processes have ended). */
    public void stop() throws InterruptedException {
        stopped = true;
        poller.join();
    }

    public long peakKb() {
        return peaks.values().stream().mapToLong(Long::longValue).sum();
    }

    public String breakdown() {
        StringJoiner processes = new StringJoiner(" + ");
        peaks.forEach((pid, kb) -> processes.add(commands.getOrDefault(pid, "pid " + pid) + " " + (kb + 512) / 1024 + " MB"));
        return processes.toString();
    }
}
