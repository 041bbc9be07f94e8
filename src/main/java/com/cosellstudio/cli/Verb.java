package com.cosellstudio.cli;

/**
 * One command-line verb ({@code check}, {@code convert}, …). A verb parses nothing itself: the
 * {@link Cli} parses its arguments against {@link #syntax()} and hands them over.
 */
public interface Verb {

    /** The word typed on the command line. */
    String name();

    /** What the verb accepts. */
    Syntax syntax();

    /**
     * Runs the verb. Writes its result on {@code context.out()} and at most one line on
     * {@code context.err()} when it fails.
     *
     * @return the exit status ({@link ExitStatus})
     * @throws UsageException when an argument value is wrong (checked before anything is written)
     */
    int run(Arguments arguments, CliContext context) throws UsageException;

    /** The {@code cli.properties} key of this verb's usage line. */
    default String usageKey() {
        return "usage." + name();
    }
}
