package com.cosellstudio.cli;

import com.cosellstudio.report.TerminalText;
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
 * The command line calls {@link #prepareEngine()} as soon as it knows the verb: compiling the pack
 * then runs on a second core while the arguments are parsed and the file is read, which is most of
 * a short run's wall time. Not thread-safe, except {@link #engine()} once the engine is prepared.
 */
public final class CliContext {
    private static final String CLI_BUNDLE = "com.cosellstudio.cli.cli";

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    /** Made on first use: a check that succeeds never needs the command line's own words. */
    private Texts text;
    private final Supplier<RuleEngine> engineSource;
    /** Volatile: once prepared, the engine may be asked for from another thread (the check's second core). */
    private volatile CompletableFuture<RuleEngine> engine;

    public CliContext(PrintStream out, PrintStream err, Locale locale, Supplier<RuleEngine> engineSource) {
        this.out = out;
        this.err = err;
        this.locale = locale;
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
        if (text == null) {
            text = new Texts(CLI_BUNDLE, locale);
        }
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

    /**
     * Prints the one line a failing verb leaves on stderr; a control character a file name or a
     * reader's message carries in is spelled out, so the line stays one line of plain text.
     */
    public void fail(String key, Object... args) {
        err.println(TerminalText.visible(text().get(key, args)));
    }
}
