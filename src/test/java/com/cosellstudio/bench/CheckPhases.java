package com.cosellstudio.bench;

import com.cosellstudio.ShippedReader;
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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
        Path input = Path.of(args[0]);
        Phases phases = new Phases();
        RuleEngine engine = RuleEngine.shipped();
        phases.end("engine");

        BulkFile file = ShippedReader.reader().read(input);
        phases.end("read");

        ColumnLayout layout = engine.layout(file.header());
        CheckResult result = engine.check(file);
        phases.end("check");

        IssueMessages messages = IssueMessages.forLocale(Locale.ENGLISH);
        long chars = 0;
        for (Issue issue : result.issues()) {
            chars += messages.render(issue).length();
        }
        phases.end("render");

        CheckReport report = new CheckReport(input.getFileName().toString(), file, result, layout, messages::render);
        new JsonReport().write(report, OutputStream.nullOutputStream());
        phases.end("json(+render)");

        System.out.printf(Locale.ROOT, "%s | %,d rows, %,d issues, %,d chars%n", phases, result.rows(),
                result.issues().size(), chars);
    }

    /**
     * Wall and CPU time of the main thread per phase: on a shared machine the wall time also counts
     * the time other processes had the core, the CPU time only this thread's own work.
     */
    private static final class Phases {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final StringBuilder text = new StringBuilder("wall/cpu ms:");
        private long wall = System.nanoTime();
        private long cpu = threads.getCurrentThreadCpuTime();

        void end(String phase) {
            long nowWall = System.nanoTime();
            long nowCpu = threads.getCurrentThreadCpuTime();
            text.append(String.format(Locale.ROOT, " %s %.0f/%.0f", phase, (nowWall - wall) / 1e6, (nowCpu - cpu) / 1e6));
            wall = nowWall;
            cpu = nowCpu;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
