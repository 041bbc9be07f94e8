package com.cosellstudio.io;

import java.nio.file.Path;

/** Reading stopped because the reading thread was interrupted (the user cancelled opening a file). */
public final class ReadCancelledException extends UnreadableFileException {
    ReadCancelledException(Path file) {
        super(IoMessages.format("read.cancelled", file));
    }
}
