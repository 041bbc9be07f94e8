package com.cosellstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.ChildJvm;
import com.cosellstudio.CommandLineMain;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} in Russian: a Russian-speaking user reads Russian words and messages, while the
 * issue codes, the column names of the file and the exit status stay what scripts rely on.
 */
class RussianCheckTest {
    private static final Pattern CODE = Pattern.compile(" (error|warning|info) ([A-Z_]+) \u2014 ");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @TempDir
    Path dir;

    @Test
    void checkInRussianPrintsRussianMessagesWithTheSameCodesAndStatus() {
        CliRun english = CliRun.of("check", CliRun.sample("deals-with-errors.csv"));
        CliRun russian = CliRun.of("check", CliRun.sample("deals-with-errors.csv"), "--lang", "ru");

        assertEquals(ExitStatus.ERRORS_FOUND, russian.status(), russian.err());
        assertEquals(english.status(), russian.status());
        assertEquals("", russian.err());
        assertEquals(codes(english.out()), codes(russian.out()), "the same issues, in the same order");
        assertFalse(codes(russian.out()).isEmpty());

        assertTrue(russian.out().contains("Сделки:          60 ("), russian.out());
        // 24 rows with errors: the plural form after "в" is the prepositional plural.
        assertTrue(russian.out().contains(" в 24 строках"), russian.out());
        assertTrue(russian.out().contains("строка 4, Partner Referral Status: error "), russian.out());
        for (String line : issueLines(russian.out())) {
            String message = line.substring(line.indexOf(" \u2014 ") + 3);
            assertTrue(CYRILLIC.matcher(message).find(), "a Russian message: " + line);
        }
        assertFalse(russian.out().contains(" is required"), russian.out());
    }

    @Test
    void helpAndArgumentErrorsAreRussianToo() {
        CliRun help = CliRun.of("--lang", "ru", "--help");
        assertEquals(ExitStatus.OK, help.status(), help.err());
        assertTrue(help.out().contains("Код завершения check: 0 \u2014 ошибок нет"), help.out());
        assertTrue(help.out().contains("cosell-studio check FILE [--format text|json]"), help.out());
        assertTrue(help.out().contains("Любая команда принимает --lang ru|en"), help.out());

        CliRun unknown = CliRun.of("check", CliRun.sample("deals-valid.csv"), "--colour", "--lang", "ru");
        assertEquals(ExitStatus.FAILURE, unknown.status());
        assertEquals("cosell-studio check: неизвестный параметр --colour (см. cosell-studio check --help)",
                unknown.err().strip());
    }

    @Test
    void theReadersMessagesFollowTheLanguageAskedForInARealProcess() throws Exception {
        // An English system asked for Russian: the process's whole output is Russian, the readers' too.
        ChildJvm.Run run = ChildJvm.run(ChildJvm.command(List.of("-Djava.awt.headless=true", "-Duser.language=en",
                "-Duser.country=US"), CommandLineMain.class.getName(), "check", "no-such-file.csv", "--lang", "ru"),
                null, dir);
        assertEquals(ExitStatus.FAILURE, run.status(), run.out());
        assertEquals("cosell-studio check: no-such-file.csv: файл не найден", run.err().strip());
    }

    private static List<String> issueLines(String out) {
        return out.lines().filter(line -> CODE.matcher(line).find()).toList();
    }

    private static List<String> codes(String out) {
        return issueLines(out).stream().map(line -> {
            Matcher matcher = CODE.matcher(line);
            matcher.find();
            return matcher.group(1) + " " + matcher.group(2);
        }).toList();
    }
}
