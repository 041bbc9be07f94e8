package com.cosellstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.pack.CodeLists;
import com.cosellstudio.rules.pack.ColumnRule;
import com.cosellstudio.rules.pack.ConditionalRule;
import com.cosellstudio.rules.pack.ConditionalValues;
import com.cosellstudio.rules.pack.RulePack;
import com.cosellstudio.rules.pack.RulePackLoader;
import com.cosellstudio.rules.pack.RulePacks;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each shipped pack as data: complete, self-consistent, and its own examples pass its own rules. */
class RulePackTest {

    static Stream<RulePackLoader.Loaded> packs() {
        return RulePacks.shipped().all().stream();
    }

    private static String headerOf(ColumnRule column) {
        return column.group() == null ? column.name() : column.name() + " 1";
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyColumnsExampleBreaksNoRule(RulePackLoader.Loaded loaded) {
        List<String> header = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (ColumnRule column : loaded.pack().columns()) {
            header.add(headerOf(column));
            cells.add(column.example() == null ? "" : column.example().in(Locale.ENGLISH));
        }
        RuleEngine engine = Deal.ENGINE;
        ColumnLayout layout = engine.layout(header);
        assertEquals(loaded.pack().revision(), layout.revision().id());
        assertTrue(layout.revision().detected());
        Deal.assertNoErrors(layout.headerIssues());
        List<Issue> issues = engine.checkRow(layout, new Row(cells.toArray(String[]::new), 2), 1);
        Deal.assertNoErrors(issues);
    }

    @ParameterizedTest
    @MethodSource("packs")
    void rulesNameOnlyColumnsOfThePack(RulePackLoader.Loaded loaded) {
        RulePack pack = loaded.pack();
        Set<String> names = new HashSet<>();
        pack.columns().forEach(c -> names.add(c.name()));
        for (ConditionalRule rule : pack.conditionalRules()) {
            for (ConditionalRule.Condition when = rule.when(); when != null; when = when.and()) {
                assertTrue(names.contains(when.column()), when.column());
            }
            rule.targets().forEach(t -> assertTrue(names.contains(t), t));
        }
        for (ColumnRule column : pack.columns()) {
            for (ConditionalValues list : column.allowedValuesWhen()) {
                assertTrue(names.contains(list.when().column()), list.when().column());
            }
        }
        assertTrue(names.contains(pack.statusRules().status()));
        assertTrue(names.contains(pack.statusRules().substatus()));
        pack.baselineRules().readOnlyColumns().forEach(c -> assertTrue(names.contains(c), c));
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyRoleIsPlayedAndEveryGroupHasItsLimitCode(RulePackLoader.Loaded loaded) {
        for (ColumnRole role : ColumnRole.values()) {
            assertEquals(1, loaded.pack().columns().stream().filter(c -> c.role() == role).count(), role::name);
        }
        loaded.pack().columns().stream().filter(c -> c.group() != null)
                .forEach(group -> assertNotNull(group.tooMany(), group.name()));
    }

    @Test
    void aReplacedColumnIsAColumnOfAnotherPack() {
        Set<String> names = new HashSet<>();
        packs().forEach(loaded -> loaded.pack().columns().forEach(c -> names.add(c.name())));
        packs().forEach(loaded -> loaded.pack().columns().stream().filter(c -> c.replaces() != null)
                .forEach(c -> assertTrue(names.contains(c.replaces()), c.replaces())));
    }

    @ParameterizedTest
    @MethodSource("packs")
    void statusPairsUseOnlyListedValues(RulePackLoader.Loaded loaded) {
        RulePack pack = loaded.pack();
        Set<String> statuses = allowed(pack, "Partner Referral Status");
        Set<String> substatuses = allowed(pack, "Partner Referral Substatus");
        pack.statusRules().allowedPairs().forEach((status, subs) -> {
            assertTrue(statuses.contains(status), status);
            subs.forEach(s -> assertTrue(substatuses.contains(s), s));
        });
        assertEquals(statuses, pack.statusRules().allowedPairs().keySet());
    }

    private static Set<String> allowed(RulePack pack, String column) {
        Set<String> values = new HashSet<>();
        pack.columns().stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow()
                .allowedValues().forEach(v -> values.add(v.value()));
        return values;
    }

    @ParameterizedTest
    @MethodSource("packs")
    void theCodeListsAreIsoData(RulePackLoader.Loaded loaded) {
        CodeLists lists = loaded.codeLists();
        assertTrue(lists.countries().alpha2().size() >= 240, "ISO 3166-1 has 249 codes");
        assertTrue(lists.countries().alpha2().containsAll(List.of("US", "DE", "JP", "BR", "GB", "RU")));
        assertEquals("US", lists.countries().alpha3ToAlpha2().get("USA"));
        assertEquals("DE", lists.countries().namesToAlpha2().get("Germany"));
        lists.countries().alpha3ToAlpha2().values().forEach(a2 -> assertTrue(lists.countries().alpha2().contains(a2)));
        lists.countries().namesToAlpha2().values().forEach(a2 -> assertTrue(lists.countries().alpha2().contains(a2)));
        Set<String> jdk = new HashSet<>();
        Currency.getAvailableCurrencies().forEach(c -> jdk.add(c.getCurrencyCode()));
        lists.currencies().aliasesToCode().values().forEach(c -> assertTrue(jdk.contains(c), c));
        lists.currencies().excluded().forEach(c -> assertTrue(jdk.contains(c), c));
        lists.currencies().notWithdrawn().forEach(c -> assertTrue(jdk.contains(c)
                || "UYW".equals(c), c + ": a fund code a newer JDK knows may be listed ahead"));
    }
}
