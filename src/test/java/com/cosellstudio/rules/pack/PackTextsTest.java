package com.cosellstudio.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.cosellstudio.i18n.Bundles;
import com.cosellstudio.rules.AllowedValue;
import com.cosellstudio.rules.PackText;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A pack's words come from its bundle: every column has them, every key of the bundle is the pack's. */
class PackTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {RulePackLoader.TEMPLATE_2021, RulePackLoader.TEMPLATE_2023})
    void everyColumnHasItsFormAndExampleAndEveryBundleKeyBelongsToThePack(String resource) {
        RulePack pack = new RulePackLoader().load(resource).pack();
        Set<String> used = new HashSet<>();
        for (ColumnRule column : pack.columns()) {
            assertNotNull(PackText.in(column.format(), Locale.ENGLISH), column.name());
            assertNotNull(PackText.in(column.example(), Locale.ENGLISH), column.name());
            used.add(column.format().key());
            used.add(column.example().key());
            labelKeys(column.allowedValues(), used);
            column.allowedValuesWhen().forEach(list -> labelKeys(list.allowedValues(), used));
        }
        String bundle = column(pack).format().bundle();
        assertEquals("com.cosellstudio.rules.pack" + pack.revision(), bundle);
        Set<String> keys = new TreeSet<>(Bundles.get(bundle, Locale.ROOT).keySet());
        keys.removeAll(used);
        assertEquals(Set.of(), keys, "keys no column of the pack asks for");
    }

    @ParameterizedTest
    @ValueSource(strings = {RulePackLoader.TEMPLATE_2023})
    void aLabelIsReadInTheLanguageAskedForAndInEnglishByTheChecks(String resource) {
        RulePack pack = new RulePackLoader().load(resource).pack();
        ColumnRule reason = pack.columns().stream().filter(c -> c.name().startsWith("Declined/Lost")).findFirst().orElseThrow();
        AllowedValue six = reason.allowedValues().get(5);
        assertEquals("Proposed time line was too short", six.label());
        assertEquals("[!Proposed time line was too short!]", six.label(Bundles.PSEUDO));
        assertEquals("Proposed time line was too short", six.label(Locale.FRENCH), "English where there is no translation");
        AllowedValue errorSeven = reason.allowedValuesWhen().get(0).allowedValues().get(6);
        assertEquals("DeclinedLostErrorreason.when.Error.label.7", errorSeven.labelText().key());
        assertEquals("Test referral", errorSeven.label(Locale.ENGLISH));
    }

    private static ColumnRule column(RulePack pack) {
        return pack.columns().get(0);
    }

    private static void labelKeys(List<AllowedValue> values, Set<String> used) {
        for (AllowedValue value : values) {
            if (value.labelText() != null) {
                used.add(value.labelText().key());
            }
        }
    }
}
