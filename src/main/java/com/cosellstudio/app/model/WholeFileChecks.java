package com.cosellstudio.app.model;

import com.cosellstudio.app.task.BackgroundWork;
import java.util.function.Consumer;

/**
 * Where the check of every row runs after the columns change: right here (the default, and what
 * the model's tests use), or off the UI thread, as the window does it.
 */
@FunctionalInterface
public interface WholeFileChecks {
    /** Runs {@code check}, then hands its result to {@code apply} on the thread that owns the document. */
    void run(BackgroundWork<CheckedRows> check, Consumer<CheckedRows> apply);

    WholeFileChecks HERE = (check, apply) -> {
        try {
            apply.accept(check.run(progress -> { }));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    };
}
