package com.cosellstudio.app.task;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/** The task runner of the window: one daemon worker thread running {@link Task}s in order. */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cosell-studio-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private final Set<Task<?>> cancellableTasks = new LinkedHashSet<>();
    private int running;

    @Override
    public <T> void run(String jobTitle, BackgroundWork<T> work, Consumer<T> onSuccess,
                        Consumer<Throwable> onFailure) {
        start(jobTitle, work, onSuccess, onFailure);
    }

    @Override
    public <T> void runCancellable(String jobTitle, BackgroundWork<T> work, Consumer<T> onSuccess,
                                   Consumer<Throwable> onFailure, Runnable onCancelled) {
        Task<T> task = start(jobTitle, work, onSuccess, onFailure);
        cancellableTasks.add(task);
        cancellable.set(true);
        task.setOnCancelled(event -> {
            finished(task);
            onCancelled.run();
        });
    }

    @Override
    public boolean cancel() {
        List<Task<?>> tasks = new ArrayList<>(cancellableTasks);
        for (Task<?> task : tasks) {
            // Interrupts the worker: the readers stop at their next record.
            task.cancel(true);
        }
        return !tasks.isEmpty();
    }

    private <T> Task<T> start(String jobTitle, BackgroundWork<T> work, Consumer<T> onSuccess,
                              Consumer<Throwable> onFailure) {
        Task<T> task = taskOf(work, true);
        running++;
        busy.set(true);
        title.set(jobTitle);
        progress.bind(task.progressProperty());
        task.setOnSucceeded(event -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finished(task);
            onFailure.accept(task.getException());
        });
        executor.execute(task);
        return task;
    }

    @Override
    public <T> void runBeside(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = taskOf(work, false);
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        executor.execute(task);
    }

    /** {@code work} as a JavaFX task; one that {@code showsProgress} starts indeterminate. */
    private static <T> Task<T> taskOf(BackgroundWork<T> work, boolean showsProgress) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                if (!showsProgress) {
                    return work.run(fraction -> { });
                }
                updateProgress(-1, 1);
                return work.run(fraction -> updateProgress(fraction, 1.0));
            }
        };
    }

    private void finished(Task<?> task) {
        cancellableTasks.remove(task);
        cancellable.set(!cancellableTasks.isEmpty());
        running--;
        if (running == 0) {
            progress.unbind();
            progress.set(0);
            title.set("");
            busy.set(false);
        }
    }

    @Override
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
