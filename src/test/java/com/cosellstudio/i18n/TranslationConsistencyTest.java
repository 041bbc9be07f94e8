package com.cosellstudio.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every translation of every bundle ({@code X_ru.properties} beside {@code X.properties}, found
 * wherever they are) has exactly the base bundle's keys, and each pattern uses the same arguments
 * the same way: the same argument numbers, each a number, a date or a text in both. A plural names
 * only the forms its language has (Russian: one, few, many, other). A bundle without a translation
 * yet has nothing to compare.
 */
class TranslationConsistencyTest {
    private static final Path MAIN = Path.of("src/main/resources");
    private static final Pattern TRANSLATION = Pattern.compile("(.+)_([a-z]{2})\\.properties");

    @Test
    void everyTranslationHasTheBaseKeysAndUsesTheirArgumentsTheSameWay() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path translation : translations(MAIN)) {
            problems.addAll(compare(translation));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsMissingAndExtraKeysDroppedOrRetypedArgumentsAndForeignPluralForms() throws IOException {
        Path translation = Path.of("src/test/resources/com/cosellstudio/i18n/mismatched_ru.properties");
        List<String> problems = compare(translation);
        String base = "mismatched";
        assertEquals(List.of(
                base + "_ru: onlyThere is not in the base bundle",
                base + "_ru: badForm has the plural form two, which ru has not",
                base + "_ru: dropped uses {0=[text]} where the base uses {0=[text], 1=[date]}",
                base + "_ru: onlyHere is missing",
                base + "_ru: retyped uses {0=[date]} where the base uses {0=[number]}"), problems);
        assertTrue(compare(Path.of("src/test/resources/com/cosellstudio/i18n/plurals_ru.properties")).isEmpty());
    }

    @Test
    void aPluralFormTheLanguageDoesNotHaveIsRefused() {
        assertEquals(List.of("two"), foreignPluralForms("{0,plural,one{# строка} two{# строки} other{# строк}}",
                new Locale("ru")));
        assertEquals(List.of(), foreignPluralForms("{0,plural,=0{нет} one{#} few{#} many{#} other{#}}", new Locale("ru")));
    }

    private static List<Path> translations(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> TRANSLATION.matcher(file.getFileName().toString()).matches()).sorted().toList();
        }
    }

    private static List<String> compare(Path translation) throws IOException {
        Matcher name = TRANSLATION.matcher(translation.getFileName().toString());
        assertTrue(name.matches());
        String label = name.group(1) + "_" + name.group(2);
        Locale language = new Locale(name.group(2));
        Path basePath = translation.resolveSibling(name.group(1) + ".properties");
        List<String> problems = new ArrayList<>();
        if (!Files.exists(basePath)) {
            return List.of(label + ": no base bundle " + basePath.getFileName());
        }
        Properties base = load(basePath);
        Properties translated = load(translation);
        for (String key : new TreeSet<>(translated.stringPropertyNames())) {
            if (!base.containsKey(key)) {
                problems.add(label + ": " + key + " is not in the base bundle");
            }
        }
        for (String key : new TreeSet<>(base.stringPropertyNames())) {
            if (!translated.containsKey(key)) {
                problems.add(label + ": " + key + " is missing");
                continue;
            }
            try {
                Map<String, Set<String>> expected = arguments(base.getProperty(key));
                Map<String, Set<String>> actual = arguments(translated.getProperty(key));
                if (!expected.equals(actual)) {
                    problems.add(label + ": " + key + " uses " + actual + " where the base uses " + expected);
                }
                for (String form : foreignPluralForms(translated.getProperty(key), language)) {
                    problems.add(label + ": " + key + " has the plural form " + form + ", which " + language + " has not");
                }
            } catch (IllegalArgumentException e) {
                problems.add(label + ": " + key + " is not a valid pattern: " + e.getMessage());
            }
        }
        return problems;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Each argument of the pattern and what it is used as: a number, a date or a text. */
    private static Map<String, Set<String>> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Map<String, Set<String>> arguments = new TreeMap<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                String argument = parsed.getSubstring(parsed.getPart(i + 1));
                String kind = switch (part.getArgType()) {
                    case NONE, SELECT -> "text";
                    case PLURAL, SELECTORDINAL, CHOICE -> "number";
                    case SIMPLE -> {
                        String type = parsed.getSubstring(parsed.getPart(i + 2));
                        yield type.equals("date") || type.equals("time") ? "date" : "number";
                    }
                };
                arguments.computeIfAbsent(argument, a -> new TreeSet<>()).add(kind);
            }
        }
        return arguments;
    }

    /** The plural selectors of {@code pattern} that are not forms of {@code language} (nor an exact "=N"). */
    private static List<String> foreignPluralForms(String pattern, Locale language) {
        Set<String> forms = PluralRules.forLocale(language).getKeywords();
        MessagePattern parsed = new MessagePattern(pattern);
        Deque<MessagePattern.ArgType> open = new ArrayDeque<>();
        List<String> foreign = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            switch (part.getType()) {
                case ARG_START -> open.push(part.getArgType());
                case ARG_LIMIT -> open.pop();
                case ARG_SELECTOR -> {
                    String selector = parsed.getSubstring(part);
                    if (open.peek() == MessagePattern.ArgType.PLURAL && !selector.startsWith("=") && !forms.contains(selector)) {
                        foreign.add(selector);
                    }
                }
                default -> { }
            }
        }
        return foreign;
    }
}
