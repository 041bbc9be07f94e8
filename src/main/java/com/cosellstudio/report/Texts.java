package com.cosellstudio.report;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Words users read, from one resource bundle: the reports' {@code report.properties} or the
 * command line's {@code cli.properties}. A translation is a new properties file, never a code change.
 * Not thread-safe: it keeps each parsed pattern, since a report of 100,000 issues formats the same
 * few patterns 100,000 times.
 */
public final class Texts {
    /** The bundle of the human-readable reports (text summary, HTML page). */
    public static final String REPORT_BUNDLE = "com.cosellstudio.report.report";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Map<String, MessageFormat> formats = new HashMap<>();

    public Texts(String bundleName, Locale locale) {
        this.locale = locale;
        // As the issue messages do: a language without a bundle gets the base (English) words,
        // never those of the JVM's default locale.
        this.bundle = ResourceBundle.getBundle(bundleName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The report words in {@code locale}. */
    public static Texts report(Locale locale) {
        return new Texts(REPORT_BUNDLE, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text under {@code key} with {@code args} filled in ({@link MessageFormat} rules). */
    public String get(String key, Object... args) {
        // Always through MessageFormat, so quoting rules ('' for ') hold for every pattern alike.
        return formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale)).format(args);
    }
}
