package com.cosellstudio.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plurals in each language's own forms, the English fallback, and the pseudo-language. */
class MessagesTest {
    private static final String BUNDLE = "com.cosellstudio.i18n.plurals";

    @ParameterizedTest
    @CsvSource({"1, 1 deal", "2, 2 deals", "5, 5 deals", "21, 21 deals", "0, 0 deals"})
    void englishHasOneAndOther(int count, String expected) {
        assertEquals(expected, Messages.of(BUNDLE, Locale.ENGLISH).format("deals", count));
    }

    @ParameterizedTest
    @CsvSource({"1, 1 сделка", "2, 2 сделки", "4, 4 сделки", "5, 5 сделок", "11, 11 сделок", "21, 21 сделка",
            "22, 22 сделки", "25, 25 сделок", "0, 0 сделок"})
    void russianHasOneFewAndMany(int count, String expected) {
        assertEquals(expected, Messages.of(BUNDLE, Languages.RUSSIAN).format("deals", count));
    }

    @Test
    void numbersAreGroupedTheLanguagesWay() {
        assertEquals("Saved 1,000 deals to a.csv", Messages.of(BUNDLE, Locale.US).format("saved", 1000, "a.csv"));
        assertEquals("Сохранено: 1 000 сделок в a.csv",
                Messages.of(BUNDLE, new Locale("ru", "RU")).format("saved", 1000, "a.csv").replace('\u00A0', ' '));
    }

    @Test
    void aLanguageWithoutATranslationGetsEnglishNeverTheDefaultLocales() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("ru", "RU"));
            assertEquals("2 deals", Messages.of(BUNDLE, Locale.FRENCH).format("deals", 2));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void englishWordsTakeEnglishPluralsWhateverTheLocale() {
        // French counts 0 as singular, the root locale has no singular at all: neither applies to English words.
        assertEquals("0 deals", Messages.of(BUNDLE, Locale.FRENCH).format("deals", 0));
        assertEquals("1 deal", Messages.of(BUNDLE, Locale.ROOT).format("deals", 1));
        assertEquals("2 deals", Messages.of(BUNDLE, Locale.ROOT).format("deals", 2));
    }

    @Test
    void thePseudoLanguageWrapsEveryTextAndStillFormatsIt() {
        Messages pseudo = Messages.of(BUNDLE, Bundles.PSEUDO);
        assertEquals("[!2 deals!]", pseudo.format("deals", 2));
        assertEquals("[!{0,plural,one{# deal} other{# deals}}!]", pseudo.raw("deals"));
    }
}
