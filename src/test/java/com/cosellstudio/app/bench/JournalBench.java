package com.cosellstudio.app.bench;

import com.cosellstudio.app.recovery.FileStamp;
import com.cosellstudio.app.recovery.JournalFolder;
import com.cosellstudio.app.recovery.Snapshot;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.rules.pack.RulePacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What keeping the journal costs: the snapshot the UI thread takes (the part the user could feel)
 * and the write beside it, for a document of {@code deals} deals (default 5,000). Median of 50.
 */
public final class JournalBench {
    private JournalBench() {
    }

    public static void main(String[] args) throws Exception {
        int deals = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path folder = Files.createTempDirectory("journal-bench");
        Path file = BenchFiles.generate(folder, deals);
        BulkFile document = new BulkFileReader(RulePacks.shipped().readLimits()).read(file);
        JournalFolder journals = JournalFolder.in(folder);
        long[] snapshot = new long[50];
        long[] write = new long[50];
        for (int i = 0; i < snapshot.length; i++) {
            long started = System.nanoTime();
            Snapshot taken = Snapshot.of(document, FileStamp.of(file), null, null);
            snapshot[i] = System.nanoTime() - started;
            started = System.nanoTime();
            journals.write(taken);
            write[i] = System.nanoTime() - started;
        }
        Arrays.sort(snapshot);
        Arrays.sort(write);
        System.out.printf(Locale.ROOT, "%d deals, %d columns: snapshot on the UI thread %.2f ms (max %.2f), write %.1f ms, journal %d KB%n",
                deals, document.columnCount(), snapshot[25] / 1e6, snapshot[49] / 1e6, write[25] / 1e6,
                Files.size(journals.own()) / 1024);
        journals.delete();
    }
}
