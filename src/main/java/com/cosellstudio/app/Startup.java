package com.cosellstudio.app;

import com.cosellstudio.app.model.LoadedDocument;
import com.cosellstudio.rules.RuleEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Work that need not wait for the window: compiling the rule pack and reading and checking the file
 * named on the command line run in the background from the moment the launcher is called, while the
 * JavaFX toolkit starts and the window is built. The window then only waits for what is left.
 */
public final class Startup {
    private final CompletableFuture<RuleEngine> engine;
    private final Path file;
    private final CompletableFuture<LoadedDocument> firstDocument;

    private Startup(CompletableFuture<RuleEngine> engine, Path file, CompletableFuture<LoadedDocument> firstDocument) {
        this.engine = engine;
        this.file = file;
        this.firstDocument = firstDocument;
    }

    /** Starts the background work for these command-line arguments. */
    public static Startup begin(List<String> arguments, DocumentFiles files) {
        CompletableFuture<RuleEngine> engine = CompletableFuture.supplyAsync(RuleEngine::shipped);
        if (arguments.isEmpty()) {
            engine.whenComplete((compiled, failure) -> ClassWarmUp.start());
            return new Startup(engine, null, null);
        }
        Path file = Path.of(arguments.get(0));
        FirstRead document = new FirstRead(() -> files.readAndCheck(engine.join(), file, progress -> { }));
        // Once this work is done its core is free to load the window's classes (both cores are busy
        // until then: this work and the toolkit starting).
        document.whenComplete((loaded, failure) -> ClassWarmUp.start());
        return new Startup(engine, file, document);
    }

    /** A piece of work that may throw. */
    @FunctionalInterface
    private interface Reading {
        LoadedDocument read() throws Exception;
    }

    /**
     * The reading of the file named on the command line, on a thread of its own: cancelling it
     * (the user pressed Esc or quit while it opened) interrupts that thread, and the readers stop.
     */
    private static final class FirstRead extends CompletableFuture<LoadedDocument> {
        private final Thread thread;

        FirstRead(Reading reading) {
            thread = new Thread(() -> {
                try {
                    complete(reading.read());
                } catch (Exception | OutOfMemoryError e) {
                    completeExceptionally(e);
                }
            }, "cosell-studio-first-file");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (mayInterruptIfRunning) {
                thread.interrupt();
            }
            return cancelled;
        }
    }

    /** The compiled rule pack, waiting for it if it is not ready yet. */
    public RuleEngine engine() {
        return engine.join();
    }

    /** The file named on the command line, or null. */
    public Path file() {
        return file;
    }

    /** Its reading and check, or null when no file was named. */
    public CompletableFuture<LoadedDocument> firstDocument() {
        return firstDocument;
    }
}
