package com.cosellstudio.rules.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Run once by hand to (re)generate the committed code lists of the rule pack from the JDK's ISO
 * tables. The engine never computes them at run time: the JSON files are the data, so adding a
 * value is an edit of the file, not of Java code. Aliases the JDK does not know (USA, UK, ...)
 * are added here and may equally be edited in the JSON afterwards.
 *
 * <p>Usage: {@code java CodeListGenerator.java src/main/resources/com/cosellstudio/rules}
 */
public final class CodeListGenerator {

    private static final Map<String, String> EXTRA_COUNTRY_NAMES = Map.ofEntries(
            Map.entry("United States of America", "US"), Map.entry("USA", "US"), Map.entry("U.S.A.", "US"),
            Map.entry("U.S.", "US"), Map.entry("America", "US"), Map.entry("UK", "GB"),
            Map.entry("U.K.", "GB"), Map.entry("Great Britain", "GB"), Map.entry("England", "GB"),
            Map.entry("Scotland", "GB"), Map.entry("Wales", "GB"), Map.entry("Britain", "GB"),
            Map.entry("Russian Federation", "RU"), Map.entry("Korea", "KR"),
            Map.entry("Republic of Korea", "KR"), Map.entry("Czech Republic", "CZ"),
            Map.entry("Holland", "NL"), Map.entry("The Netherlands", "NL"), Map.entry("Deutschland", "DE"),
            Map.entry("Turkey", "TR"), Map.entry("Türkiye", "TR"), Map.entry("Viet Nam", "VN"),
            Map.entry("UAE", "AE"), Map.entry("Ivory Coast", "CI"), Map.entry("Macedonia", "MK"),
            Map.entry("Swaziland", "SZ"), Map.entry("Burma", "MM"));

    private static final Map<String, String> CURRENCY_SYMBOLS = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("US$", "USD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"),
            Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("₽", "RUB"), Map.entry("R$", "BRL"),
            Map.entry("C$", "CAD"), Map.entry("A$", "AUD"),
            Map.entry("руб", "RUB"), Map.entry("руб.", "RUB"), Map.entry("рубли", "RUB"),
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"), Map.entry("yen", "JPY"), Map.entry("rupees", "INR"));

    private CodeListGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        List<String> alpha2 = new ArrayList<>(new TreeSet<>(List.of(Locale.getISOCountries())));
        Map<String, String> alpha3 = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        TreeSet<String> currencies = new TreeSet<>();
        for (String code : alpha2) {
            Locale country = new Locale("", code);
            alpha3.put(country.getISO3Country(), code);
            names.put(country.getDisplayCountry(Locale.ENGLISH), code);
            try {
                Currency currency = Currency.getInstance(country);
                if (currency != null && !currency.getCurrencyCode().startsWith("X")
                        || currency != null && List.of("XAF", "XOF", "XCD", "XPF").contains(currency.getCurrencyCode())) {
                    currencies.add(currency.getCurrencyCode());
                }
            } catch (IllegalArgumentException noCurrency) {
                // a territory without a currency of its own (e.g. Antarctica)
            }
        }
        names.putAll(EXTRA_COUNTRY_NAMES);

        Map<String, Object> countries = new LinkedHashMap<>();
        countries.put("alpha2", alpha2);
        countries.put("alpha3ToAlpha2", alpha3);
        countries.put("namesToAlpha2", names);
        json.writeValue(dir.resolve("countries.json").toFile(), countries);

        Map<String, Object> currencyList = new LinkedHashMap<>();
        currencyList.put("codes", new ArrayList<>(currencies));
        currencyList.put("aliasesToCode", new TreeMap<>(CURRENCY_SYMBOLS));
        json.writeValue(dir.resolve("currencies.json").toFile(), currencyList);
    }
}
