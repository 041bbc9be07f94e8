package com.cosellstudio.app;

import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.roundtrip.SplitPlan;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Save may put the upload-ready CSV of a document read from {@code original} when that file is
 * not an upload-ready CSV itself: a new file beside it, or in its place (under a {@code .csv} name,
 * so a workbook is never overwritten with CSV bytes), keeping the replaced file as one backup.
 */
public record SavePlaces(Path original) {
    private static final String CSV = ".csv";

    /**
     * Whether saving over {@code path} keeps the file in the form it has: a comma-separated UTF-8
     * CSV under a {@code .csv} name. Any other file must not be rewritten without asking.
     */
    public static boolean isUploadReady(Path path, SourceInfo source) {
        return hasCsvName(path) && source.readsAsUploadReady();
    }

    /** {@code deals.upload.csv} beside {@code deals.csv} or {@code deals.xlsx}. */
    public Path beside() {
        return original.resolveSibling(stem() + ".upload" + CSV);
    }

    /** The original itself when its name ends in {@code .csv}; {@code deals.csv} for {@code deals.xlsx}. */
    public Path replacement() {
        return hasCsvName(original) ? original : original.resolveSibling(stem() + CSV);
    }

    /** The one backup kept of {@code file} when it is replaced: {@code deals.csv.bak}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    private String stem() {
        return SplitPlan.baseNameOf(original.getFileName().toString());
    }

    private static boolean hasCsvName(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(CSV);
    }
}
