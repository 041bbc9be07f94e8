package com.cosellstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.pack.CodeLists;
import com.cosellstudio.rules.pack.ColumnRule;
import com.cosellstudio.rules.pack.ConditionalRule;
import com.cosellstudio.rules.pack.RulePack;
import com.cosellstudio.rules.pack.RulePackLoader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The 2021 pack as data: complete, self-consistent, and its own examples pass its own rules. */
class RulePackTest {

    private final RulePackLoader.Loaded loaded = new RulePackLoader().load(RulePackLoader.TEMPLATE_2021);
    private final RulePack pack = loaded.pack();

    @Test
    void everyColumnsExampleBreaksNoRule() {
        List<String> header = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (ColumnRule column : pack.columns()) {
            header.add(column.group() == null ? column.name() : column.group().header(1));
            cells.add(column.example());
        }
        RuleEngine engine = Deal.ENGINE;
        List<Issue> issues = engine.checkRow(engine.layout(header), new Row(cells.toArray(String[]::new), 2), 1);
        Deal.assertNoErrors(issues);
    }

    @Test
    void rulesNameOnlyColumnsOfThePack() {
        Set<String> names = new HashSet<>();
        pack.columns().forEach(c -> names.add(c.name()));
        for (ConditionalRule rule : pack.conditionalRules()) {
            assertTrue(names.contains(rule.when().column()), rule.when().column());
            rule.targets().forEach(t -> assertTrue(names.contains(t), t));
        }
        assertTrue(names.contains(pack.statusRules().status()));
        assertTrue(names.contains(pack.statusRules().substatus()));
        assertTrue(names.contains(pack.statusRules().referralId()));
    }

    @Test
    void statusPairsUseOnlyListedValues() {
        Set<String> statuses = allowed("Partner Referral Status");
        Set<String> substatuses = allowed("Partner Referral Substatus");
        pack.statusRules().allowedPairs().forEach((status, subs) -> {
            assertTrue(statuses.contains(status), status);
            subs.forEach(s -> assertTrue(substatuses.contains(s), s));
        });
        assertEquals(statuses, pack.statusRules().allowedPairs().keySet());
    }

    private Set<String> allowed(String column) {
        Set<String> values = new HashSet<>();
        pack.columns().stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow()
                .allowedValues().forEach(v -> values.add(v.value()));
        return values;
    }

    @Test
    void theCodeListsAreIsoData() {
        CodeLists lists = loaded.codeLists();
        assertTrue(lists.countries().alpha2().size() >= 240, "ISO 3166-1 has 249 codes");
        assertTrue(lists.countries().alpha2().containsAll(List.of("US", "DE", "JP", "BR", "GB", "RU")));
        assertEquals("US", lists.countries().alpha3ToAlpha2().get("USA"));
        assertEquals("DE", lists.countries().namesToAlpha2().get("Germany"));
        lists.countries().alpha3ToAlpha2().values().forEach(a2 -> assertTrue(lists.countries().alpha2().contains(a2)));
        lists.countries().namesToAlpha2().values().forEach(a2 -> assertTrue(lists.countries().alpha2().contains(a2)));
        assertTrue(lists.currencies().codes().containsAll(List.of("USD", "EUR", "JPY", "RUB", "SEK", "INR")));
        lists.currencies().aliasesToCode().values().forEach(c -> assertTrue(lists.currencies().codes().contains(c), c));
    }
}
