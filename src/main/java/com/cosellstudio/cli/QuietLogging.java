package com.cosellstudio.cli;

/**
 * The command line's java.util.logging configuration: no handler at all. The JDK's default one
 * prints every warning on stderr, where a library's log line (POI's arrive through log4j-to-jul)
 * would stand beside our one-line message; the command line keeps no log file either.
 */
public final class QuietLogging {
    private static final String CONFIG_CLASS = "java.util.logging.config.class";

    /**
     * Named as the configuration class, java.util.logging makes one instead of reading the JDK's
     * logging.properties, and configures nothing else: the root logger has no handler.
     */
    public QuietLogging() {
        // Nothing configured is the configuration.
    }

    /**
     * Takes effect when java.util.logging first starts, which costs a CSV check nothing: only a
     * library that logs starts it. A configuration the user named on the command line is kept.
     */
    public static void install() {
        if (System.getProperty(CONFIG_CLASS) == null && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty(CONFIG_CLASS, QuietLogging.class.getName());
        }
    }
}
