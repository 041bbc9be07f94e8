package com.cosellstudio.bench;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.report.CheckReport;
import com.cosellstudio.report.JsonReport;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.IssueMessages;
import com.cosellstudio.rules.RuleEngine;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Not a test: where one cold {@code check FILE --format json} spends its time, phase by phase and
 * one after the other (the command line overlaps the engine with reading; this does not, so each
 * phase's own cost shows). Run it in a fresh JVM each time, since cold costs are the point:
 *
 * <pre>java -cp target/test-classes:target/cosell-studio.jar com.cosellstudio.bench.CheckPhases FILE [--parallel]</pre>
 */
public final class CheckPhases {

    private CheckPhases() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
        long mainStart = System.currentTimeMillis();
        Path input = Path.of(args[0]);
        long t = System.nanoTime();
        RuleEngine engine = RuleEngine.standard();
        long engineNanos = System.nanoTime() - t;

        t = System.nanoTime();
        BulkFile file = new BulkFileReader().read(input);
        long readNanos = System.nanoTime() - t;

        t = System.nanoTime();
        ColumnLayout layout = engine.layout(file.header());
        CheckResult result = engine.check(file);
        long checkNanos = System.nanoTime() - t;

        t = System.nanoTime();
        IssueMessages messages = IssueMessages.forLocale(Locale.ENGLISH);
        long chars = 0;
        for (Issue issue : result.issues()) {
            chars += messages.render(issue).length();
        }
        long renderNanos = System.nanoTime() - t;

        t = System.nanoTime();
        CheckReport report = new CheckReport(input.getFileName().toString(), file, result, layout, messages::render);
        new JsonReport().write(report, OutputStream.nullOutputStream());
        long jsonNanos = System.nanoTime() - t;

        System.out.printf(Locale.ROOT, "jvm→main %d ms | engine %.0f | read %.0f | check %.0f | render %.0f | json(+render) %.0f ms"
                        + " | %,d rows, %,d issues, %,d chars%n",
                mainStart - jvmStart, engineNanos / 1e6, readNanos / 1e6, checkNanos / 1e6, renderNanos / 1e6,
                jsonNanos / 1e6, result.rows(), result.issues().size(), chars);
    }
}
