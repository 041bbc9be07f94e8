package com.cosellstudio.app.recovery;

import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.GridDocument;
import com.cosellstudio.roundtrip.Baseline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Keeps the unsaved state of the window's document in this process's journal: a few seconds after
 * the last change (not on every key) a {@link Snapshot} is taken on the UI thread and written on a
 * thread of its own. A document with nothing unsaved has no journal; a clean close leaves none.
 * When the process is ended (logout, shutdown: SIGTERM) with unsaved changes, the newest state is
 * written before it goes.
 */
public final class RecoveryJournal {
    /** How long the user must pause before the state is written. */
    public static final Duration IDLE = Duration.seconds(2);
    /** How long ending the process waits for the UI thread to hand over the newest state. */
    private static final long HANDOVER_MILLIS = 500;
    /** How long a clean close waits for the journal to go (a write under way finishes first). */
    private static final long CLOSE_MILLIS = 5000;

    private final DocumentViewModel viewModel;
    private final JournalFolder folder;
    private final PauseTransition idle;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "cosell-studio-journal");
        thread.setDaemon(true);
        return thread;
    });
    private final Object disk = new Object();
    /** UI thread: the document's file as the document last matched it. */
    private FileStamp stamp;
    /** Numbers each state handed to the disk, so that an older one never overwrites a newer one. */
    private final AtomicLong handed = new AtomicLong();
    /** Guarded by {@link #disk}: the number of the state on disk. */
    private long onDisk;
    /** The latest state taken, for ending the process when the UI thread cannot answer; null when nothing is unsaved. */
    private volatile Numbered ready;
    private volatile boolean closed;
    /** UI thread: whether a state was handed to the disk since the journal was last deleted. */
    private boolean mayBeOnDisk;
    private Consumer<IOException> onFailure = failure -> { };
    private boolean failureTold;

    private record Numbered(Snapshot snapshot, long number) {
    }

    public RecoveryJournal(DocumentViewModel viewModel, JournalFolder folder, Duration idleTime) {
        this.viewModel = viewModel;
        this.folder = folder;
        this.idle = new PauseTransition(idleTime);
        idle.setOnFinished(event -> writeNow());
        GridDocument document = viewModel.document();
        // Both: the history ticks before it says whether the document is unsaved now.
        viewModel.undoStack().revisionProperty().addListener((obs, old, now) -> historyChanged());
        viewModel.undoStack().dirtyProperty().addListener((obs, old, now) -> historyChanged());
        // Not steps of the history, but part of what is restored.
        document.baselineProperty().addListener((obs, old, now) -> changed());
        document.columnsRevisionProperty().addListener((obs, old, now) -> changed());
        stamp = FileStamp.of(viewModel.pathProperty().get());
    }

    public RecoveryJournal(DocumentViewModel viewModel, JournalFolder folder) {
        this(viewModel, folder, IDLE);
    }

    /** What to do when the journal cannot be written (told once a session, on the UI thread). */
    public void setOnFailure(Consumer<IOException> onFailure) {
        this.onFailure = onFailure;
    }

    /** Writes the newest state when the process is ended before the window is closed. */
    public void watchShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::processEnding, "cosell-studio-journal-exit"));
    }

    private void historyChanged() {
        if (!viewModel.undoStack().isDirty()) {
            // Opened, saved, or undone back to the saved state: the document is its file again.
            stamp = FileStamp.of(viewModel.pathProperty().get());
        }
        changed();
    }

    private void changed() {
        if (closed) {
            return;
        }
        if (viewModel.undoStack().isDirty()) {
            idle.playFromStart();
            return;
        }
        idle.stop();
        if (mayBeOnDisk) {
            mayBeOnDisk = false;
            ready = null;
            long number = handed.incrementAndGet();
            writer.execute(() -> delete(number));
        }
    }

    /** Takes the state now and hands it to the disk (after the pause, or at once after a restore). */
    public void writeNow() {
        if (!unsaved()) {
            return;
        }
        Numbered state = take();
        ready = state;
        mayBeOnDisk = true;
        writer.execute(() -> write(state));
    }

    /** Takes the state now and writes it, then removes {@code replaced} (a journal of another process restored here). */
    public void adopt(Path replaced) {
        if (!unsaved()) {
            return;
        }
        // Written now: the pause that the restore's changes started would write the same again.
        idle.stop();
        Numbered state = take();
        ready = state;
        mayBeOnDisk = true;
        writer.execute(() -> {
            if (write(state)) {
                try {
                    JournalFolder.remove(replaced);
                } catch (IOException e) {
                    failed(e);
                }
            }
        });
    }

    private Numbered take() {
        GridDocument document = viewModel.document();
        Baseline baseline = document.baselineProperty().get();
        Snapshot snapshot = Snapshot.of(document.file(), stamp, baseline == null ? null : baseline.source(),
                document.chosenRevision());
        return new Numbered(snapshot, handed.incrementAndGet());
    }

    /** Sets the stamp a restored document carries: its file as it was before the crash, not as it is now. */
    public void restoredFrom(Snapshot snapshot) {
        stamp = snapshot.stamp();
    }

    /**
     * The window closes with nothing unsaved, or with changes the user chose not to save: the
     * journal goes, and ending the process writes nothing.
     */
    public void closeCleanly() {
        closed = true;
        idle.stop();
        ready = null;
        long number = handed.incrementAndGet();
        try {
            writer.submit(() -> delete(number)).get(CLOSE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // The journal outlives the window: the next start offers what is in it, which is no loss.
        }
    }

    /** Whether the state is on disk (or a newer one is). */
    private boolean write(Numbered state) {
        synchronized (disk) {
            if (state.number() < onDisk) {
                return true;
            }
            try {
                folder.write(state.snapshot());
                onDisk = state.number();
                return true;
            } catch (IOException e) {
                failed(e);
                return false;
            }
        }
    }

    private void delete(long number) {
        synchronized (disk) {
            if (number < onDisk) {
                return;
            }
            try {
                folder.delete();
                onDisk = number;
            } catch (IOException e) {
                failed(e);
            }
        }
    }

    private void failed(IOException failure) {
        Platform.runLater(() -> {
            if (!failureTold) {
                failureTold = true;
                onFailure.accept(failure);
            }
        });
    }

    /**
     * The shutdown hook: asks the UI thread for the newest state and waits a little for it. JavaFX
     * ends its own toolkit in a hook of its own, after which nothing more runs on the UI thread (and
     * so nothing changes the document): then the state is taken here. Should even that fail, the
     * latest state taken is written.
     */
    private void processEnding() {
        if (closed) {
            return;
        }
        Numbered state = ready;
        try {
            CompletableFuture<Numbered> handover = new CompletableFuture<>();
            Platform.runLater(() -> handover.complete(unsaved() ? take() : null));
            state = handover.get(HANDOVER_MILLIS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            state = takeHere(state);
        }
        if (state != null) {
            write(state);
        }
    }

    private Numbered takeHere(Numbered latest) {
        try {
            return unsaved() ? take() : null;
        } catch (RuntimeException e) {
            return latest;
        }
    }

    private boolean unsaved() {
        return !closed && viewModel.undoStack().isDirty() && viewModel.hasDocument();
    }
}
