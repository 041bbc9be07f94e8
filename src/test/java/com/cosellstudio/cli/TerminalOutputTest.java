package com.cosellstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cell (or a file name) holding a terminal's control codes reaches the terminal spelled out: a
 * country cell that would set the window title and clear the screen is shown, not obeyed.
 */
class TerminalOutputTest {
    private static final String HOSTILE = "\u001b]0;PWNED\u0007\u001b[2J";

    @TempDir
    Path dir;

    @Test
    void checkSpellsOutControlCharactersOfACell() throws Exception {
        Path file = hostileFile("deals.csv");
        CliRun run = CliRun.of("check", file.toString());

        assertNoControlCharacters(run.out());
        assertTrue(run.out().contains("\\x1B]0;PWNED\\x07\\x1B[2J"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void aFileNameWithControlCharactersIsSpelledOutOnBothStreams() throws Exception {
        Path file = hostileFile("deals\u001b[2J\u009b.csv");
        CliRun run = CliRun.of("check", file.toString());
        assertNoControlCharacters(run.out());
        assertTrue(run.out().contains("deals\\x1B[2J\\x9B.csv"), run.out());

        CliRun missing = CliRun.of("check", dir.resolve("gone\u0007.csv").toString());
        assertEquals(ExitStatus.FAILURE, missing.status());
        assertNoControlCharacters(missing.err());
        assertTrue(missing.err().contains("gone\\x07.csv"), missing.err());
    }

    /**
     * A workbook's sheet name (shown on the Format line) is the file's text too: spelled out, so it
     * can neither drive the terminal nor forge a line of the summary. Before, it was printed raw.
     */
    @Test
    void checkSpellsOutControlCharactersOfASheetName() {
        CliRun run = CliRun.of("check", "src/test/resources/hostile/control-codes-in-sheet-name.xlsx");

        assertNoControlCharacters(run.out());
        assertTrue(run.out().contains("X\\x1B]0;PWNED\\x07\\x1B[2J\\nDeals:"), run.out());
        assertTrue(!run.out().contains("\nDeals:     999"), "no forged line: " + run.out());
        assertEquals("", run.err());
    }

    @Test
    void jsonEscapesThemAsJsonDoes() throws Exception {
        CliRun run = CliRun.of("check", hostileFile("deals.csv").toString(), "--format", "json");
        assertNoControlCharacters(run.out());
        boolean found = false;
        for (JsonNode issue : new ObjectMapper().readTree(run.out()).get("issues")) {
            found |= HOSTILE.equals(issue.get("value").asText());
        }
        assertTrue(found, "the value itself, once the JSON is read: " + run.out());
    }

    private Path hostileFile(String name) throws Exception {
        String sample = Files.readString(CliRun.SAMPLES.resolve("deals-valid.csv"), StandardCharsets.UTF_8);
        String hostile = sample.replaceFirst(",FR,", "," + HOSTILE + ",");
        assertTrue(hostile.contains(HOSTILE));
        return Files.writeString(dir.resolve(name), hostile, StandardCharsets.UTF_8);
    }

    /** Nothing below a space but line ends, no DEL, no C1 code. */
    private static void assertNoControlCharacters(String text) {
        for (char c : text.toCharArray()) {
            boolean control = c < ' ' && c != '\n' && c != '\r' || c >= '\u007f' && c <= '\u009f';
            assertTrue(!control, "control character U+" + Integer.toHexString(c) + " in: " + text);
        }
    }
}
