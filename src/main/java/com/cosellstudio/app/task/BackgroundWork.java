package com.cosellstudio.app.task;

import java.util.function.DoubleConsumer;

/** Work to run off the UI thread; reports progress from 0 to 1 and may fail. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(DoubleConsumer progress) throws Exception;
}
