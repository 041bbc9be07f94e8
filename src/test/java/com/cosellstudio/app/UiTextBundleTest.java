package com.cosellstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.rules.Requirement;
import com.cosellstudio.rules.Severity;
import com.cosellstudio.rules.TemplateRevision;
import com.cosellstudio.rules.pack.PackedCellRule;
import com.cosellstudio.rules.pack.PartRule;
import com.cosellstudio.rules.pack.ReadOnlyRule;
import com.cosellstudio.rules.pack.RulePackLoader;
import com.cosellstudio.rules.pack.RulePacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the window uses is in {@code ui.properties}, and every pattern there is valid
 * MessageFormat, so a translation (ui_ru.properties) is a new file and nothing else.
 */
class UiTextBundleTest {
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");
    /** Dotted literals in the sources that are not bundle keys: the bundle's name, a system property, a resource, a GNOME settings schema. */
    private static final Set<String> NOT_KEYS = Set.of("com.cosellstudio.app.ui", "cosellstudio.startupTrace",
            "cosellstudio.data", "os.name", "user.home", "version.properties", "org.gnome.desktop.interface");

    private final ResourceBundle bundle = ResourceBundle.getBundle("com.cosellstudio.app.ui", Locale.ROOT);

    @Test
    void everyKeyLiteralInTheWindowSourcesIsInTheBundle() throws IOException {
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/cosellstudio/app"))) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (NOT_KEYS.contains(key)) {
                        continue;
                    }
                    found++;
                    if (!bundle.containsKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(found > 100, "the scan found the keys: " + found);
        assertEquals(Set.of(), missing);
    }

    @Test
    void keysBuiltAtRunTimeAreInTheBundle() {
        Set<String> missing = new TreeSet<>();
        for (Severity severity : Severity.values()) {
            check("severity." + severity.id(), missing);
            check("issues.show." + severity.id(), missing);
        }
        for (Requirement requirement : Requirement.values()) {
            check("column.required." + requirement.name().toLowerCase(Locale.ROOT), missing);
        }
        for (RulePackLoader.Loaded loaded : RulePacks.shipped().all()) {
            for (PackedCellRule shape : loaded.pack().packedCells().values()) {
                for (PartRule part : shape.parts()) {
                    check("form.part." + part.name(), missing);
                    check("form.prompt." + part.name(), missing);
                }
            }
        }
        for (ReadOnlyRule.When when : ReadOnlyRule.When.values()) {
            check("column.readOnly." + when.name(), missing);
        }
        for (TemplateRevision.Basis basis : TemplateRevision.Basis.values()) {
            check("status.template." + basis.name().toLowerCase(Locale.ROOT), missing);
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyPatternIsValidMessageFormat() {
        for (String key : bundle.keySet()) {
            String pattern = bundle.getString(key);
            new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {1, 2, 3});
        }
        UiText text = new UiText(bundle, Locale.US);
        assertEquals("Partner Center's limit is 50 Solution columns: no more can be added.",
                text.format("notice.groupLimit", 50, "Solution"));
        assertEquals("1,000 / 1,000 deals", text.format("status.limit", 1000, 1000));
        assertEquals("1 error", text.format("status.errors", 1));
    }

    @Test
    void datesAreWrittenTheUsersWayNotTheBaseBundlesRootWay() {
        java.util.Date ended = java.util.Date.from(java.time.LocalDateTime.of(2026, 12, 4, 21, 43)
                .atZone(java.time.ZoneId.systemDefault()).toInstant());
        assertEquals("Co-sell Studio ended on Dec 4, 2026 at 9:43 PM before your changes to deals.csv were saved (40 rows).",
                new UiText(bundle, Locale.US).format("dialog.restore.body", "deals.csv", ended, 40)
                        .replace('\u202F', ' '));
    }

    private void check(String key, Set<String> missing) {
        if (!bundle.containsKey(key)) {
            missing.add(key);
        }
    }
}
