package com.cosellstudio.io;

import com.cosellstudio.domain.ReadLimits;
import java.nio.file.Path;

/**
 * Keeps one read of a file bounded: refuses, with a message naming the file and the place, a file
 * with more records or a record with more cells than the limits allow, and stops when the reading
 * thread is interrupted. A reader asks it once per record, so a hostile file costs at most the
 * limits, never the memory or time its numbers claim.
 */
final class ReadGuard {
    /** Interruption is looked at every this many records: often enough to stop at once, rarely enough to cost nothing. */
    private static final int INTERRUPT_CHECK_EVERY = 256;

    /**
     * The longest cell text either reader takes: far more than any spreadsheet's cell can hold, so a
     * longer one is damage or a quote never closed, not a deal.
     */
    static final int MAX_CELL_CHARS = 1 << 20;

    private final Path file;
    private final ReadLimits limits;

    ReadGuard(Path file, ReadLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    Path file() {
        return file;
    }

    ReadLimits limits() {
        return limits;
    }

    /** A CSV record starting on {@code line} is about to be kept as record number {@code records} under the header. */
    void recordAtLine(long records, long line) throws UnreadableFileException {
        record(records, "where.line", line);
    }

    /** A workbook row is about to be kept as record number {@code records} under the header. */
    void recordAtSheetRow(long records, long sheetRow) throws UnreadableFileException {
        record(records, "where.sheetRow", sheetRow);
    }

    /** A CSV record starting on {@code line} holds a value in its {@code cells}-th cell (1-based). */
    void cellsAtLine(long cells, long line) throws UnreadableFileException {
        if (cells > limits.columns()) {
            throw IoMessages.unreadable("limit.columns", file, IoMessages.text("where.line", line), cells, limits.columns());
        }
    }

    /** A workbook cell ({@code reference}, "XFD2") holding a value is the {@code cells}-th cell of its row (1-based). */
    void cellAt(long cells, String reference) throws UnreadableFileException {
        if (cells > limits.columns()) {
            throw IoMessages.unreadable("limit.columns", file, IoMessages.text("where.cell", reference), cells, limits.columns());
        }
    }

    private void record(long records, String whereKey, long at) throws UnreadableFileException {
        if (records > limits.rows()) {
            throw IoMessages.unreadable("limit.rows", file, IoMessages.text(whereKey, at), limits.rows());
        }
        if (records % INTERRUPT_CHECK_EVERY == 0) {
            checkCancelled();
        }
    }

    /** Stops the read if its thread was interrupted. */
    void checkCancelled() throws ReadCancelledException {
        if (Thread.currentThread().isInterrupted()) {
            throw new ReadCancelledException(file);
        }
    }
}
