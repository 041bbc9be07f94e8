package com.cosellstudio.cli;

import com.cosellstudio.report.Texts;
import com.cosellstudio.rules.RuleEngine;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * What a verb may use: where to print, the command line's words, and the rule engine (compiled on
 * first use, so {@code --help} and argument errors do not pay for loading the rule pack).
 * A verb that reads a file first calls {@link #prepareEngine()}: compiling the pack (Jackson and all)
 * then runs on a second core while the file is read, which is most of a short run's wall time.
 */
public final class CliContext {
    private static final String CLI_BUNDLE = "com.cosellstudio.cli.cli";

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final Texts text;
    private final Supplier<RuleEngine> engineSource;
    private CompletableFuture<RuleEngine> engine;

    public CliContext(PrintStream out, PrintStream err, Locale locale, Supplier<RuleEngine> engineSource) {
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.text = new Texts(CLI_BUNDLE, locale);
        this.engineSource = engineSource;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public Locale locale() {
        return locale;
    }

    public Texts text() {
        return text;
    }

    /** Starts compiling the rule engine in the background, if nothing has asked for it yet. */
    public void prepareEngine() {
        if (engine == null) {
            engine = CompletableFuture.supplyAsync(engineSource);
        }
    }

    /** The rule engine, waiting for {@link #prepareEngine()} to finish or compiling it now. */
    public RuleEngine engine() {
        if (engine == null) {
            engine = CompletableFuture.completedFuture(engineSource.get());
        }
        try {
            return engine.join();
        } catch (CompletionException e) {
            // Let the failure surface as if it had happened on this thread.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Prints the one line a failing verb leaves on stderr. */
    public void fail(String key, Object... args) {
        err.println(text.get(key, args));
    }
}
