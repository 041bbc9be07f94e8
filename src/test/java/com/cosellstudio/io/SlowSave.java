package com.cosellstudio.io;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A save that never ends, run in its own JVM by {@link UnfinishedSavesTest}: it writes a first
 * megabyte, says so on stdout, and goes on writing slowly until the JVM is ended.
 */
public final class SlowSave {
    private SlowSave() {
    }

    public static void main(String[] args) throws Exception {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'x');
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write(chunk);
            out.flush();
            System.out.println("writing");
            System.out.flush();
            while (true) {
                out.write(chunk, 0, 1024);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }
}
