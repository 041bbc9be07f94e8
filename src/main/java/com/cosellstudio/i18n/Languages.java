package com.cosellstudio.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the app speaks and how one is picked: the system's language when the app speaks it
 * (Russian for ru), English otherwise; a choice (View ▸ Language, {@code --lang}) names one by its
 * tag. A language the system also uses keeps the system's region, so numbers and dates stay written
 * the user's way ({@code en-GB} stays British).
 */
public final class Languages {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = new Locale("ru");
    /** The languages offered, in the order View ▸ Language lists them. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, RUSSIAN);

    private Languages() {
    }

    /** The language for a user whose system is set to {@code system}. */
    public static Locale ofSystem(Locale system) {
        return speaks(system.getLanguage()) ? system : ENGLISH;
    }

    /**
     * The language a tag asks for ("ru", "en", "ru-RU"; the pseudo-language "en-XA" too), or
     * empty when the app does not speak it.
     */
    public static Optional<Locale> forTag(String tag, Locale system) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale asked = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        if (!speaks(asked.getLanguage())) {
            return Optional.empty();
        }
        if (!asked.getCountry().isEmpty()) {
            return Optional.of(asked);
        }
        return Optional.of(asked.getLanguage().equals(system.getLanguage()) ? system : asked);
    }

    /** The tag a choice is remembered by ("ru"). */
    public static String tag(Locale language) {
        return Bundles.PSEUDO.equals(language) ? language.toLanguageTag() : language.getLanguage();
    }

    /** Whether two locales speak the same language (whatever their regions). */
    public static boolean sameLanguage(Locale one, Locale other) {
        return one.getLanguage().equals(other.getLanguage());
    }

    /** The language's name as its speakers write it ("English", "Русский"), from the JDK's locale data. */
    public static String nameInItself(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    private static boolean speaks(String language) {
        for (Locale supported : SUPPORTED) {
            if (supported.getLanguage().equals(language)) {
                return true;
            }
        }
        return false;
    }
}
