package com.cosellstudio.rules;

import com.cosellstudio.rules.pack.CodeLists;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country and currency checks against the committed ISO lists of the pack. The tables that turn a
 * wrong value into a suggestion are built on the first wrong value, not with the engine: most files
 * have none, and the engine is built at the start of every command-line run.
 */
final class CodeListChecks {
    private final CodeLists lists;
    private final CodeTable countries;
    private final CodeTable currencies;
    /** Built on first use; a race only builds an equal map twice. */
    private volatile Map<String, String> countryGuesses;
    private volatile Map<String, String> currencyGuesses;

    CodeListChecks(CodeLists lists) {
        this.lists = lists;
        countries = new CodeTable(2, lists.countries().alpha2());
        currencies = new CodeTable(3, lists.currencies().codes());
    }

    /** The lower-cased spellings of {@code maps} mapped to what they stand for. */
    @SafeVarargs
    private static Map<String, String> byKey(Map<String, String>... maps) {
        Map<String, String> byKey = new HashMap<>();
        for (Map<String, String> map : maps) {
            for (Map.Entry<String, String> entry : map.entrySet()) {
                byKey.put(key(entry.getKey()), entry.getValue());
            }
        }
        return byKey;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    boolean isCountry(String s, int from, int to) {
        return countries.contains(s, from, to);
    }

    boolean isCurrency(String s, int from, int to) {
        return currencies.contains(s, from, to);
    }

    /** The alpha-2 code a known alpha-3 code or country name stands for, or null. */
    String guessCountry(String text) {
        Map<String, String> guesses = countryGuesses;
        if (guesses == null) {
            guesses = byKey(lists.countries().alpha3ToAlpha2(), lists.countries().namesToAlpha2());
            countryGuesses = guesses;
        }
        return guesses.get(key(text));
    }

    /** The ISO code a known symbol or word stands for, or null. */
    String guessCurrency(String text) {
        Map<String, String> guesses = currencyGuesses;
        if (guesses == null) {
            guesses = byKey(lists.currencies().aliasesToCode());
            currencyGuesses = guesses;
        }
        return guesses.get(key(text));
    }

    ValueCheck countryCheck() {
        return new CountryCheck();
    }

    ValueCheck currencyCheck() {
        return new CurrencyCheck();
    }

    /** Named classes rather than lambdas, see {@link FormatChecks}. */
    private final class CountryCheck implements ValueCheck {
        @Override
        public boolean check(String raw, int from, int to, CellReporter out) {
            if (isCountry(raw, from, to)) {
                return true;
            }
            return out.reportGuess(Severity.ERROR, Code.INVALID_VALUE, MessageKeys.COUNTRY, MessageKeys.COUNTRY_SUGGEST,
                    guessCountry(raw.substring(from, to)));
        }
    }

    private final class CurrencyCheck implements ValueCheck {
        @Override
        public boolean check(String raw, int from, int to, CellReporter out) {
            if (isCurrency(raw, from, to)) {
                return true;
            }
            return out.reportGuess(Severity.ERROR, Code.INVALID_VALUE, MessageKeys.CURRENCY, MessageKeys.CURRENCY_SUGGEST,
                    guessCurrency(raw.substring(from, to)));
        }
    }
}
