package com.cosellstudio.rules;

import com.cosellstudio.rules.pack.CodeLists;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Country and currency checks against the committed ISO lists of the pack. */
final class CodeListChecks {
    private final CodeTable countries;
    private final Map<String, String> countryGuesses = new HashMap<>();
    private final CodeTable currencies;
    private final Map<String, String> currencyGuesses = new HashMap<>();

    CodeListChecks(CodeLists lists) {
        countries = new CodeTable(2, lists.countries().alpha2());
        lists.countries().alpha3ToAlpha2().forEach((a3, a2) -> countryGuesses.put(key(a3), a2));
        lists.countries().namesToAlpha2().forEach((name, a2) -> countryGuesses.put(key(name), a2));
        currencies = new CodeTable(3, lists.currencies().codes());
        lists.currencies().aliasesToCode().forEach((alias, code) -> currencyGuesses.put(key(alias), code));
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
        return countryGuesses.get(key(text));
    }

    /** The ISO code a known symbol or word stands for, or null. */
    String guessCurrency(String text) {
        return currencyGuesses.get(key(text));
    }

    ValueCheck countryCheck() {
        return (raw, from, to, out) -> {
            if (isCountry(raw, from, to)) {
                return true;
            }
            String guess = guessCountry(raw.substring(from, to));
            return guess == null
                    ? out.report(Severity.ERROR, Code.INVALID_VALUE, MessageKeys.COUNTRY, null)
                    : out.report(Severity.ERROR, Code.INVALID_VALUE, MessageKeys.COUNTRY_SUGGEST, guess, guess);
        };
    }

    ValueCheck currencyCheck() {
        return (raw, from, to, out) -> {
            if (isCurrency(raw, from, to)) {
                return true;
            }
            String guess = guessCurrency(raw.substring(from, to));
            return guess == null
                    ? out.report(Severity.ERROR, Code.INVALID_VALUE, MessageKeys.CURRENCY, null)
                    : out.report(Severity.ERROR, Code.INVALID_VALUE, MessageKeys.CURRENCY_SUGGEST, guess, guess);
        };
    }
}
