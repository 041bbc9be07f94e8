package com.cosellstudio.app.recovery;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything needed to show a document again exactly as the user left it: every cell of every row
 * and the header (copies, so that the user may go on editing while it is written), where it came
 * from and how that file was read, and the baseline it was compared with.
 *
 * @param file     the document: its path (null for a new one), source form, header and rows
 * @param stamp    the document's file as it was when the document last matched it, or null
 * @param baseline the file of the baseline, or null when none was loaded
 * @param revision the template revision the user chose to check as, or null when the header tells
 * @param taken    when the user's state was taken
 */
public record Snapshot(BulkFile file, FileStamp stamp, Path baseline, String revision, Instant taken) {

    /**
     * Copies the document's cells. Called on the UI thread, which owns the rows; only arrays of
     * references are copied, never a string.
     */
    public static Snapshot of(BulkFile document, FileStamp stamp, Path baseline, String revision) {
        List<Row> rows = new ArrayList<>(document.rowCount());
        for (Row row : document.rows()) {
            rows.add(row.copy());
        }
        return new Snapshot(new BulkFile(document.path(), document.source(), document.header(), rows),
                stamp, baseline, revision, Instant.now());
    }

    /** Whether the document's file on disk was changed (or removed) since the document last matched it. */
    public boolean fileChangedSince() {
        Path path = file.path();
        return path != null && stamp != null && !stamp.matches(path);
    }
}
