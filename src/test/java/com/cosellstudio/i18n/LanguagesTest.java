package com.cosellstudio.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which language the app speaks on which system, and what a choice names. */
class LanguagesTest {
    private static final Locale RU_RU = new Locale("ru", "RU");
    private static final Locale EN_GB = new Locale("en", "GB");

    @Test
    void theSystemsLanguageWhenSpokenEnglishOtherwise() {
        assertEquals(RU_RU, Languages.ofSystem(RU_RU));
        assertEquals(EN_GB, Languages.ofSystem(EN_GB));
        assertEquals(Locale.ENGLISH, Languages.ofSystem(Locale.GERMANY));
        assertEquals(Locale.ENGLISH, Languages.ofSystem(new Locale("uk", "UA")));
    }

    @Test
    void aChosenLanguageKeepsTheSystemsRegionWhenTheLanguageIsTheSame() {
        assertEquals(Optional.of(EN_GB), Languages.forTag("en", EN_GB));
        assertEquals(Optional.of(Languages.RUSSIAN), Languages.forTag("ru", EN_GB));
        assertEquals(Optional.of(RU_RU), Languages.forTag("ru", RU_RU));
        assertEquals(Optional.of(RU_RU), Languages.forTag("ru-RU", Locale.US));
        assertEquals(Optional.of(Bundles.PSEUDO), Languages.forTag("en-XA", Locale.US));
    }

    @Test
    void aLanguageTheAppDoesNotSpeakIsNoChoice() {
        assertEquals(Optional.empty(), Languages.forTag("fr", Locale.US));
        assertEquals(Optional.empty(), Languages.forTag("", Locale.US));
        assertEquals(Optional.empty(), Languages.forTag(null, Locale.US));
    }

    @Test
    void eachLanguageIsNamedInItself() {
        assertEquals("English", Languages.nameInItself(Locale.ENGLISH));
        assertEquals("Русский", Languages.nameInItself(Languages.RUSSIAN));
        assertEquals("ru", Languages.tag(RU_RU));
    }
}
