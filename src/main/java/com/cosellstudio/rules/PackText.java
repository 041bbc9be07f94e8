package com.cosellstudio.rules;

import com.cosellstudio.i18n.Bundles;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * Where a rule pack's text for people lives: a key of the pack's own bundle (the 2023 pack's
 * {@code pack2023.properties} and its translations), so every pack gets every language the same way.
 *
 * @param bundle the bundle's base name ("com.cosellstudio.rules.pack2023")
 * @param key    the key in it ("DeclinedLostErrorreason.label.6")
 */
public record PackText(String bundle, String key) {

    /** The text in {@code locale} (English where that language has none), or null when the pack has none. */
    public String in(Locale locale) {
        try {
            return Bundles.get(bundle, locale).getString(key);
        } catch (MissingResourceException missing) {
            return null;
        }
    }

    /** The text of {@code text} in {@code locale}, or null when there is none. */
    public static String in(PackText text, Locale locale) {
        return text == null ? null : text.in(locale);
    }
}
