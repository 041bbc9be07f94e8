package com.cosellstudio.roundtrip;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.OutputColumn;
import com.cosellstudio.domain.Row;
import com.cosellstudio.io.UploadCsvWriter;
import com.cosellstudio.rules.ColumnLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the parts of a {@link SplitPlan}: each an upload-ready CSV with the header and at most the
 * plan's number of deals. Each part is saved atomically; when one part cannot be written the parts
 * before it stay (each is a complete, valid upload) and the error names the failing file.
 */
public final class Splitter {
    private final UploadCsvWriter writer;

    public Splitter(UploadCsvWriter writer) {
        this.writer = writer;
    }

    /**
     * @param file      the document
     * @param layout    its header resolved by the engine (the parts get its upload columns)
     * @param plan      the parts, made from the same document
     * @param directory an existing folder the parts go into
     * @return the files written, in part order
     */
    public List<Path> write(BulkFile file, ColumnLayout layout, SplitPlan plan, Path directory) throws IOException {
        List<OutputColumn> columns = layout.uploadColumns();
        List<Path> written = new ArrayList<>(plan.size());
        for (SplitPlan.Part part : plan.parts()) {
            List<Row> rows = new ArrayList<>(part.rowNumbers().size());
            for (int rowNumber : part.rowNumbers()) {
                rows.add(file.row(rowNumber));
            }
            Path target = directory.resolve(part.fileName());
            writer.write(file, columns, rows, target);
            written.add(target);
        }
        return written;
    }
}
