package com.cosellstudio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
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

    private void assumePosix() throws IOException {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
                "file modes are a POSIX matter");
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void aNewFileGetsTheModeOfAnyNewFileNotAPrivateTempFileMode() throws Exception {
        assumePosix();
        // What the user's umask makes of a new file here (rw-r--r-- under the usual umask 022).
        String usual = mode(Files.createFile(dir.resolve("reference")));
        Path target = dir.resolve("upload.csv");

        AtomicFiles.write(target, out -> out.write('x'));

        assertEquals(usual, mode(target));
        if (usual.equals("rw-r--r--")) {
            assertFalse(mode(target).equals("rw-------"), "readable by the group and others, as under umask 022");
        }
    }

    @Test
    void aReplacedFileKeepsItsMode() throws Exception {
        assumePosix();
        for (String kept : List.of("rw-r--r--", "rw-rw-r--", "rw-------")) {
            Path target = dir.resolve("shared-" + kept + ".csv");
            Files.writeString(target, "old");
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(kept));

            AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

            assertEquals("new", Files.readString(target));
            assertEquals(kept, mode(target));
        }
    }
}
