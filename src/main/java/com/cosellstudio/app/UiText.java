package com.cosellstudio.app;

import com.cosellstudio.i18n.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every user-visible string of the window comes from {@code ui.properties} (and its translations).
 * Keys are dotted ("menu.file.open"); patterns are ICU MessageFormat patterns (see {@link Messages}).
 */
public final class UiText {
    /** The base name of the window's bundle. */
    public static final String BUNDLE = "com.cosellstudio.app.ui";

    private final Messages messages;

    /**
     * @param locale how dates, numbers and plurals are written: the user's, not the bundle's (the
     *               base bundle's own locale is the root one, which writes a date "2026 Dec 4")
     */
    public UiText(ResourceBundle bundle, Locale locale) {
        this.messages = new Messages(bundle, locale);
    }

    private UiText(Messages messages) {
        this.messages = messages;
    }

    /** The window's texts in {@code locale}. */
    public static UiText forLocale(Locale locale) {
        return new UiText(Messages.of(BUNDLE, locale));
    }

    /** The bundle of the default locale. */
    public static UiText forDefaultLocale() {
        return forLocale(Locale.getDefault());
    }

    /** The language and region numbers, dates and country names are written in. */
    public Locale locale() {
        return messages.locale();
    }

    /** The text of {@code key}; the key itself in brackets when missing, so a gap shows but never crashes. */
    public String get(String key) {
        String text = messages.raw(key);
        return text == null ? "[" + key + "]" : text;
    }

    /** The pattern of {@code key} filled with {@code args}. */
    public String format(String key, Object... args) {
        String text = messages.formatIfPresent(key, args);
        return text == null ? "[" + key + "]" : text;
    }
}
