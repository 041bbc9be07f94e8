package com.cosellstudio.app.editors;

/** The grid cell an editor works for: it takes the value (or the cancellation) and moves on. */
public interface EditorHost {

    /** The user finished with {@code value}; a second call after the first is ignored. */
    void commit(String value, Move move);

    /** The user gave up (Esc): the cell keeps its value. */
    void cancel();
}
