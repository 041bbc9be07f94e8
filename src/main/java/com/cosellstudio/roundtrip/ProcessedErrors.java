package com.cosellstudio.roundtrip;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.ColumnRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The errors Partner Center wrote into the Errors column of a processed-records download: per row
 * the messages, split on {@code ;}. A file whose Errors column holds anything is a processed file.
 */
public final class ProcessedErrors {
    private final int errorsColumn;
    private final Map<Integer, List<String>> byRowNumber;

    private ProcessedErrors(int errorsColumn, Map<Integer, List<String>> byRowNumber) {
        this.errorsColumn = errorsColumn;
        this.byRowNumber = byRowNumber;
    }

    /** Reads the Errors column of {@code file}; empty when the file has no such column. */
    public static ProcessedErrors of(BulkFile file, ColumnLayout layout) {
        int column = layout.indexOf(ColumnRole.ERRORS);
        Map<Integer, List<String>> rows = new TreeMap<>();
        if (column >= 0) {
            for (int i = 0; i < file.rowCount(); i++) {
                List<String> messages = split(file.rows().get(i).get(column));
                if (!messages.isEmpty()) {
                    rows.put(i + 1, messages);
                }
            }
        }
        return new ProcessedErrors(column, rows);
    }

    /** The messages of one Errors cell: split on {@code ;}, trimmed, empty parts dropped. */
    public static List<String> split(String errorsCell) {
        List<String> messages = new ArrayList<>();
        if (errorsCell != null) {
            for (String part : errorsCell.split(";")) {
                String message = part.strip();
                if (!message.isEmpty()) {
                    messages.add(message);
                }
            }
        }
        return messages;
    }

    /** True when at least one row carries a Partner Center error: the file is a processed-records download. */
    public boolean isProcessedFile() {
        return !byRowNumber.isEmpty();
    }

    /** 0-based column of Errors in the file, or -1. */
    public int errorsColumn() {
        return errorsColumn;
    }

    /** Partner Center's messages for row {@code rowNumber} (1-based); empty when it was accepted. */
    public List<String> errors(int rowNumber) {
        return byRowNumber.getOrDefault(rowNumber, List.of());
    }

    /** The messages in the row's Errors cell as it stands now (after edits, too). */
    public List<String> errorsOf(Row row) {
        return errorsColumn < 0 ? List.of() : split(row.get(errorsColumn));
    }

    /** 1-based numbers of the rows Partner Center rejected, ascending. */
    public List<Integer> rejectedRows() {
        return List.copyOf(byRowNumber.keySet());
    }

    /** Every row's messages, by 1-based row number. */
    public Map<Integer, List<String>> byRow() {
        return Collections.unmodifiableMap(byRowNumber);
    }
}
