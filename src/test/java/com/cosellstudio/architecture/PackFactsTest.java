package com.cosellstudio.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.rules.pack.ColumnRule;
import com.cosellstudio.rules.pack.RulePackLoader;
import com.cosellstudio.rules.pack.RulePacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule pack is the one place a column's name lives: the window, the round trip, the reports and
 * the readers and writers ask the layout (its roles, groups and limits) and never spell a column of
 * any shipped pack in a string literal.
 */
class PackFactsTest {
    private static final Path SOURCES = Path.of("src/main/java/com/cosellstudio");
    private static final List<String> LAYERS = List.of("app", "roundtrip", "report", "io");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    /**
     * Every column name of every shipped pack (a group by its name, "Solution") as the pack spells
     * it: the words "errors" or "notes" in lower case are a JSON field and a CSS class, not a column.
     */
    private static Set<String> columnNames() {
        Set<String> names = new TreeSet<>();
        for (RulePackLoader.Loaded loaded : RulePacks.shipped().all()) {
            for (ColumnRule column : loaded.pack().columns()) {
                names.add(column.name());
            }
        }
        return names;
    }

    @Test
    void noLayerAboveTheRulesSpellsAColumnOfAPack() throws IOException {
        Set<String> names = columnNames();
        List<String> found = new ArrayList<>();
        int literals = 0;
        for (String layer : LAYERS) {
            for (Path source : sourcesOf(layer)) {
                String code = stripComments(Files.readString(source, StandardCharsets.UTF_8));
                Matcher matcher = STRING_LITERAL.matcher(code);
                while (matcher.find()) {
                    literals++;
                    String literal = matcher.group(1).strip();
                    if (names.contains(literal)) {
                        found.add(SOURCES.relativize(source) + ": \"" + matcher.group(1) + "\"");
                    }
                }
            }
        }
        assertTrue(literals > 200, "the scan saw the sources' literals: " + literals);
        assertEquals(List.of(), found);
    }

    @Test
    void theScanWouldSeeAColumnName() {
        // Guards the guard: a literal of the kind the rule forbids is recognised.
        Matcher matcher = STRING_LITERAL.matcher("int i = layout.indexOf(\"Referral ID\");");
        assertTrue(matcher.find());
        assertTrue(columnNames().contains(matcher.group(1)));
        assertTrue(columnNames().containsAll(List.of("Errors", "Deal Name", "Solution", "Team member",
                "Marketplace Purchase Intent", "Microsoft team member")));
    }

    private static List<Path> sourcesOf(String layer) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(layer))) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Comments may name columns (they say why); only code counts. */
    private static String stripComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//[^\\n]*", " ").replaceAll("\\s//[^\\n\"]*", " ");
    }
}
