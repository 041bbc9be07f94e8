package com.cosellstudio.cli;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.io.RowSink;
import com.cosellstudio.io.UnreadableFileException;
import com.cosellstudio.rules.CheckRun;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.RuleEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Reads a file and checks it at the same time, on two cores: the calling thread parses the file and
 * hands the rows over in batches; a second thread checks them with the engine's {@link CheckRun}
 * as they come, keeping only the issues and what the file-level checks need. Unless asked to keep
 * them (a report that shows the rows), the rows are dropped once checked, so memory stays flat
 * however large the file. The result is the one {@link RuleEngine#check} gives for the whole file.
 *
 * <p>The checking thread waits for the engine, which is still being compiled while the first rows
 * are read; the bounded queue between the two holds the reader back if it gets too far ahead.
 */
final class StreamedCheck {
    /** Rows handed over at once: enough to make the hand-over cost nothing, few enough to start early. */
    static final int BATCH_ROWS = 512;
    /** Batches waiting at most (some 16,000 rows): the reader stops there until the checker catches up. */
    private static final int QUEUE_BATCHES = 32;

    /** The outcome of a check of a file that could be read. */
    record Outcome(BulkFile file, ColumnLayout layout, CheckResult result) {
        /** Whether the header names at least one column of the template (else this is no bulk file). */
        boolean isBulkFile() {
            return layout.recognisesAnyColumn();
        }
    }

    private final Supplier<RuleEngine> engine;
    private final boolean keepRows;

    /**
     * @param engine   gives the engine, waiting for it if need be; asked on the checking thread
     * @param keepRows whether the outcome's file holds the rows (else it has the header and no rows)
     */
    StreamedCheck(Supplier<RuleEngine> engine, boolean keepRows) {
        this.engine = engine;
        this.keepRows = keepRows;
    }

    /**
     * Reads {@code input} on this thread while the second checks it; returns when the file is read,
     * the checker possibly still at work, so this thread can prepare what comes next meanwhile.
     * Once the checker has seen that the header names no column of the template it needs no more
     * rows, and reading stops there.
     */
    Checking read(Path input) throws UnreadableFileException {
        Feed feed = new Feed();
        FutureTask<Checked> checking = new FutureTask<>(() -> check(feed));
        Thread checker = new Thread(checking, "cosell-check");
        checker.setDaemon(true);
        checker.start();
        try {
            new BulkFileReader().stream(input, feed);
            feed.flush();
        } catch (StopReading stop) {
            // The checker needs no more rows: its result says why.
        } finally {
            feed.end();
        }
        return new Checking(input, feed, checking);
    }

    /** A file read, its check still going on, perhaps. */
    final class Checking {
        private final Path input;
        private final Feed feed;
        private final FutureTask<Checked> checking;

        private Checking(Path input, Feed feed, FutureTask<Checked> checking) {
            this.input = input;
            this.feed = feed;
            this.checking = checking;
        }

        /**
         * Waits for the checker. A file whose header names no column of the template has
         * {@link Outcome#isBulkFile()} false and no result.
         */
        Outcome await() {
            Checked checked = join(checking);
            List<Row> rows = keepRows && checked.result != null ? feed.kept : new ArrayList<>();
            BulkFile file = new BulkFile(input, feed.source, feed.header, rows);
            return new Outcome(file, checked.layout, checked.result);
        }
    }

    /** Reads and checks {@code input}: {@link #read} and then {@link Checking#await}. */
    Outcome run(Path input) throws UnreadableFileException {
        return read(input).await();
    }

    /**
     * The checking thread: a run per header (a file read again as Windows-1252 starts over), fed
     * batch by batch. It takes every message up to the end whatever happens, so the reader is never
     * left waiting on a full queue; a failure is thrown once the end is reached.
     */
    private Checked check(Feed feed) throws InterruptedException {
        RuleEngine rules = null;
        ColumnLayout layout = null;
        CheckRun run = null;
        Throwable failure = null;
        for (Message message = feed.queue.take(); message != Message.END; message = feed.queue.take()) {
            try {
                if (failure != null) {
                    continue;
                }
                if (message.header != null) {
                    rules = rules == null ? engine.get() : rules;
                    layout = rules.layout(message.header);
                    run = rules.startCheck(layout);
                    if (!layout.recognisesAnyColumn()) {
                        feed.refusedGeneration = message.generation;
                    }
                } else if (layout.recognisesAnyColumn()) {
                    for (Row row : message.rows) {
                        run.add(row);
                    }
                }
            } catch (RuntimeException | Error e) {
                failure = e;
                feed.failed = true;
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        boolean bulk = layout != null && layout.recognisesAnyColumn();
        return new Checked(layout, bulk ? run.finish() : null);
    }

    private static Checked join(FutureTask<Checked> checking) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return checking.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Checked(ColumnLayout layout, CheckResult result) {
    }

    /** What goes from the reader to the checker: a header (start a run), a batch of rows, or the end. */
    private static final class Message {
        static final Message END = new Message(0, null, null);

        /** Which header of the file this is: 2 when the file is read again as Windows-1252. */
        final int generation;
        final List<String> header;
        final List<Row> rows;

        Message(int generation, List<String> header, List<Row> rows) {
            this.generation = generation;
            this.header = header;
            this.rows = rows;
        }
    }

    /** Thrown from the sink to stop reading when the checker needs no more rows. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    /** The reading side: batches the rows the reader delivers and queues them for the checker. */
    private final class Feed implements RowSink {
        final BlockingQueue<Message> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
        /** Set by the checker to the generation of a header that names no template column. */
        volatile int refusedGeneration;
        /** Set by the checker when it failed: it needs no more rows. */
        volatile boolean failed;
        private int generation;
        SourceInfo source;
        List<String> header;
        List<Row> kept = new ArrayList<>();
        private List<Row> batch = new ArrayList<>(BATCH_ROWS);

        @Override
        public void begin(SourceInfo source, List<String> header) {
            this.source = source;
            this.header = header;
            put(new Message(++generation, header, null));
        }

        @Override
        public void row(Row row) {
            if (failed || refusedGeneration == generation) {
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
        public void restart() {
            // The next begin() starts the checker over; what is waiting here was decoded wrongly.
            batch = new ArrayList<>(BATCH_ROWS);
            kept = new ArrayList<>();
        }

        void flush() {
            if (!batch.isEmpty()) {
                put(new Message(generation, null, batch));
                batch = new ArrayList<>(BATCH_ROWS);
            }
        }

        void end() {
            put(Message.END);
        }

        private void put(Message message) {
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
