package com.cosellstudio.rules.pack;

import java.util.List;
import java.util.Map;

/**
 * The ISO lists the pack refers to, read from committed JSON files.
 *
 * @param countries  ISO 3166-1 alpha-2 codes and the alpha-3 codes and names they are guessed from
 * @param currencies which of the JDK's ISO 4217 codes are taken, and common symbols or words for them
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

    /**
     * The currencies are the JDK's ({@code Currency.getAvailableCurrencies()}), so a code ISO adds is
     * taken as soon as the JDK knows it, less these lists.
     *
     * @param excluded      codes that are no money a deal can be in: precious metals, testing, no currency
     * @param notWithdrawn  codes that are no country's currency in the JDK's data and still current:
     *                      funds and regional units (any other such code is probably withdrawn: a warning)
     * @param aliasesToCode common symbols and words mapped to the code meant ("€" → EUR)
     */
    public record Currencies(List<String> excluded, List<String> notWithdrawn, Map<String, String> aliasesToCode) {
        public Currencies {
            excluded = excluded == null ? List.of() : List.copyOf(excluded);
            notWithdrawn = notWithdrawn == null ? List.of() : List.copyOf(notWithdrawn);
            aliasesToCode = aliasesToCode == null ? Map.of() : Map.copyOf(aliasesToCode);
        }
    }
}
