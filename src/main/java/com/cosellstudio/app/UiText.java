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

    public UiText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle of the default locale. */
    public static UiText forDefaultLocale() {
        return new UiText(ResourceBundle.getBundle(BUNDLE, Locale.getDefault()));
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
        return new MessageFormat(get(key), bundle.getLocale()).format(args);
    }
}
