package com.cosellstudio.rules.pack;

import java.util.List;
import java.util.Map;

/**
 * The ISO lists the pack refers to, read from committed JSON files.
 *
 * @param countries  ISO 3166-1 alpha-2 codes and the alpha-3 codes and names they are guessed from
 * @param currencies ISO 4217 codes and common symbols or words for them
 */
public record CodeLists(Countries countries, Currencies currencies) {

    public record Countries(List<String> alpha2, Map<String, String> alpha3ToAlpha2,
                            Map<String, String> namesToAlpha2) {
        public Countries {
            alpha2 = alpha2 == null ? List.of() : List.copyOf(alpha2);
            alpha3ToAlpha2 = alpha3ToAlpha2 == null ? Map.of() : Map.copyOf(alpha3ToAlpha2);
            namesToAlpha2 = namesToAlpha2 == null ? Map.of() : Map.copyOf(namesToAlpha2);
        }
    }

    public record Currencies(List<String> codes, Map<String, String> aliasesToCode) {
        public Currencies {
            codes = codes == null ? List.of() : List.copyOf(codes);
            aliasesToCode = aliasesToCode == null ? Map.of() : Map.copyOf(aliasesToCode);
        }
    }
}
