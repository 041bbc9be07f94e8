package com.cosellstudio.rules.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Run once by hand to (re)generate the committed country list of the rule pack from the JDK's ISO
 * tables: the JSON file is the data, so adding a value is an edit of the file, not of Java code.
 * Aliases the JDK does not know (USA, UK, ...) are added here and may equally be edited in the JSON
 * afterwards. The currencies are the JDK's own at run time (spec section 2, column 23);
 * {@code currencies.json} only lists what the JDK's list is narrowed by, and symbols, by hand.
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
            Map.entry("Swaziland", "SZ"), Map.entry("Burma", "MM"),
            // Russian names the JDK's (CLDR's) do not cover; its own Russian names are taken at run time.
            Map.entry("США", "US"), Map.entry("Соединённые Штаты", "US"), Map.entry("Соединенные Штаты Америки", "US"),
            Map.entry("РФ", "RU"), Map.entry("Российская Федерация", "RU"), Map.entry("Англия", "GB"),
            Map.entry("Южная Корея", "KR"), Map.entry("Корея", "KR"));

    private CodeListGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        List<String> alpha2 = new ArrayList<>(new TreeSet<>(List.of(Locale.getISOCountries())));
        Map<String, String> alpha3 = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (String code : alpha2) {
            Locale country = new Locale("", code);
            alpha3.put(country.getISO3Country(), code);
            names.put(country.getDisplayCountry(Locale.ENGLISH), code);
        }
        names.putAll(EXTRA_COUNTRY_NAMES);

        Map<String, Object> countries = new LinkedHashMap<>();
        countries.put("alpha2", alpha2);
        countries.put("alpha3ToAlpha2", alpha3);
        countries.put("namesToAlpha2", names);
        json.writeValue(dir.resolve("countries.json").toFile(), countries);
    }
}
