package com.cosellstudio.roundtrip;

import com.cosellstudio.domain.BulkFile;
import java.util.ArrayList;
import java.util.List;

/**
 * How a file is cut into upload files of at most {@code size} deals each: the non-blank rows in file
 * order, in consecutive parts, named {@code <base>-part-<n>-of-<total>.csv}.
 */
public final class SplitPlan {
    /**
     * One upload file of the split.
     *
     * @param number     1-based part number
     * @param total      number of parts
     * @param fileName   {@code <base>-part-<number>-of-<total>.csv}
     * @param rowNumbers 1-based numbers of the document rows it holds, ascending
     */
    public record Part(int number, int total, String fileName, List<Integer> rowNumbers) {
        public Part {
            rowNumbers = List.copyOf(rowNumbers);
        }
    }

    private final List<Part> parts;

    private SplitPlan(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * @param file     the document
     * @param size     deals per part, at least 1
     * @param baseName the name the parts start with ("deals" gives "deals-part-1-of-3.csv")
     */
    public static SplitPlan of(BulkFile file, int size, String baseName) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1: " + size);
        }
        List<Integer> deals = new ArrayList<>();
        for (int i = 0; i < file.rowCount(); i++) {
            if (!file.rows().get(i).isBlank()) {
                deals.add(i + 1);
            }
        }
        int total = (deals.size() + size - 1) / size;
        List<Part> parts = new ArrayList<>(total);
        for (int p = 0; p < total; p++) {
            List<Integer> rows = deals.subList(p * size, Math.min(deals.size(), (p + 1) * size));
            parts.add(new Part(p + 1, total, partName(baseName, p + 1, total), rows));
        }
        return new SplitPlan(parts);
    }

    /** The file name of part {@code number} of {@code total}. */
    public static String partName(String baseName, int number, int total) {
        return baseName + "-part-" + number + "-of-" + total + ".csv";
    }

    /** The name of a file without its extension ("deals.csv" → "deals"), the default base of the parts. */
    public static String baseNameOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The parts in order; empty when the file holds no deal. */
    public List<Part> parts() {
        return parts;
    }

    public int size() {
        return parts.size();
    }
}
