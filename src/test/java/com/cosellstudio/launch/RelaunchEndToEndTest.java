package com.cosellstudio.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a script runs it, in real processes: started again in a tuned JVM it prints
 * exactly what it prints in one JVM, exits with the same status, keeps the JVM's own messages off
 * both streams, and writes its class-data archive on the first run. The class path is made of jars
 * (the build's class directories packed into jars), as the shaded jar's is.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class RelaunchEndToEndTest {
    private static final String SAMPLE = Path.of("src/test/resources/samples/deals-with-errors.csv").toAbsolutePath().toString();

    @TempDir
    static Path work;
    private static String classPath;

    @BeforeAll
    static void packClassPath() throws IOException {
        List<String> jars = new ArrayList<>();
        int packed = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = work.resolve("classes-" + packed++ + ".jar");
                pack(path, jar);
                jars.add(jar.toString());
            } else if (Files.isRegularFile(path)) {
                jars.add(entry);
            }
        }
        classPath = String.join(File.pathSeparator, jars);
    }

    @Test
    void checkPrintsTheSameAndWritesItsArchiveOnce() throws Exception {
        Path cache = work.resolve("cache-check");
        Run first = run(cache, Map.of(), "check", SAMPLE, "--format", "json");
        List<Path> archives = files(cache);
        Run second = run(cache, Map.of(), "check", SAMPLE, "--format", "json");
        Run single = run(cache, Map.of(Relaunch.SWITCH_ENVIRONMENT, "0"), "check", SAMPLE, "--format", "json");

        assertEquals(1, single.status, "errors found");
        assertTrue(single.out.contains("\"code\" : \"INVALID_FORMAT\""), single.out);
        for (Run run : List.of(first, second)) {
            assertEquals(single.status, run.status);
            assertEquals(single.out, run.out);
            assertEquals("", run.err);
        }
        if (!System.getProperty("java.vm.info", "").contains("sharing")) {
            return; // a JDK without its base class-data archive cannot write ours; the runs above still had to agree
        }
        assertEquals(1, archives.size(), "archives: " + archives);
        assertTrue(archives.get(0).getFileName().toString().matches("cli-check-[0-9a-f]+\\.jsa"), archives.toString());
        assertEquals(archives, files(cache), "the second run used the archive and wrote no other");
    }

    @Test
    void anUnreadableFileFailsTheSameWay() throws Exception {
        Path cache = work.resolve("cache-missing");
        String missing = work.resolve("nowhere.csv").toString();
        Run tuned = run(cache, Map.of(), "check", missing);
        Run single = run(cache, Map.of(Relaunch.SWITCH_ENVIRONMENT, "0"), "check", missing);
        assertEquals(2, tuned.status);
        assertEquals(single.err, tuned.err);
        assertTrue(tuned.err.contains("nowhere.csv"), tuned.err);
        assertEquals("", tuned.out);
    }

    @Test
    void aProcessSubstitutionIsReadThoughOnlyThisProcessHoldsIt() throws Exception {
        if (!Files.isExecutable(Path.of("/bin/bash"))) {
            return; // no shell to make one
        }
        Path cache = work.resolve("cache-substitution");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = "'" + java + "' -cp '" + classPath + "' com.cosellstudio.Launcher check <(cat '" + SAMPLE + "') --format json";
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", "-c", script).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove(Relaunch.SWITCH_ENVIRONMENT);
        builder.environment().put(CacheDirectory.OVERRIDE, cache.toString());
        int status = builder.start().waitFor();
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(1, status, Files.readString(err, StandardCharsets.UTF_8));
        assertTrue(printed.contains("\"code\" : \"INVALID_FORMAT\""), printed);
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(Path cache, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "com.cosellstudio.Launcher"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove(Relaunch.SWITCH_ENVIRONMENT);
        builder.environment().put(CacheDirectory.OVERRIDE, cache.toString());
        builder.environment().putAll(environment);
        int status = builder.start().waitFor();
        return new Run(status, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static void pack(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }
}
