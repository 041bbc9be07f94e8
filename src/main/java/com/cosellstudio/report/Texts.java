package com.cosellstudio.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Words users read, from one resource bundle: the reports' {@code report.properties} or the
 * command line's {@code cli.properties}. A translation is a new properties file, never a code change.
 */
public final class Texts {
    /** The bundle of the human-readable reports (text summary, HTML page). */
    public static final String REPORT_BUNDLE = "com.cosellstudio.report.report";

    private final ResourceBundle bundle;
    private final Locale locale;

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
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
