package com.cosellstudio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.rules.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the reports and the command line ask for exists in their bundle, so no user ever sees
 * a MissingResourceException (and a translation knows every key it must provide).
 */
class BundleKeysTest {
    private static final Path RESOURCES = Path.of("src/main/resources/com/cosellstudio");
    private static final Path SOURCES = Path.of("src/main/java/com/cosellstudio");
    private static final Pattern KEY = Pattern.compile("\"((?:text|html|source|error|usage|done)\\.[A-Za-z.]+[A-Za-z])\"");

    @Test
    void reportKeysExist() throws IOException {
        Properties bundle = load(RESOURCES.resolve("report/report.properties"));
        List<String> missing = missingKeys(SOURCES.resolve("report"), bundle);
        // Keys built at run time: one per severity (badge and section) and per verdict.
        for (Severity severity : Severity.values()) {
            for (String prefix : List.of("html.severity.", "html.section.")) {
                if (!bundle.containsKey(prefix + severity.id())) {
                    missing.add(prefix + severity.id());
                }
            }
        }
        for (String verdict : List.of("errors", "clean")) {
            if (!bundle.containsKey("html.verdict." + verdict)) {
                missing.add("html.verdict." + verdict);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void commandLineKeysExist() throws IOException {
        Properties bundle = load(RESOURCES.resolve("cli/cli.properties"));
        List<String> missing = missingKeys(SOURCES.resolve("cli"), bundle);
        for (String verb : List.of("check", "convert", "template")) {
            if (!bundle.containsKey("usage." + verb)) {
                missing.add("usage." + verb);
            }
        }
        assertEquals(List.of(), missing);
    }

    private static List<String> missingKeys(Path sources, Properties bundle) throws IOException {
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    found++;
                    if (!bundle.containsKey(matcher.group(1))) {
                        missing.add(file.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertTrue(found > 5, "the scan found no keys in " + sources);
        return missing;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        return properties;
    }
}
