package com.cosellstudio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving replaces the target whole or not at all. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<Path> filesIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void replacesTheTarget() throws Exception {
        Path target = dir.resolve("deals.csv");
        Files.writeString(target, "old");

        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), filesIn(dir), "no temporary file is left behind");
    }

    @Test
    void createsATargetThatDidNotExist() throws Exception {
        Path target = dir.resolve("fresh.csv");
        AtomicFiles.write(target, out -> out.write('x'));
        assertEquals("x", Files.readString(target));
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileIntact() throws Exception {
        Path target = dir.resolve("deals.csv");
        Files.writeString(target, "precious data");

        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));

        assertEquals("deals.csv: cannot be saved: No space left on device", e.getMessage());
        assertEquals("precious data", Files.readString(target));
        assertEquals(List.of(target), filesIn(dir), "the temporary file is deleted");
    }

    @Test
    void aMissingFolderIsOneClearLine() {
        Path target = dir.resolve("no such folder").resolve("deals.csv");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> out.write('x')));
        assertTrue(e.getMessage().startsWith("deals.csv: cannot be saved: the folder "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
