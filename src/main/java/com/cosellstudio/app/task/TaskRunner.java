package com.cosellstudio.app.task;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs loading, checking and saving off the UI thread, one job at a time, and hands the result back
 * on the UI thread. The status bar binds to its progress; the window disables editing while busy.
 */
public interface TaskRunner {

    /**
     * Starts {@code work}; exactly one of the callbacks runs afterwards, on the UI thread.
     *
     * @param title what the status bar says while it runs ("Opening deals.csv…")
     */
    <T> void run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * As {@link #run}, for work the user may stop ({@link #cancel()}: reading a file): the thread
     * running it is interrupted and, instead of the other callbacks, {@code onCancelled} runs at once.
     */
    <T> void runCancellable(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                            Runnable onCancelled);

    /** Stops the cancellable job that runs or waits, if any; returns whether there was one. */
    boolean cancel();

    /** True while a job runs or waits that {@link #cancel()} stops. */
    ReadOnlyBooleanProperty cancellableProperty();

    /**
     * Starts {@code work} without holding the window: not busy, no title, the user goes on editing
     * meanwhile (the work must cope with that). Runs in turn with the other jobs.
     */
    <T> void runBeside(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    ReadOnlyBooleanProperty busyProperty();

    /** 0..1 while a job reports progress, -1 when it cannot tell, 0 when idle. */
    ReadOnlyDoubleProperty progressProperty();

    /** The title of the running job, or "" when idle. */
    ReadOnlyStringProperty titleProperty();
}
