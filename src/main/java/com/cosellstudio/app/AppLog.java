package com.cosellstudio.app;

import com.cosellstudio.app.recovery.DataFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * The window's one log: java.util.logging (behind {@code System.Logger} for our code, and behind
 * log4j-to-jul for POI) written to rolling files in the user's data folder, beside the recovery
 * journal. Set up in code, so nobody has to know about a logging.properties.
 */
public final class AppLog {
    /** Each file's size before the next is started, and how many are kept. */
    static final int FILE_LIMIT = 1 << 20;
    static final int FILE_COUNT = 5;
    static final String FILE_PATTERN = "cosell-studio-%g.log";

    /** One line a record, then the stack trace if any. */
    private static final String FORMAT = "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n";

    private static Path folder;

    private AppLog() {
    }

    /** The log folder of the running user: {@code logs} in the data folder. */
    public static Optional<Path> folderOfUser() {
        return DataFolder.ofUser().map(data -> data.resolve("logs"));
    }

    /** The folder the log is written to, empty before {@link #writeTo} or when it could not be made. */
    public static synchronized Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /**
     * From now on every record of level INFO and above goes to the files in {@code logsFolder} and
     * nowhere else (no console: the window has none the user sees). False when the folder cannot be
     * written: the window then runs without a log rather than not at all.
     */
    public static synchronized boolean writeTo(Path logsFolder) {
        FileHandler handler;
        try {
            Files.createDirectories(logsFolder);
            handler = new FileHandler(logsFolder.resolve(FILE_PATTERN).toString().replace("\\", "/"),
                    FILE_LIMIT, FILE_COUNT, true);
            handler.setEncoding("UTF-8");
        } catch (IOException | RuntimeException e) {
            return false;
        }
        handler.setFormatter(new LineFormatter());
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler old : root.getHandlers()) {
            root.removeHandler(old);
            old.close();
        }
        root.setLevel(Level.INFO);
        root.addHandler(handler);
        folder = logsFolder;
        return true;
    }

    /** {@code failure}'s stack trace as Java prints it. */
    public static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /** A record on one line (time, level, logger, message), then its stack trace if it has one. */
    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            String trace = "";
            if (record.getThrown() != null) {
                trace = System.lineSeparator() + stackTrace(record.getThrown());
            }
            return String.format(FORMAT, ZonedDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault()), null,
                    record.getLoggerName(), record.getLevel().getName(), formatMessage(record), trace);
        }
    }
}
