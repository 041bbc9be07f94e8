package com.cosellstudio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save cut short leaves no hidden temporary file beside the target: not when the JVM is ended
 * in the middle (SIGTERM, Ctrl+C), and not for long when it was killed outright (the next save to
 * the folder removes what is left). Files that are not ours stay.
 */
class UnfinishedSavesTest {
    @TempDir
    Path dir;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aSaveEndedBySigtermOrCtrlCLeavesNoTemporaryFile() throws Exception {
        for (String signal : List.of("TERM", "INT")) {
            Path target = dir.resolve("big-" + signal + ".csv");
            Process save = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SlowSave.class.getName(), target.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(save.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("writing", out.readLine());
                assertEquals(1, temporaryFiles().size(), "the save is under way: " + temporaryFiles());

                new ProcessBuilder("kill", "-" + signal, Long.toString(save.pid())).start().waitFor();
                assertTrue(save.waitFor(30, TimeUnit.SECONDS), "the JVM ends");
            } finally {
                save.destroyForcibly();
            }
            assertEquals(List.of(), temporaryFiles(), "SIG" + signal);
            assertTrue(Files.notExists(target), "the target was never written");
        }
    }

    @Test
    void theNextSaveToTheFolderRemovesTheStaleTemporaryFilesOfOursOnly() throws Exception {
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(5));
        Path stale = plant(".deals.csv.cosell-k3j9x2.tmp", longAgo);
        Path staleOfAnotherFile = plant(".q3 deals.xlsx.csv.cosell-a1.tmp", longAgo);
        Path fresh = plant(".deals.csv.cosell-m0n1.tmp", Instant.now());
        Path notOurs = plant(".deals.csv.k3j9x2.tmp", longAgo);
        Path editors = plant(".notes.txt.swp.tmp", longAgo);
        Path held = plant(".other.csv.cosell-h0ld.tmp", longAgo);

        try (FileChannel channel = FileChannel.open(held, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            AtomicFiles.write(dir.resolve("deals.csv"), out -> out.write('x'));
        }

        assertTrue(Files.notExists(stale), "a stale one of ours goes");
        assertTrue(Files.notExists(staleOfAnotherFile), "whichever file it was for");
        for (Path kept : List.of(fresh, notOurs, editors, held)) {
            assertTrue(Files.exists(kept), kept.getFileName() + " stays");
        }
        assertEquals("x", Files.readString(dir.resolve("deals.csv")));
    }

    private Path plant(String name, Instant modified) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "half a save");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
