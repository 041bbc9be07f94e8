package com.cosellstudio.io;

import com.cosellstudio.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;

/** The user-facing texts of the io package, from {@code io.properties} (and its translations). */
final class IoMessages {
    private static final String BUNDLE = "com.cosellstudio.io.io";

    private IoMessages() {
    }

    /** The message {@code key} for {@code file}; further arguments fill {1}, {2}, ... */
    static String format(String key, Path file, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = displayName(file);
        System.arraycopy(args, 0, all, 1, args.length);
        return text(key, all);
    }

    /** A text that names no file ("line 12"), for building into a message; numbers as plain text. */
    static String text(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // Numbers as plain text: "line 12345", never "line 12,345".
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return Messages.of(BUNDLE, Locale.getDefault()).format(key, plain);
    }

    static UnreadableFileException unreadable(String key, Path file, Object... args) {
        return new UnreadableFileException(format(key, file, args));
    }

    static UnreadableFileException unreadable(Throwable cause, String key, Path file, Object... args) {
        return new UnreadableFileException(format(key, file, args), cause);
    }

    /** The name users know the file by: its file name, not the whole path. */
    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** A one-line reason from an exception, for messages that append the system's explanation. */
    static String reason(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message.strip() : message.substring(0, newline).strip();
    }
}
