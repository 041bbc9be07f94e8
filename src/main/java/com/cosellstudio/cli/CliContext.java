package com.cosellstudio.cli;

import com.cosellstudio.report.Texts;
import com.cosellstudio.rules.RuleEngine;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What a verb may use: where to print, the command line's words, and the rule engine (compiled on
 * first use, so {@code --help} and argument errors do not pay for loading the rule pack).
 */
public final class CliContext {
    private static final String CLI_BUNDLE = "com.cosellstudio.cli.cli";

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final Texts text;
    private final Supplier<RuleEngine> engineSource;
    private RuleEngine engine;

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

    public RuleEngine engine() {
        if (engine == null) {
            engine = engineSource.get();
        }
        return engine;
    }

    /** Prints the one line a failing verb leaves on stderr. */
    public void fail(String key, Object... args) {
        err.println(text.get(key, args));
    }
}
