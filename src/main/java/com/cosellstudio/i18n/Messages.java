package com.cosellstudio.i18n;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The one path from a bundle key to words for every part of the app (window, reports, rule
 * messages, readers, command line): the bundle in one language and ICU's {@link MessageFormat},
 * whose plural rules give each language its own forms ({@code {0,plural,one{# deal} other{# deals}}};
 * Russian has one/few/many). ICU reads a lone apostrophe as itself; {@code ''} is still one.
 *
 * <p>Thread-safe. Each key's pattern is parsed once and kept: a report formats the same few
 * patterns once per issue, and parsing costs more than formatting. A
 * {@link MessageFormat} is not thread-safe, so formatting locks the one used.
 */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;
    /** What the patterns are formatted in: the locale, in the language the texts are written in. */
    private final Locale formatLocale;
    private final ConcurrentMap<String, MessageFormat> formats = new ConcurrentHashMap<>();

    /**
     * @param locale how numbers, dates and plurals are written: the user's, not the bundle's (the
     *               base bundle's own locale is the root one, which writes a date "2026 Dec 4")
     */
    public Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
        // Plural rules must be those of the words: a language without a translation reads the base
        // bundle, which is English, so "1 deal, 2 deals" also for French, and for the root locale.
        String words = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH.getLanguage() : bundle.getLocale().getLanguage();
        this.formatLocale = words.equals(locale.getLanguage()) ? locale : new Locale(words, locale.getCountry());
    }

    /** The bundle {@code baseName} in {@code locale} (see {@link Bundles#get}). */
    public static Messages of(String baseName, Locale locale) {
        return new Messages(Bundles.get(baseName, locale), locale);
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text under {@code key} as written, or null when no bundle has it. */
    public String raw(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /**
     * Loads what ICU formats with (its locale data, plural rules, number formats) on a daemon thread,
     * so that the first text with a number does not wait for it (docs/performance.md has the cost in a
     * cold JVM), which a start can spend reading the file instead.
     */
    public static void warmUpInBackground(Locale locale) {
        Thread thread = new Thread(() -> new MessageFormat("{0,plural,one{# a} other{# b}} {1,number,integer} {2}", locale)
                .format(new Object[] {1, 2, "c"}), "text-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The pattern under {@code key} filled with {@code args}; throws when no bundle has it. */
    public String format(String key, Object... args) {
        MessageFormat format = formats.get(key);
        if (format == null) {
            String pattern = bundle.getString(key);
            if (pattern.indexOf('{') < 0 && pattern.indexOf('}') < 0) {
                // What ICU would make of a pattern without arguments (only '' means a quote), without
                // waiting for ICU's start on a short run such as --help.
                return pattern.replace("''", "'");
            }
            format = new MessageFormat(pattern, formatLocale);
            MessageFormat raced = formats.putIfAbsent(key, format);
            format = raced == null ? format : raced;
        }
        synchronized (format) {
            return format.format(args);
        }
    }

    /** {@link #format}, or null when no bundle has the key. */
    public String formatIfPresent(String key, Object... args) {
        return key != null && has(key) ? format(key, args) : null;
    }
}
