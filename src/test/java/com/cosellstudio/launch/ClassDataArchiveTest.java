package com.cosellstudio.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The life of a class-data archive in the cache: written by a first run, used by the next ones. */
class ClassDataArchiveTest {
    private static final String JAVA = "/jdk\n17.0.15+6";

    @TempDir
    Path dir;

    private Path jar() throws Exception {
        Path jar = dir.resolve("app.jar");
        return Files.exists(jar) ? jar : Files.write(jar, new byte[] {1, 2, 3});
    }

    private Path cache() throws Exception {
        return Files.createDirectories(dir.resolve("cache"));
    }

    @Test
    void theFirstRunWritesTheArchiveAndTheNextOnesUseIt() throws Exception {
        ClassDataArchive first = ClassDataArchive.forClassPath("cli-check", cache(), jar().toString(), JAVA);
        List<String> writing = first.childOptions();
        String target = writing.get(writing.size() - 1);
        assertTrue(target.startsWith("-XX:ArchiveClassesAtExit="), target);

        // What the child JVM does as it exits:
        Files.write(Path.of(target.substring(target.indexOf('=') + 1)), new byte[] {42});
        first.childExited(true);

        ClassDataArchive next = ClassDataArchive.forClassPath("cli-check", cache(), jar().toString(), JAVA);
        assertEquals("-XX:SharedArchiveFile=" + next.archive(), last(next.childOptions()));
        assertTrue(Files.isRegularFile(next.archive()));
        try (Stream<Path> files = Files.list(cache())) {
            assertEquals(List.of(next.archive()), files.toList(), "only the archive is left");
        }
    }

    @Test
    void theArchiveOptionsKeepCdsMessagesOffStandardOutput() throws Exception {
        ClassDataArchive archive = ClassDataArchive.forClassPath("window", cache(), jar().toString(), JAVA);
        assertTrue(archive.childOptions().contains("-Xlog:cds*=off"));
    }

    @Test
    void aJavaThatWritesNoArchiveIsNotAskedAgain() throws Exception {
        ClassDataArchive first = ClassDataArchive.forClassPath("cli-check", cache(), jar().toString(), JAVA);
        assertFalse(first.childOptions().isEmpty());
        first.childExited(true);
        ClassDataArchive next = ClassDataArchive.forClassPath("cli-check", cache(), jar().toString(), JAVA);
        assertEquals(List.of(), next.childOptions());
    }

    @Test
    void theArchiveOfARunThatFailedEarlyIsNotKept() throws Exception {
        ClassDataArchive first = ClassDataArchive.forClassPath("cli-check", cache(), jar().toString(), JAVA);
        String target = last(first.childOptions());
        Files.write(Path.of(target.substring(target.indexOf('=') + 1)), new byte[] {42});
        first.childExited(false);
        try (Stream<Path> files = Files.list(cache())) {
            assertEquals(List.of(), files.toList(), "neither the thin archive nor a marker");
        }
        ClassDataArchive next = ClassDataArchive.forClassPath("cli-check", cache(), jar().toString(), JAVA);
        assertTrue(last(next.childOptions()).startsWith("-XX:ArchiveClassesAtExit="), "the next run writes it");
    }

    @Test
    void aRebuiltJarOrAnotherJavaOrTheOtherProfileGetsItsOwnArchive() throws Exception {
        Path jar = jar();
        Path archive = ClassDataArchive.forClassPath("cli-check", cache(), jar.toString(), JAVA).archive();
        assertNotEquals(archive, ClassDataArchive.forClassPath("window", cache(), jar.toString(), JAVA).archive());
        assertNotEquals(archive,
                ClassDataArchive.forClassPath("cli-check", cache(), jar.toString(), "/jdk\n21.0.5").archive());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        assertNotEquals(archive, ClassDataArchive.forClassPath("cli-check", cache(), jar.toString(), JAVA).archive());
    }

    @Test
    void aClassPathWithADirectoryCannotHaveOne() throws Exception {
        // The JVM does not archive classes from directories (a build's target/classes).
        assertNull(ClassDataArchive.forClassPath("cli-check", cache(),
                jar() + File.pathSeparator + dir, JAVA));
        assertNull(ClassDataArchive.forClassPath("cli-check", cache(), dir.resolve("gone.jar").toString(), JAVA));
    }

    @Test
    void archivesOfEarlierBuildsAreRemovedKeepingTheLatestTwoOfTheSameKind() throws Exception {
        Path cache = cache();
        for (int i = 0; i < 3; i++) {
            Path old = Files.write(cache.resolve("cli-check-" + i + "0.jsa"), new byte[] {1});
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        for (String other : List.of("window-0a.jsa", "cli-convert-0b.jsa")) {
            Files.setLastModifiedTime(Files.write(cache.resolve(other), new byte[] {1}), FileTime.fromMillis(1));
        }
        ClassDataArchive archive = ClassDataArchive.forClassPath("cli-check", cache, jar().toString(), JAVA);
        String target = last(archive.childOptions());
        Files.write(Path.of(target.substring(target.indexOf('=') + 1)), new byte[] {42});
        archive.childExited(true);
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(Set.of("cli-check-20.jsa", archive.archive().getFileName().toString(),
                            "window-0a.jsa", "cli-convert-0b.jsa"),
                    files.map(file -> file.getFileName().toString()).collect(Collectors.toSet()));
        }
    }

    private static String last(List<String> options) {
        return options.get(options.size() - 1);
    }
}
