package com.cosellstudio.app.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cosellstudio.i18n.Languages;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** View ▸ Language: the system's language until the user chooses, then the choice, also after a restart. */
class LanguagePreferenceTest {
    private final Preferences node = Preferences.userRoot().node("com/cosellstudio/studio-test/language-" + System.nanoTime());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void withoutAChoiceTheSystemDecides() {
        LanguagePreference preference = new LanguagePreference(node);
        assertEquals(new Locale("ru", "RU"), preference.language(new Locale("ru", "RU")));
        assertEquals(Locale.ENGLISH, preference.language(Locale.GERMANY));
    }

    @Test
    void aChoiceWinsOverTheSystemAndIsRememberedForTheNextStart() {
        new LanguagePreference(node).choose(Languages.RUSSIAN);

        LanguagePreference nextStart = new LanguagePreference(node);
        assertEquals(Languages.RUSSIAN, nextStart.language(Locale.US));
        nextStart.choose(Locale.ENGLISH);
        assertEquals(Locale.US, new LanguagePreference(node).language(Locale.US), "English keeps the system's region");
        assertEquals(Locale.ENGLISH, new LanguagePreference(node).language(new Locale("ru", "RU")));
    }

    @Test
    void aChoiceTheAppNoLongerSpeaksFallsBackToTheSystem() {
        node.put("language", "fr");
        assertEquals(new Locale("ru", "RU"), new LanguagePreference(node).language(new Locale("ru", "RU")));
    }
}
