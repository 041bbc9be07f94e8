package com.cosellstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every message the engine can emit has a text, and every text renders. */
class MessageBundleTest {

    private final IssueMessages english = IssueMessages.english();

    /** The keys the code emits (constants of MessageKeys) plus those the pack's data makes it emit. */
    static Set<String> emittableKeys() {
        Set<String> keys = new TreeSet<>(Deal.ENGINE.packMessageKeys());
        for (Field field : MessageKeys.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().startsWith("PART_")) {
                try {
                    field.setAccessible(true);
                    keys.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return keys;
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/com/cosellstudio/rules/messages.properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyEmittableKeyHasAMessage() {
        List<String> missing = emittableKeys().stream().filter(k -> !english.hasKey(k)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void everyMessageInTheBundleCanBeEmitted() throws IOException {
        Set<String> emittable = emittableKeys();
        List<String> orphans = new ArrayList<>();
        bundle().stringPropertyNames().stream().filter(k -> !emittable.contains(k)).sorted().forEach(orphans::add);
        assertEquals(List.of(), orphans, "messages nobody emits (a renamed key?)");
    }

    @Test
    void everyMessageRendersWithItsArgumentsFilledIn() {
        for (String key : emittableKeys()) {
            Issue issue = new Issue(Severity.ERROR, Code.INVALID_VALUE, 1, "Column", 0, "value", key,
                    List.of(10, 11, 12, 13, 14), null);  // numbers fit both {n} and {n,number}
            String text = english.render(issue);
            assertFalse(text.contains("{") || text.contains("}"), key + " left a placeholder: " + text);
            assertFalse(text.contains("'"), key + " shows a quote MessageFormat should have consumed: " + text);
        }
    }

    @Test
    void anotherLanguageWithoutBundleFallsBackToEnglish() {
        Issue issue = new Issue(Severity.ERROR, Code.REQUIRED, 1, "Deal Name", 3, "", "REQUIRED",
                List.of("Deal Name", ""), null);
        assertEquals("Deal Name is required", IssueMessages.forLocale(new Locale("xx")).render(issue));
        assertEquals("Deal Name is required", IssueMessages.forLocale(Locale.GERMANY).render(issue));
    }

    @Test
    void anUnknownDetailFallsBackToTheCodeMessage() {
        Issue issue = new Issue(Severity.ERROR, Code.REQUIRED, 1, "Deal Name", 3, "", "REQUIRED.somethingNew",
                List.of("Deal Name", ""), null);
        assertEquals("Deal Name is required", english.render(issue));
    }

    @Test
    void longOrMultiLineValuesAreShownOnOneShortLine() {
        String notes = "line one\nline two " + "x".repeat(200);
        Issue issue = new Issue(Severity.WARNING, Code.FORMULA_LIKE, 1, "Notes", 26, "=" + notes, "FORMULA_LIKE",
                List.of("Notes", "=" + notes), null);
        String text = english.render(issue);
        assertFalse(text.contains("\n"));
        assertTrue(text.length() < 200, text);
        assertTrue(text.contains("…"), text);
    }

    @Test
    void aShortMultiLineValueIsJoinedOnOneLine() {
        Issue issue = new Issue(Severity.WARNING, Code.FORMULA_LIKE, 1, "Notes", 26, "=a\r\nb", "FORMULA_LIKE",
                List.of("Notes", "=a\r\nb\rc\nd"), null);
        assertEquals("Notes: \"=a b c d\" starts like a formula; spreadsheet programs may run it (CSV injection)",
                english.render(issue));
    }

    @Test
    void oneLanguageIsLoadedOnceAndSharedByEveryCaller() {
        assertSame(IssueMessages.english(), IssueMessages.forLocale(Locale.ENGLISH));
    }

    @Test
    void aRepeatedFindingReadsTheSameAndAnotherValueReadsItsOwn() {
        // Texts are reused for the same key and arguments; any other argument must give its own text.
        Issue active = new Issue(Severity.INFO, Code.IGNORED, 1, "Microsoft Referral Status", 18, "Active",
                "IGNORED.readOnly", List.of("Microsoft Referral Status", "Active"), null);
        Issue againOnRow2 = new Issue(Severity.INFO, Code.IGNORED, 2, "Microsoft Referral Status", 18, "Active",
                "IGNORED.readOnly", List.of("Microsoft Referral Status", "Active"), null);
        Issue closed = new Issue(Severity.INFO, Code.IGNORED, 3, "Microsoft Referral Status", 18, "Closed",
                "IGNORED.readOnly", List.of("Microsoft Referral Status", "Closed"), null);

        assertEquals("Microsoft Referral Status: \"Active\" is read-only; Partner Center ignores it", english.render(active));
        assertEquals(english.render(active), english.render(againOnRow2));
        assertEquals("Microsoft Referral Status: \"Closed\" is read-only; Partner Center ignores it", english.render(closed));
        assertEquals("Microsoft Referral Status: \"Closed\" is read-only; Partner Center ignores it",
                IssueMessages.forLocale(Locale.GERMANY).render(closed));
    }
}
