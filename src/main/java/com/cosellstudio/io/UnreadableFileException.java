package com.cosellstudio.io;

/**
 * A file that cannot be read as a bulk file. The message is one line a user can act on and names
 * the file and, where known, the line or cell: {@code deals.csv: line 14: a quoted field is never closed}.
 */
public class UnreadableFileException extends Exception {
    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
