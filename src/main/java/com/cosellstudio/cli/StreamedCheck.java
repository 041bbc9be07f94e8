package com.cosellstudio.cli;

import com.cosellstudio.rules.pack.RulePacks;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.io.RowSink;
import com.cosellstudio.io.UnreadableFileException;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.CheckRun;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.RuleEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Reads a file and checks it at the same time, on both cores. The calling thread parses the file
 * and hands its rows over in batches; a second thread checks them as they come, with the engine's
 * own {@link CheckRun}; when the checker falls behind, and once the file is read, the calling
 * thread checks batches too. Only the issues and what the file-level checks need are kept: unless
 * asked to keep them (for a report that shows the rows), rows are dropped once checked, so memory
 * stays flat however large the file. The result is the one {@link RuleEngine#check} gives for the whole file.
 *
 * <p>The rows of a batch are checked on either thread ({@link CheckRun#checkRow} needs no other
 * row), but added to the run strictly in file order, under the run's lock, by whichever thread
 * completes the next batch due. The bounded queue holds the reader back if it gets too far ahead,
 * for instance while the engine is still being compiled.
 */
final class StreamedCheck {
    /** Rows handed over at once: enough to make the hand-over cost nothing, few enough to start early. */
    static final int BATCH_ROWS = 256;
    /**
     * Batches waiting at most (2,048 rows). Short, because every garbage collection copies the rows
     * waiting here; once the engine is there, a full queue does not hold the reader up anyway
     * (it checks a batch itself), and before, the engine's compilation needs the core more.
     */
    private static final int QUEUE_BATCHES = 8;

    /** The outcome of a check of a file that could be read. */
    record Outcome(BulkFile file, ColumnLayout layout, CheckResult result) {
        /** Whether the header names at least one column of the template (else this is no bulk file). */
        boolean isBulkFile() {
            return layout.recognisesAnyColumn();
        }
    }

    private final Supplier<RuleEngine> engine;
    private final String revision;
    private final boolean keepRows;
    private final int queueBatches;

    /**
     * @param engine   gives the engine, waiting for it if need be; asked on the checking threads
     * @param revision the template revision to check the file as, or null for the one its header tells
     * @param keepRows whether the outcome's file holds the rows (else it has the header and no rows)
     */
    StreamedCheck(Supplier<RuleEngine> engine, String revision, boolean keepRows) {
        this(engine, revision, keepRows, QUEUE_BATCHES);
    }

    /** With a queue of {@code queueBatches} batches (tests use a short one, so that the reader often checks too). */
    StreamedCheck(Supplier<RuleEngine> engine, String revision, boolean keepRows, int queueBatches) {
        this.engine = engine;
        this.revision = revision;
        this.keepRows = keepRows;
        this.queueBatches = queueBatches;
    }

    /**
     * Reads {@code input} on this thread while the second one checks; returns when the file is read,
     * the check possibly still going on ({@link Checking#await()} joins in). Once a checker has seen
     * that the header names no column of the template, no more rows are needed and reading stops.
     */
    Checking read(Path input) throws UnreadableFileException {
        Feed feed = new Feed();
        CountDownLatch checker = new CountDownLatch(1);
        Thread thread = new Thread(new SecondChecker(feed, checker), "cosell-check");
        thread.setDaemon(true);
        thread.start();
        try {
            new BulkFileReader(RulePacks.shipped().readLimits()).stream(input, feed);
            feed.flush();
        } catch (StopReading stop) {
            // The checkers need no more rows: the outcome says why.
        } finally {
            feed.put(Batch.END);
        }
        return new Checking(input, feed, checker);
    }

    /** Reads and checks {@code input}: {@link #read} and then {@link Checking#await}. */
    Outcome run(Path input) throws UnreadableFileException {
        return read(input).await();
    }

    /**
     * The second thread's work: checking until the end, whatever happens. Anything thrown on it,
     * running out of memory while taking a batch included, is kept for the calling thread to
     * rethrow, and the thread goes on taking batches until the end, so that the reader is never
     * left waiting on a full queue and the end is passed on.
     */
    private record SecondChecker(Feed feed, CountDownLatch done) implements Runnable {
        @Override
        public void run() {
            try {
                boolean atEnd = false;
                while (true) {
                    try {
                        if (!atEnd) {
                            feed.checkUntilEnd();
                            atEnd = true;
                        }
                        feed.put(Batch.END);
                        return;
                    } catch (Throwable e) {
                        feed.fail(e);
                    }
                }
            } finally {
                done.countDown();
            }
        }
    }

    /** A file read, its check perhaps still going on. */
    final class Checking {
        private final Path input;
        private final Feed feed;
        private final CountDownLatch checker;

        private Checking(Path input, Feed feed, CountDownLatch checker) {
            this.input = input;
            this.feed = feed;
            this.checker = checker;
        }

        /**
         * Checks along with the second thread until every batch is done, then gives the outcome.
         * A file whose header names no column of the template has {@link Outcome#isBulkFile()}
         * false and no result.
         */
        Outcome await() {
            feed.work();
            join(checker);
            feed.rethrowFailure();
            Pass pass = feed.pass;
            ColumnLayout layout = pass.layout(); // a file of a header alone has had no batch to resolve it
            List<Row> rows = keepRows && !pass.refused ? feed.kept : new ArrayList<>();
            List<String> header = feed.header;
            if (keepRows && !feed.extraHeaders.isEmpty()) {
                // The rows were checked against the header the file has; the report shows their
                // cells past it too, under the columns the reader added.
                header = new ArrayList<>(header);
                header.addAll(feed.extraHeaders);
                layout = engine.get().layout(header, revision).forSource(feed.source);
            }
            BulkFile file = new BulkFile(input, feed.source, header, rows);
            CheckResult result = pass.refused ? null : pass.finish();
            return new Outcome(file, layout, result);
        }
    }

    private static void join(CountDownLatch checker) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    checker.await();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * One pass over the file: its header and the run its rows go into. A file that turns out to be
     * Windows-1252 is read a second time, in a new pass; the first pass is then dropped.
     */
    private final class Pass {
        final List<String> header;
        final SourceInfo source;
        /** Set by the reader when the file is read again: batches of this pass are skipped. */
        volatile boolean dropped;
        /** Set by a checker when the header names no template column: no more rows are wanted. */
        volatile boolean refused;
        private ColumnLayout layout;
        private CheckRun run;
        // Guarded by this pass: the batches checked out of order, the next one due.
        private final Map<Integer, Batch> waiting = new HashMap<>();
        private int due;

        Pass(SourceInfo source, List<String> header) {
            this.source = source;
            this.header = header;
        }

        /** Whether the header is resolved already (the engine is there), so checking need not wait. */
        synchronized boolean resolved() {
            return layout != null;
        }

        /** The header resolved, by the first checker to get here (the others wait for it). */
        synchronized ColumnLayout layout() {
            if (layout == null) {
                layout = engine.get().layout(header, revision).forSource(source);
                run = engine.get().startCheck(layout);
                refused = !layout.recognisesAnyColumn();
            }
            return layout;
        }

        /** Checks a batch's rows; called on any checker, outside the lock. */
        void check(Batch batch) {
            CheckRun checks;
            synchronized (this) {
                checks = run;
            }
            batch.issues = new ArrayList<>(batch.rows.size());
            for (int i = 0; i < batch.rows.size(); i++) {
                batch.issues.add(checks.checkRow(batch.rows.get(i), batch.firstRow + i));
            }
        }

        /** Adds the batch, and every batch waiting after it, to the run in file order. */
        synchronized void add(Batch batch) {
            waiting.put(batch.sequence, batch);
            for (Batch next = waiting.remove(due); next != null; next = waiting.remove(due)) {
                for (int i = 0; i < next.rows.size(); i++) {
                    run.add(next.rows.get(i), next.issues.get(i));
                }
                due++;
            }
        }

        synchronized CheckResult finish() {
            return run.finish();
        }
    }

    /** What goes from the reader to the checkers: rows of one pass, numbered; or the end. */
    private static final class Batch {
        static final Batch END = new Batch(null, -1, 0, List.of());

        final Pass pass;
        /** 0 for a pass's first batch, then 1, 2, ... */
        final int sequence;
        /** The row number of the first row. */
        final int firstRow;
        final List<Row> rows;
        /** Filled by the checker: each row's issues. */
        List<List<Issue>> issues;

        Batch(Pass pass, int sequence, int firstRow, List<Row> rows) {
            this.pass = pass;
            this.sequence = sequence;
            this.firstRow = firstRow;
            this.rows = rows;
        }
    }

    /** Thrown from the sink to stop reading when the checkers need no more rows. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    /** The reading side batches the rows and queues them; {@link #work()} is the checking side. */
    private final class Feed implements RowSink {
        private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(queueBatches);
        /** The first failure of a checker; then the others only take batches until the end. */
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        // The reader's own state.
        SourceInfo source;
        List<String> header;
        List<Row> kept = new ArrayList<>();
        List<String> extraHeaders = List.of();
        volatile Pass pass;
        private List<Row> batch = new ArrayList<>(BATCH_ROWS);
        private int batches;
        private int queuedRows;

        @Override
        public void begin(SourceInfo source, List<String> header) {
            this.source = source;
            this.header = header;
            pass = new Pass(source, header);
            batches = 0;
            queuedRows = 0;
        }

        @Override
        public void row(Row row) {
            if (failure.get() != null || pass.refused) {
                throw new StopReading();
            }
            if (keepRows) {
                kept.add(row);
            }
            batch.add(row);
            if (batch.size() == BATCH_ROWS) {
                flush();
            }
        }

        @Override
        public boolean keepsRows() {
            return keepRows;
        }

        @Override
        public void headerExtended(List<String> added) {
            extraHeaders = added;
        }

        @Override
        public void restart() {
            // What was read so far was decoded wrongly: the next begin() starts a new pass.
            pass.dropped = true;
            batch = new ArrayList<>(BATCH_ROWS);
            kept = new ArrayList<>();
            extraHeaders = List.of();
        }

        /**
         * Queues the rows read since the last batch. A full queue means the checker is behind:
         * rather than wait, the reader then checks a waiting batch itself (once the engine is
         * there; before, only waiting makes sense), so both cores stay busy.
         */
        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            Batch full = new Batch(pass, batches++, queuedRows + 1, batch);
            queuedRows += batch.size();
            batch = new ArrayList<>(BATCH_ROWS);
            while (!queue.offer(full)) {
                Batch waiting = pass.resolved() ? queue.poll() : null;
                if (waiting == null) {
                    put(full);
                    return;
                }
                process(waiting);
            }
        }

        /**
         * Checks batches until the end. Every batch is taken whatever happens, so the reader is
         * never left waiting on a full queue; the end is put back for the other checker.
         */
        void work() {
            checkUntilEnd();
            put(Batch.END);
        }

        /** Checks batches until the end is taken (and not yet put back). */
        void checkUntilEnd() {
            Batch next;
            while ((next = take()) != Batch.END) {
                process(next);
            }
        }

        /** Checks a batch and adds it to its pass; skips it after a failure or when its pass was dropped. */
        private void process(Batch next) {
            Pass of = next.pass;
            if (failure.get() != null || of.dropped) {
                return;
            }
            try {
                if (of.layout().recognisesAnyColumn()) {
                    of.check(next);
                    of.add(next);
                }
            } catch (RuntimeException | Error e) {
                fail(e);
            }
        }

        /** Keeps the first failure; allocates nothing, as it may follow running out of memory. */
        void fail(Throwable e) {
            failure.compareAndSet(null, e);
        }

        /** The first failure of a checker, on the caller's thread. */
        void rethrowFailure() {
            Throwable first = failure.get();
            if (first instanceof RuntimeException e) {
                throw e;
            }
            if (first instanceof Error e) {
                throw e;
            }
            if (first != null) {
                throw new IllegalStateException(first);
            }
        }

        private Batch take() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return queue.take();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        void put(Batch message) {
            boolean interrupted = false;
            while (true) {
                try {
                    queue.put(message);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
