package com.cosellstudio.rules;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders issues as text in one language from {@code messages.properties} (and its translations),
 * falling back to English. The checks only produce a key and arguments; this is the only place
 * where they become words.
 */
public final class IssueMessages {

    private static final String BUNDLE = "com.cosellstudio.rules.messages";
    /** Longest argument shown as is; a long Notes cell is cut so the message stays one readable line. */
    private static final int MAX_ARGUMENT = 80;

    private final ResourceBundle bundle;
    private final Locale locale;

    private IssueMessages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Messages in {@code locale}, or English where that language has no bundle or key. */
    public static IssueMessages forLocale(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                // Never fall back to the JVM's default locale: the base bundle is English.
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new IssueMessages(bundle, locale);
    }

    public static IssueMessages english() {
        return forLocale(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** Whether the bundle (or its English parent) has the key. */
    public boolean hasKey(String key) {
        return bundle.containsKey(key);
    }

    /** The issue as one line of text. */
    public String render(Issue issue) {
        String pattern = pattern(issue.messageKey());
        if (pattern == null) {
            pattern = pattern(issue.code().name());
        }
        Object[] args = displayArguments(issue.args());
        if (pattern == null) {
            // A key missing from every bundle is a bug the consistency test catches; still say something useful.
            return issue.code().name() + " " + List.of(args);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    private String pattern(String key) {
        try {
            return key == null ? null : bundle.getString(key);
        } catch (MissingResourceException missing) {
            return null;
        }
    }

    private static Object[] displayArguments(List<Object> args) {
        Object[] shown = args.toArray();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String text) {
                String oneLine = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
                shown[i] = oneLine.length() > MAX_ARGUMENT ? oneLine.substring(0, MAX_ARGUMENT - 1) + "…" : oneLine;
            }
        }
        return shown;
    }
}
