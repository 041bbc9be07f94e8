package com.cosellstudio.launch;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A class-data-sharing archive of the classes a run of the jar loads, kept in the user's cache: the
 * next JVM maps them ready-parsed and verified instead of reading them from the 20,000-entry jar
 * (about 40 ms of a 5,000-deal check). The first run of each jar on each Java installation writes
 * it as it exits ({@code -XX:ArchiveClassesAtExit}, JDK 13 and newer); later runs use it. Its name
 * comes from everything the JVM checks it against (the Java build, the class path's jars with size
 * and time), so a rebuilt jar or an updated Java simply gets a new one; the JVM itself still checks
 * and silently ignores an archive that does not fit.
 *
 * <p>Only for a class path of jar files (the JVM cannot archive classes from directories) and no
 * module path. Everything here is best effort: any failure only means the run is not faster.
 */
final class ClassDataArchive {
    /** CDS reports why it did not map or write an archive on stdout; stdout belongs to the program (JSON). */
    private static final List<String> QUIET = List.of("-Xlog:cds*=off", "-Xlog:class+path=off");
    /** Archives of one kind of run kept; older ones (earlier builds of the jar) are removed. */
    private static final int KEEP = 2;

    private final String kind;
    private final Path archive;
    private final Path written;
    private final Path unavailable;

    private ClassDataArchive(String kind, Path archive, Path written, Path unavailable) {
        this.kind = kind;
        this.archive = archive;
        this.written = written;
        this.unavailable = unavailable;
    }

    /**
     * The archive for this JVM's class path and the kind of run {@code kind} in {@code cacheDirectory},
     * or null when this class path cannot have one. An archive holds the classes of the run that
     * wrote it, so each kind of run ("window", "cli-check", "cli-convert", ...) has its own: a
     * {@code --help} written first must not leave {@code check} with an archive of 200 classes.
     */
    static ClassDataArchive forThisJvm(String kind, Path cacheDirectory) {
        if (System.getProperty("jdk.module.path") != null) {
            return null;
        }
        return forClassPath(kind, cacheDirectory, System.getProperty("java.class.path", ""),
                System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version"));
    }

    /**
     * The archive for {@code classPath} run by the Java build {@code javaBuild}, or null when the
     * class path is not all jar files. {@code kind} is letters, digits and dashes.
     */
    static ClassDataArchive forClassPath(String kind, Path cacheDirectory, String classPath, String javaBuild) {
        StringBuilder key = new StringBuilder(javaBuild).append('\n').append(kind).append('\n');
        try {
            for (String entry : classPath.split(File.pathSeparator)) {
                Path jar = Path.of(entry).toAbsolutePath();
                if (entry.isEmpty() || !Files.isRegularFile(jar)) {
                    return null;
                }
                key.append(jar).append(' ').append(Files.size(jar)).append(' ')
                        .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String name = kind + "-" + hash(key);
        return new ClassDataArchive(kind, cacheDirectory.resolve(name + ".jsa"),
                // Not the pid: asking for it costs the parent JVM 10 ms of process-handle set-up.
                cacheDirectory.resolve(name + "." + Long.toHexString(System.nanoTime()) + ".tmp"),
                cacheDirectory.resolve(name + ".unavailable"));
    }

    /** The options that make the child JVM use the archive, or write it when there is none yet. */
    List<String> childOptions() {
        List<String> options = new ArrayList<>(QUIET);
        if (Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
        } else if (!Files.exists(unavailable)) {
            options.add("-XX:ArchiveClassesAtExit=" + written);
        } else {
            return List.of();
        }
        return options;
    }

    /**
     * After the child JVM ended: puts an archive it wrote in place (atomically: another run may be
     * mapping the old one), but only from a run that did its work ({@code didItsWork}, as its
     * profile judges the exit status). A run that failed early (a mistyped file name) loaded a
     * fraction of the classes and would leave every later run with a thin archive; the next run
     * writes it again. If a run did its work yet wrote none, this Java cannot make one (no base
     * archive, say) and no later run tries again.
     */
    void childExited(boolean didItsWork) {
        try {
            if (didItsWork && Files.isRegularFile(written) && Files.size(written) > 0) {
                Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeOlderArchives();
            } else if (didItsWork && !Files.isRegularFile(archive)) {
                Files.writeString(unavailable, "");
            }
        } catch (IOException | RuntimeException e) {
            // Only a faster next start is lost.
        } finally {
            try {
                Files.deleteIfExists(written);
            } catch (IOException | RuntimeException e) {
                // Left for the next cleanup.
            }
        }
    }

    private void removeOlderArchives() throws IOException {
        List<Path> archives = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(archive.getParent(), kind + "-*.jsa")) {
            for (Path file : files) {
                // "cli-check-*" would also match a verb named "check-x": only this kind's names, a hash after the kind.
                if (file.getFileName().toString().substring(kind.length() + 1).matches("[0-9a-f]+\\.jsa")) {
                    archives.add(file);
                }
            }
        }
        archives.sort(Comparator.comparing(ClassDataArchive::modified).reversed());
        for (Path old : archives.subList(Math.min(KEEP, archives.size()), archives.size())) {
            if (!old.equals(archive)) {
                Files.deleteIfExists(old);
            }
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** FNV-1a, 64 bits: a stable short name; the JVM validates the archive itself, so a collision costs nothing but speed. */
    private static String hash(CharSequence text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return Long.toHexString(hash).toLowerCase(Locale.ROOT);
    }

    Path archive() {
        return archive;
    }
}
