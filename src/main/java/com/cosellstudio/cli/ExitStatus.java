package com.cosellstudio.cli;

/** Exit statuses of the command line (spec section 9); scripts depend on these numbers. */
public final class ExitStatus {
    /** Done; for {@code check}: no errors (warnings allowed). */
    public static final int OK = 0;
    /** {@code check} found at least one error. */
    public static final int ERRORS_FOUND = 1;
    /** The input could not be read, an output could not be written, or the arguments are wrong. */
    public static final int FAILURE = 2;

    private ExitStatus() {
    }
}
