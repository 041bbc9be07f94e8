package com.cosellstudio.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string of the window comes from {@code ui.properties} (and its translations,
 * picked by the default locale). Keys are dotted ("menu.file.open"); patterns use MessageFormat.
 */
public final class UiText {
    private static final String BUNDLE = "com.cosellstudio.app.ui";

    private final ResourceBundle bundle;
    private final Locale locale;

    /**
     * @param locale how dates and numbers are written: the user's, not the bundle's (the base
     *               bundle's own locale is the root one, which writes a date "2026 Dec 4")
     */
    public UiText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle of the default locale. */
    public static UiText forDefaultLocale() {
        Locale locale = Locale.getDefault();
        return new UiText(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    /** The text of {@code key}; the key itself in brackets when missing, so a gap shows but never crashes. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** The pattern of {@code key} filled with {@code args}. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }
}
