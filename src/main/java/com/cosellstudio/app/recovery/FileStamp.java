package com.cosellstudio.app.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The size and modification time of a file when the document last matched it (opened or saved):
 * a file that no longer has them was changed by someone else since.
 */
public record FileStamp(long size, long modifiedMillis) {

    /** The stamp of {@code file} now, or null when there is no such file (or no path). */
    public static FileStamp of(Path file) {
        if (file == null) {
            return null;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Whether {@code file} is still as stamped (false when it is gone). */
    public boolean matches(Path file) {
        return equals(of(file));
    }
}
