package com.cosellstudio.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the layers of the architecture notes by reading the sources: only {@code app} may touch
 * JavaFX, nothing below {@code app} may reach into it, and the lower layers only depend downwards.
 */
class LayeringTest {
    private static final Path SOURCES = Path.of("src/main/java/com/cosellstudio");
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(javafx\\.[a-z]+|com\\.cosellstudio\\.[a-z]+)\\b");

    /** For each layer, the layers of ours it may use (besides itself). */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "i18n", List.of(),
            "domain", List.of("i18n"),
            "rules", List.of("i18n", "domain"),
            "io", List.of("i18n", "domain"),
            "report", List.of("i18n", "domain", "rules"),
            "roundtrip", List.of("i18n", "domain", "rules", "io"),
            "cli", List.of("i18n", "domain", "rules", "io", "report", "roundtrip"));

    @Test
    void noLayerBelowTheWindowUsesJavaFxOrTheApp() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String layer : ALLOWED.keySet()) {
            for (Path source : sourcesOf(layer)) {
                for (String used : references(source)) {
                    if (used.startsWith("javafx.") || used.equals("com.cosellstudio.app")) {
                        violations.add(SOURCES.relativize(source) + " uses " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void layersOnlyDependDownwards() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, List<String>> layer : ALLOWED.entrySet()) {
            for (Path source : sourcesOf(layer.getKey())) {
                for (String used : references(source)) {
                    if (!used.startsWith("com.cosellstudio.")) {
                        continue;
                    }
                    String target = used.substring("com.cosellstudio.".length());
                    if (!target.equals(layer.getKey()) && !layer.getValue().contains(target)) {
                        violations.add(SOURCES.relativize(source) + " uses " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void launcherStaysFreeOfJavaFx() throws IOException {
        for (String mainClass : List.of("Launcher.java", "CommandLineMain.java")) {
            List<String> used = references(SOURCES.resolve(mainClass));
            assertTrue(used.stream().noneMatch(name -> name.startsWith("javafx.")), mainClass + " uses " + used);
        }
    }

    @Test
    void theScanSeesTheLayers() throws IOException {
        // Guards the guard: a wrong source path would make every test above pass on nothing.
        for (String layer : ALLOWED.keySet()) {
            assertTrue(!sourcesOf(layer).isEmpty(), "no sources found for " + layer);
        }
    }

    private static List<Path> sourcesOf(String layer) throws IOException {
        Path dir = SOURCES.resolve(layer);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Every {@code javafx.x} package and every layer of ours the file names, in imports or in code. */
    private static List<String> references(Path source) throws IOException {
        String code = stripComments(Files.readString(source, StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(code);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** Comments may mention JavaFX (this very file's layer notes do); only code counts. */
    private static String stripComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    }
}
