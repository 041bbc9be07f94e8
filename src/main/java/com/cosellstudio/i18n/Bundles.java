package com.cosellstudio.i18n;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Loads every bundle of the app the same way: properties files only, and a language without a
 * translation gets the base (English) texts, never those of the JVM's default locale.
 *
 * <p>{@link #PSEUDO} is a pseudo-language for finding text that bypasses the bundles: each text of
 * the base bundle comes back wrapped as {@code [!…!]}, so anything unwrapped on screen was not
 * read from a bundle. Choose it with {@code -Duser.language=en -Duser.country=XA} or
 * {@code --lang en-XA}.
 */
public final class Bundles {
    /** The pseudo-language (the region code CLDR reserves for pseudo-locales). */
    public static final Locale PSEUDO = new Locale("en", "XA");

    private static final ResourceBundle.Control CONTROL = new PseudoControl();

    private Bundles() {
    }

    /** The bundle {@code baseName} in {@code locale}, English where that language has no file or key. */
    public static ResourceBundle get(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, Bundles.class.getClassLoader(), CONTROL);
    }

    private static final class PseudoControl extends ResourceBundle.Control {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader,
                                        boolean reload) throws IllegalAccessException, InstantiationException, IOException {
            if (PSEUDO.equals(locale)) {
                ResourceBundle base = super.newBundle(baseName, Locale.ROOT, format, loader, reload);
                return base == null ? null : new Wrapped(base);
            }
            return super.newBundle(baseName, locale, format, loader, reload);
        }
    }

    /** Every text of the base bundle as {@code [!text!]}. */
    private static final class Wrapped extends ResourceBundle {
        private final ResourceBundle base;

        Wrapped(ResourceBundle base) {
            this.base = base;
        }

        @Override
        protected Object handleGetObject(String key) {
            return base.containsKey(key) ? "[!" + base.getString(key) + "!]" : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(base.keySet());
        }
    }
}
