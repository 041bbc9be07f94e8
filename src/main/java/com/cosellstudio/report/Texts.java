package com.cosellstudio.report;

import com.cosellstudio.i18n.Messages;
import java.util.Locale;

/**
 * Words users read, from one resource bundle: the reports' {@code report.properties} or the
 * command line's {@code cli.properties}. A translation is a new properties file, never a code change.
 */
public final class Texts {
    /** The bundle of the human-readable reports (text summary, HTML page). */
    public static final String REPORT_BUNDLE = "com.cosellstudio.report.report";

    private final Messages messages;

    public Texts(String bundleName, Locale locale) {
        // A language without a bundle gets the base (English) words, never those of the JVM's default locale.
        this.messages = Messages.of(bundleName, locale);
    }

    /** The report words in {@code locale}. */
    public static Texts report(Locale locale) {
        return new Texts(REPORT_BUNDLE, locale);
    }

    public Locale locale() {
        return messages.locale();
    }

    /** The text under {@code key} with {@code args} filled in (ICU MessageFormat rules). */
    public String get(String key, Object... args) {
        // Always through MessageFormat, so quoting rules ('' for ') hold for every pattern alike.
        return messages.format(key, args);
    }
}
