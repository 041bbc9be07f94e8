package com.cosellstudio.rules;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Not a test: a timing run of the engine over 100,000 rows × 36 columns made from the valid sample
 * (run with {@code java -cp target/classes:target/test-classes:<deps> com.cosellstudio.rules.RuleEngineTiming}).
 * Prints the CPU time of a whole-file check, the first (cold, interpreted) round and warmed-up ones.
 */
public final class RuleEngineTiming {

    private RuleEngineTiming() {
    }

    public static void main(String[] args) {
        RuleEngine engine = RuleEngine.shipped(Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));
        BulkFile sample = SampleFiles.read("deals-valid.csv");
        List<Row> rows = new ArrayList<>();
        int referral = sample.header().indexOf("Referral ID");
        for (int i = 0; i < 100_000; i++) {
            Row row = sample.rows().get(i % sample.rowCount()).copy();
            if (!row.get(referral).isEmpty()) {
                row.set(referral, new UUID(0x2743314b1d3a4005L, i).toString()); // one deal per ID, as in a real export
            }
            rows.add(row);
        }
        BulkFile big = new BulkFile(null, sample.source(), sample.header(), rows);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 5; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            CheckResult result = engine.check(big);
            long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            long wallMs = (System.nanoTime() - wall) / 1_000_000;
            System.out.printf("round %d: %,d rows x %d columns checked in %d ms CPU (%d ms wall), %,d issues%n",
                    round, result.rows(), big.columnCount(), cpuMs, wallMs, result.issues().size());
        }
        ColumnLayout layout = engine.layout(big.header());
        long cpu = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < rows.size(); r++) {
            engine.checkRow(layout, rows.get(r), r + 1);
        }
        System.out.printf("checkRow only: %.2f µs CPU per row%n",
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000.0 / rows.size());
    }
}
