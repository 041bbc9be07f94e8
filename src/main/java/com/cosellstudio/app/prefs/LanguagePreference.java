package com.cosellstudio.app.prefs;

import com.cosellstudio.i18n.Languages;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * View ▸ Language, remembered in the user's preferences. Without a choice the system's language
 * decides (see {@link Languages#ofSystem}). The window reads it once, at start: its texts are made
 * as it is built, so a new choice applies from the next start. Tests pass their own node.
 */
public final class LanguagePreference {
    private static final String KEY = "language";

    private final Preferences node;

    public LanguagePreference(Preferences node) {
        this.node = node;
    }

    /** The desktop user's choice. */
    public static LanguagePreference ofUser() {
        return new LanguagePreference(Preferences.userRoot().node("com/cosellstudio/studio"));
    }

    /** The language to start in on a system set to {@code system}. */
    public Locale language(Locale system) {
        String chosen = node.get(KEY, null);
        return Languages.forTag(chosen, system).orElseGet(() -> Languages.ofSystem(system));
    }

    /** Remembers {@code language} for the next start. */
    public void choose(Locale language) {
        node.put(KEY, Languages.tag(language));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Kept in memory for this session; the next start falls back to the system's language.
        }
    }
}
