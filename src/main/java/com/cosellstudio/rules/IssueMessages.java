package com.cosellstudio.rules;

import com.cosellstudio.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Renders issues as text in one language from {@code messages.properties} (and its translations),
 * falling back to English. The checks only produce a key and arguments; this is the only place
 * where they become words.
 *
 * <p>Thread-safe. A file can have an issue on every row, all with the same few keys, so each
 * language's {@link Messages} (which parses each pattern once) is shared, and a text made for the
 * same key and arguments before is reused.
 */
public final class IssueMessages {

    private static final String BUNDLE = "com.cosellstudio.rules.messages";
    /** Longest argument shown as is; a long Notes cell is cut so the message stays one readable line. */
    private static final int MAX_ARGUMENT = 80;
    /** Texts kept for reuse per language (a few MB at most). */
    private static final int MAX_RENDERED = 20_000;

    /** One instance per language, so every caller shares the parsed patterns. */
    private static final ConcurrentMap<Locale, IssueMessages> BY_LOCALE = new ConcurrentHashMap<>();

    private final Messages messages;
    /** Texts already made, by what they are made of; bounded, so a file of all-different findings cannot grow it without end. */
    private final ConcurrentMap<Rendered, String> rendered = new ConcurrentHashMap<>();

    /**
     * What an issue's text depends on (the arguments are strings and numbers, so equal means the
     * same text). Written out rather than a record: a record's generated equals and hashCode are
     * linked at first use, which costs a cold run more than the reuse saves.
     */
    private static final class Rendered {
        private final String messageKey;
        private final Code code;
        private final List<Object> args;
        private final int hash;

        Rendered(String messageKey, Code code, List<Object> args) {
            this.messageKey = messageKey;
            this.code = code;
            this.args = args;
            this.hash = (Objects.hashCode(messageKey) * 31 + code.ordinal()) * 31 + args.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Rendered that && hash == that.hash && code == that.code
                    && Objects.equals(messageKey, that.messageKey) && args.equals(that.args);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private IssueMessages(Messages messages) {
        this.messages = messages;
    }

    /** Messages in {@code locale}, or English where that language has no bundle or key. */
    public static IssueMessages forLocale(Locale locale) {
        IssueMessages messages = BY_LOCALE.get(locale);
        if (messages == null) {
            messages = load(locale);
            IssueMessages raced = BY_LOCALE.putIfAbsent(locale, messages);
            messages = raced == null ? messages : raced;
        }
        return messages;
    }

    private static IssueMessages load(Locale locale) {
        return new IssueMessages(Messages.of(BUNDLE, locale));
    }

    public static IssueMessages english() {
        return forLocale(Locale.ENGLISH);
    }

    public Locale locale() {
        return messages.locale();
    }

    /** Whether the bundle (or its English parent) has the key. */
    public boolean hasKey(String key) {
        return messages.has(key);
    }

    /** The issue as one line of text. */
    public String render(Issue issue) {
        // The same finding often repeats down a file (a read-only column filled on every row of an
        // export, the same wrong value pasted into many rows): its text is made once.
        Rendered same = new Rendered(issue.messageKey(), issue.code(), issue.args());
        String text = rendered.get(same);
        if (text == null) {
            text = format(issue);
            if (rendered.size() < MAX_RENDERED) {
                rendered.putIfAbsent(same, text);
            }
        }
        return text;
    }

    private String format(Issue issue) {
        Object[] args = displayArguments(issue.args());
        String text = messages.formatIfPresent(issue.messageKey(), args);
        if (text == null) {
            text = messages.formatIfPresent(issue.code().name(), args);
        }
        // A key missing from every bundle is a bug the consistency test catches; still say something useful.
        return text == null ? issue.code().name() + " " + List.of(args) : text;
    }

    private Object[] displayArguments(List<Object> args) {
        Object[] shown = args.toArray();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof PackText text) {
                // A rule pack's label ("Proposed time line was too short"), in this language.
                String label = text.in(locale());
                shown[i] = label == null ? "" : label;
            } else if (shown[i] instanceof String text) {
                shown[i] = oneLine(text);
            }
        }
        return shown;
    }

    /** The text on one line and cut to {@link #MAX_ARGUMENT}; the text itself when it already is (nearly always). */
    private static String oneLine(String text) {
        if (text.length() <= MAX_ARGUMENT && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        String oneLine = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() > MAX_ARGUMENT ? oneLine.substring(0, MAX_ARGUMENT - 1) + "…" : oneLine;
    }
}
