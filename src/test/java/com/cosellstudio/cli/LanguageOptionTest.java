package com.cosellstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.i18n.Languages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --lang} on every command: the texts of messages and reports change language, the codes,
 * report fields and exit statuses do not. The pseudo-language en-XA (every text wrapped [!…!])
 * shows which texts followed the choice without depending on a translation.
 */
class LanguageOptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ERRORS = CliRun.sample("deals-with-errors.csv");

    @TempDir
    Path dir;

    @Test
    void theTextReportSpeaksTheLanguageAskedForWithTheSameStatus() {
        CliRun english = CliRun.of("check", ERRORS, "--lang", "en");
        CliRun pseudo = CliRun.of("check", ERRORS, "--lang", "en-XA");
        CliRun before = CliRun.of("--lang=en-XA", "check", ERRORS);

        assertEquals(ExitStatus.ERRORS_FOUND, english.status());
        assertEquals(english.status(), pseudo.status());
        assertFalse(english.out().contains("[!"), english.out());
        for (String line : pseudo.out().split("\n")) {
            if (!line.isBlank()) {
                assertTrue(line.contains("[!"), "not from the chosen language: " + line);
            }
        }
        assertEquals(pseudo.out(), before.out(), "before or after the verb alike");
    }

    @Test
    void theJsonReportKeepsItsCodesAndFieldsAndTranslatesItsMessages() throws IOException {
        JsonNode english = JSON.readTree(CliRun.of("check", ERRORS, "--format", "json", "--lang", "en").out());
        JsonNode pseudo = JSON.readTree(CliRun.of("check", ERRORS, "--format", "json", "--lang", "en-XA").out());

        assertEquals(codes(english), codes(pseudo));
        assertFalse(codes(english).isEmpty());
        assertEquals(fieldNames(english), fieldNames(pseudo));
        assertTrue(pseudo.toString().contains("[!"), "messages follow the language");
    }

    @Test
    void theHtmlAndCsvReportsSpeakTheLanguageAskedFor() throws IOException {
        Path html = dir.resolve("r.html");
        Path csv = dir.resolve("r.csv");
        assertEquals(ExitStatus.ERRORS_FOUND, CliRun.of("check", ERRORS, "--report", html.toString(), "--lang", "en-XA").status());
        assertEquals(ExitStatus.ERRORS_FOUND, CliRun.of("check", ERRORS, "--report", csv.toString(), "--lang", "en-XA").status());

        assertTrue(Files.readString(html).contains("[!"), "HTML words");
        String errors = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(errors.contains("[!"), "the Errors column's messages");
        assertTrue(errors.startsWith("\uFEFFErrors,"), "the header stays the template's");
    }

    @Test
    void aLanguageTheAppDoesNotSpeakIsAUsageError() {
        CliRun french = CliRun.of("check", ERRORS, "--lang", "fr");
        assertEquals(ExitStatus.FAILURE, french.status());
        assertTrue(french.err().contains("--lang must be ru or en, not \"fr\""), french.err());
        assertEquals("", french.out());

        CliRun missing = CliRun.of("check", ERRORS, "--lang");
        assertEquals(ExitStatus.FAILURE, missing.status());
        assertTrue(missing.err().contains("--lang"), missing.err());
    }

    @Test
    void helpMentionsTheOption() {
        assertTrue(CliRun.of("--help").out().contains("--lang ru|en"));
        assertTrue(CliRun.of("check", "--help").out().contains("--lang ru|en"));
        assertTrue(CliRun.of("template", "--help", "--lang", "en").out().contains("--lang ru|en"));
    }

    @Test
    void everyCommandTakesIt() {
        Path out = dir.resolve("t.csv");
        assertEquals(ExitStatus.OK, CliRun.of("template", "--output", out.toString(), "--lang", "ru").status());
        assertTrue(Files.exists(out));
        CliRun plain = CliRun.of("convert", ERRORS, "--output", dir.resolve("a.csv").toString());
        CliRun pseudo = CliRun.of("convert", ERRORS, "--output", dir.resolve("b.csv").toString(), "--lang", "en-XA");
        assertEquals(plain.status(), pseudo.status());
        assertEquals(plain.out().isBlank(), pseudo.out().isBlank());
        assertTrue(pseudo.out().isBlank() || pseudo.out().contains("[!"), pseudo.out());
    }

    @Test
    void inRussianTheCheckPrintsRussianWithTheSameCodesAndStatus() {
        Assumptions.assumeTrue(hasTranslation("com.cosellstudio.report.report") && hasTranslation("com.cosellstudio.rules.messages"),
                "the Russian bundles are not on this branch yet");
        CliRun english = CliRun.of("check", ERRORS, "--format", "json", "--lang", "en");
        CliRun russian = CliRun.of("check", ERRORS, "--format", "json", "--lang", "ru");
        assertEquals(english.status(), russian.status());
        assertTrue(russian.out().chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC));
        CliRun text = CliRun.of("check", ERRORS, "--lang", "ru");
        assertTrue(text.out().chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC), text.out());
    }

    private static boolean hasTranslation(String bundle) {
        return ResourceBundle.getBundle(bundle, Languages.RUSSIAN, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).getLocale().getLanguage().equals("ru");
    }

    private static List<String> codes(JsonNode report) {
        List<String> codes = new ArrayList<>();
        report.findValues("code").forEach(code -> codes.add(code.asText()));
        return codes;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
