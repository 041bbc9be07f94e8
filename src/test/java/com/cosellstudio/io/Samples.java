package com.cosellstudio.io;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: the sample files as real files on disk, and a file's cells as plain lists. */
final class Samples {
    private Samples() {
    }

    /** Copies {@code src/test/resources/samples/NAME} into {@code folder} and returns the copy. */
    static Path copy(String name, Path folder) {
        return copy("/samples/", name, folder);
    }

    private static Path copy(String resourceFolder, String name, Path folder) {
        try (InputStream in = Samples.class.getResourceAsStream(resourceFolder + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            Path target = folder.resolve(name);
            Files.write(target, in.readAllBytes());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies {@code src/test/resources/hostile/NAME}, a small crafted file, into {@code folder}. */
    static Path hostile(String name, Path folder) {
        return copy("/hostile/", name, folder);
    }

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record's cells, blank records included, trailing empty cells trimmed (they read as empty anyway). */
    static List<List<String>> cells(BulkFile file) {
        List<List<String>> all = new ArrayList<>();
        for (Row row : file.rows()) {
            all.add(trimmed(row.toArray()));
        }
        return all;
    }

    /** The non-blank records' cells: what an upload-ready file keeps. */
    static List<List<String>> nonBlankCells(BulkFile file) {
        List<List<String>> all = new ArrayList<>();
        for (Row row : file.rows()) {
            if (!row.isBlank()) {
                all.add(trimmed(row.toArray()));
            }
        }
        return all;
    }

    static List<String> trimmed(String[] cells) {
        int end = cells.length;
        while (end > 0 && cells[end - 1].isEmpty()) {
            end--;
        }
        return List.of(cells).subList(0, end);
    }
}
