package com.cosellstudio.cli;

/**
 * What the command line says when a run ends in a way no verb planned for: running out of memory
 * (never the file's fault, so never worded as if it were) or a bug of ours. Either way one line on
 * stderr naming the file, and {@link ExitStatus#FAILURE}: a script's log gets no stack trace.
 */
final class Unexpected {
    /** How deep a chain of causes is followed (a chain may loop). */
    private static final int MAX_CAUSES = 32;

    private Unexpected() {
    }

    /** Whether running out of memory is what {@code failure} comes down to (a library may have wrapped it). */
    static boolean isOutOfMemory(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }

    /**
     * Prints the line for {@code failure} of {@code verb} working on {@code file} (null: none named)
     * and gives the exit status.
     */
    static int report(Throwable failure, String verb, String file, CliContext context) {
        if (isOutOfMemory(failure)) {
            reportOutOfMemory(verb, file, context);
        } else if (file == null) {
            context.fail("error.internal", verb, String.valueOf(failure));
        } else {
            context.fail("error.internal.file", verb, file, String.valueOf(failure));
        }
        return ExitStatus.FAILURE;
    }

    /** The line for running out of memory: how much there was, and how to give more. */
    static void reportOutOfMemory(String verb, String file, CliContext context) {
        long megabytes = Runtime.getRuntime().maxMemory() >> 20;
        if (file == null) {
            context.fail("error.outOfMemory.noFile", verb, megabytes);
        } else {
            context.fail("error.outOfMemory", verb, file, megabytes);
        }
    }
}
