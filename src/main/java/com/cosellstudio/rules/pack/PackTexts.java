package com.cosellstudio.rules.pack;

import com.cosellstudio.rules.AllowedValue;
import com.cosellstudio.rules.PackText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Joins a pack's facts (its JSON) with its words (its bundle, named by the pack's {@code texts}):
 * each column's expected form and example and each listed value's label are looked up by a key made
 * from the column's canonical header and the value, with every character but letters and digits
 * left out ("Declined/Lost/Error reason" gives {@code DeclinedLostErrorreason}):
 * {@code <Column>.format}, {@code <Column>.example}, {@code <Column>.label.<value>} and, for a list
 * that applies when another column holds some value, {@code <Column>.when.<value>.label.<value>}.
 */
final class PackTexts {
    private static final String FOLDER = "com.cosellstudio.rules.";
    private static final Pattern NOT_WORD = Pattern.compile("[^A-Za-z0-9]");

    private final String bundle;

    private PackTexts(String bundle) {
        this.bundle = bundle;
    }

    /** The pack with its English texts and where each text's translations live. */
    static RulePack attach(RulePack pack, String resource) {
        if (pack.texts() == null) {
            throw new IllegalStateException("rule pack " + resource + ": no texts naming its bundle");
        }
        PackTexts texts = new PackTexts(FOLDER + pack.texts());
        List<ColumnRule> columns = new ArrayList<>();
        for (ColumnRule rule : pack.columns()) {
            columns.add(texts.attach(rule));
        }
        return new RulePack(pack.name(), pack.revision(), pack.texts(), pack.limits(), pack.codeLists(), columns,
                pack.packedCells(), pack.statusRules(), pack.conditionalRules(), pack.baselineRules(), pack.extraColumns());
    }

    private ColumnRule attach(ColumnRule rule) {
        String column = word(rule.name());
        List<ConditionalValues> when = new ArrayList<>();
        for (ConditionalValues list : rule.allowedValuesWhen()) {
            List<String> values = new ArrayList<>();
            list.when().values().forEach(value -> values.add(word(value)));
            when.add(new ConditionalValues(list.when(),
                    labelled(list.allowedValues(), column + ".when." + String.join("_", values))));
        }
        return new ColumnRule(rule.name(), rule.group(), rule.role(), rule.replaces(), rule.variants(),
                rule.requirement(), rule.kind(), labelled(rule.allowedValues(), column), when, rule.aliases(),
                present(column + ".format"), present(column + ".example"), rule.invalidSeverity(),
                rule.rejectedValues(), rule.readOnly(), rule.tooMany());
    }

    private List<AllowedValue> labelled(List<AllowedValue> values, String prefix) {
        List<AllowedValue> labelled = new ArrayList<>();
        for (AllowedValue value : values) {
            PackText label = present(prefix + ".label." + word(value.value()));
            labelled.add(label == null ? value : new AllowedValue(value.value(), label.in(Locale.ROOT), label));
        }
        return labelled;
    }

    /** The text under {@code key}, or null when the English bundle has none (a value that speaks for itself). */
    private PackText present(String key) {
        PackText text = new PackText(bundle, key);
        return text.in(Locale.ROOT) == null ? null : text;
    }

    private static String word(String text) {
        return NOT_WORD.matcher(text).replaceAll("");
    }
}
