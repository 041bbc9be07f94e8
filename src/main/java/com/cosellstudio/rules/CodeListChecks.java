package com.cosellstudio.rules;

import com.cosellstudio.i18n.Languages;
import com.cosellstudio.rules.pack.CodeLists;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Country and currency checks: countries against the committed ISO list of the pack, currencies
 * against the JDK's ISO 4217 table narrowed by the pack's lists (spec section 2, column 23). The
 * tables that turn a wrong value into a suggestion are built on the first wrong value, not with the
 * engine: most files have none, and the engine is built at the start of every command-line run.
 */
final class CodeListChecks {
    private final CodeLists lists;
    private final CodeTable countries;
    /** Every code taken, withdrawn ones included. */
    private final CodeTable currencies;
    /** Codes that are no country's current currency, nor a fund or regional unit: probably withdrawn. */
    private final CodeTable withdrawnCurrencies;
    /** Built on first use; a race only builds an equal map twice. */
    private volatile Map<String, String> countryGuesses;
    private volatile Map<String, String> currencyGuesses;

    CodeListChecks(CodeLists lists) {
        this.lists = lists;
        countries = new CodeTable(2, lists.countries().alpha2());
        Set<String> taken = new HashSet<>(JdkCurrencies.ALL);
        taken.removeAll(lists.currencies().excluded());
        Set<String> withdrawn = new HashSet<>(taken);
        withdrawn.removeAll(JdkCurrencies.OF_COUNTRIES);
        withdrawn.removeAll(lists.currencies().notWithdrawn());
        currencies = new CodeTable(3, taken);
        withdrawnCurrencies = new CodeTable(3, withdrawn);
    }

    /** The JDK's currency data, asked once per JVM however many packs are compiled. */
    private static final class JdkCurrencies {
        static final Set<String> ALL = allCodes();
        static final Set<String> OF_COUNTRIES = countryCurrencies();

        private static Set<String> allCodes() {
            Set<String> codes = new HashSet<>();
            for (Currency currency : Currency.getAvailableCurrencies()) {
                codes.add(currency.getCurrencyCode());
            }
            return Set.copyOf(codes);
        }

        /** The current currency of every country, as the JDK's data has it today. */
        private static Set<String> countryCurrencies() {
            Set<String> current = new HashSet<>();
            for (String country : Locale.getISOCountries()) {
                try {
                    Currency currency = Currency.getInstance(new Locale("", country));
                    if (currency != null) {
                        current.add(currency.getCurrencyCode());
                    }
                } catch (IllegalArgumentException notInTheJdksTable) {
                    // A code the locale data lists but the currency data does not: no currency to add.
                }
            }
            return Set.copyOf(current);
        }
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

    /** Whether {@code s[from, to)} is a currency code taken, withdrawn ones included. */
    boolean isCurrency(String s, int from, int to) {
        return currencies.contains(s, from, to);
    }

    /** Whether a code {@link #isCurrency taken} is no longer any country's currency. */
    boolean isWithdrawnCurrency(String s, int from, int to) {
        return withdrawnCurrencies.contains(s, from, to);
    }

    /** The alpha-2 code a known alpha-3 code or country name stands for, or null. */
    String guessCountry(String text) {
        Map<String, String> guesses = countryGuesses;
        if (guesses == null) {
            guesses = byKey(jdkCountryNames(), lists.countries().alpha3ToAlpha2(), lists.countries().namesToAlpha2());
            countryGuesses = guesses;
        }
        return guesses.get(key(text));
    }

    /**
     * Every listed country's name in every language the app speaks, from the JDK's locale data, so a
     * name typed in Russian ("Германия") is answered with its code as an English one is; the pack's
     * own names (common short forms) come after and win.
     */
    private Map<String, String> jdkCountryNames() {
        Map<String, String> names = new HashMap<>();
        for (String code : lists.countries().alpha2()) {
            Locale country = new Locale("", code);
            for (Locale language : Languages.SUPPORTED) {
                names.put(country.getDisplayCountry(language), code);
            }
        }
        return names;
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
                return !isWithdrawnCurrency(raw, from, to)
                        || out.report(Severity.WARNING, Code.INVALID_VALUE, MessageKeys.CURRENCY_WITHDRAWN, null);
            }
            return out.reportGuess(Severity.ERROR, Code.INVALID_VALUE, MessageKeys.CURRENCY, MessageKeys.CURRENCY_SUGGEST,
                    guessCurrency(raw.substring(from, to)));
        }
    }
}
