package com.cosellstudio.cli;

import com.cosellstudio.i18n.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code --lang ru|en} (or {@code --lang=ru}), taken by the command line itself wherever it stands,
 * before or after the verb, so every verb has it and none declares it: the language of messages and
 * reports. Codes and exit statuses stay the same in every language.
 *
 * @param rest     the arguments without the option
 * @param language the language asked for, or the one given when none was
 * @param wrong    the value given when the app does not speak it ("" when the option had no value), or null
 */
record LanguageOption(String[] rest, Locale language, String wrong) {
    static final String OPTION = "--lang";

    /** The option taken out of {@code args}; without it, {@code fallback}. */
    static LanguageOption take(String[] args, Locale fallback) {
        List<String> rest = new ArrayList<>();
        String value = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(OPTION)) {
                value = i + 1 < args.length ? args[++i] : "";
            } else if (args[i].startsWith(OPTION + "=")) {
                value = args[i].substring(OPTION.length() + 1);
            } else {
                rest.add(args[i]);
            }
        }
        if (value == null) {
            return new LanguageOption(args, fallback, null);
        }
        Optional<Locale> asked = Languages.forTag(value, fallback);
        return new LanguageOption(rest.toArray(String[]::new), asked.orElse(fallback), asked.isPresent() ? null : value);
    }
}
