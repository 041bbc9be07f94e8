package com.cosellstudio.io;

import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import java.util.List;

/**
 * Receives a bulk file while it is read ({@link BulkFileReader#stream}): first what was detected and
 * the header, then every record under it in file order, blank ones included, so the N-th call of
 * {@link #row} is row N. Nothing is kept by the reader: a sink that needs the rows keeps them.
 * All calls come from the reading thread.
 */
public interface RowSink {

    /** What was detected about the source and the header cells as read; called once before the first row. */
    void begin(SourceInfo source, List<String> header);

    /** The next record under the header (it remembers the line it started on); the sink owns it from now on. */
    void row(Row row);

    /**
     * Called once after the last row when rows hold values past the header: the header cells added
     * for them ("Extra 1", "Extra 2" ..., as the rule pack names them), so that those cells are
     * shown and written back under a column, never dropped (spec section 5).
     */
    default void headerExtended(List<String> added) {
    }

    /**
     * The file had no byte order mark and its bytes turned out not to be UTF-8 after rows decoded as
     * UTF-8 were delivered: the sink forgets the header and every row received so far. Reading starts
     * again from the top as Windows-1252, with a new {@link #begin}. Never called before {@link #begin}.
     */
    void restart();

    /**
     * Whether the sink keeps the rows it is given (as a document open in the window does). The reader
     * then hands over one shared String for each short value that repeats all over a file ("New",
     * "USD", "Yes"): a large file held whole stays small, at some cost in reading time. A sink that
     * drops each row once it is done with it says false and gets plain new Strings, faster.
     */
    default boolean keepsRows() {
        return true;
    }
}
