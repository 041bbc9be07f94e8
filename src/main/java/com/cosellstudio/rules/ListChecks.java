package com.cosellstudio.rules;

import com.cosellstudio.rules.pack.ColumnRule;
import com.cosellstudio.rules.pack.ConditionalValues;
import com.cosellstudio.rules.pack.RejectedValue;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks of values from a closed list: words (statuses, Yes/No), codes 1–8, sales stages (named classes, see {@link FormatChecks}). */
final class ListChecks {

    private ListChecks() {
    }

    /** Wrong spellings of the column mapped to the value meant (aliases of the pack, plus labels for codes). */
    private static Map<String, String> guesses(ColumnRule rule, boolean withLabels) {
        Map<String, String> guesses = new HashMap<>();
        if (withLabels) {
            putLabels(guesses, rule.allowedValues());
            for (ConditionalValues list : rule.allowedValuesWhen()) {
                putLabels(guesses, list.allowedValues());
            }
        }
        for (Map.Entry<String, String> alias : rule.aliases().entrySet()) {
            guesses.put(alias.getKey().strip().toLowerCase(Locale.ROOT), alias.getValue());
        }
        return guesses;
    }

    private static void putLabels(Map<String, String> guesses, List<AllowedValue> values) {
        for (AllowedValue allowed : values) {
            if (allowed.label() != null) {
                guesses.putIfAbsent(allowed.label().strip().toLowerCase(Locale.ROOT), allowed.value());
            }
        }
    }

    private static String guess(Map<String, String> guesses, String raw, int from, int to) {
        return guesses.get(raw.substring(from, to).toLowerCase(Locale.ROOT));
    }

    /** One of the allowed words, ignoring case (CHOICE and YES_NO); rejected values reported as the pack says. */
    static ValueCheck words(ColumnRule rule) {
        return new Words(rule);
    }

    private static final class Words implements ValueCheck {
        private final String[] allowed;
        private final String listed;
        private final RejectedValue[] rejected;
        private final Map<String, String> guesses;
        private final String key;
        private final String suggestKey;
        private final Severity severity;

        Words(ColumnRule rule) {
            allowed = new String[rule.allowedValues().size()];
            for (int i = 0; i < allowed.length; i++) {
                allowed[i] = rule.allowedValues().get(i).value();
            }
            listed = String.join(", ", allowed);
            rejected = rule.rejectedValues().toArray(RejectedValue[]::new);
            guesses = guesses(rule, false);
            boolean yesNo = rule.kind() == ValueKind.YES_NO;
            key = yesNo ? MessageKeys.YES_NO : MessageKeys.CHOICE;
            suggestKey = yesNo ? MessageKeys.YES_NO_SUGGEST : MessageKeys.CHOICE_SUGGEST;
            severity = rule.invalidSeverity();
        }

        @Override
        public boolean check(String raw, int from, int to, CellReporter out) {
            for (String word : allowed) {
                if (Syntax.equalsIgnoreCase(raw, from, to, word)) {
                    for (RejectedValue refused : rejected) {
                        if (Syntax.equalsIgnoreCase(raw, from, to, refused.value())) {
                            return out.report(refused.severity(), refused.code(), refused.message(), null);
                        }
                    }
                    return true;
                }
            }
            String guess = guess(guesses, raw, from, to);
            return guess == null
                    ? out.report(severity, Code.INVALID_VALUE, key, null, listed)
                    : out.report(severity, Code.INVALID_VALUE, suggestKey, guess, listed, guess);
        }
    }

    /** "1 to 8" when the codes run without holes, else the codes listed. */
    static String describeCodes(int[] codes) {
        boolean run = true;
        for (int i = 1; i < codes.length; i++) {
            run &= codes[i] == codes[i - 1] + 1;
        }
        if (run && codes.length > 2) {
            return codes[0] + "–" + codes[codes.length - 1];
        }
        StringBuilder text = new StringBuilder();
        for (int code : codes) {
            text.append(text.length() == 0 ? "" : ", ").append(code);
        }
        return text.toString();
    }

    /** The numbers of a list of codes, ascending. */
    static int[] codeNumbers(List<AllowedValue> values) {
        int[] numbers = new int[values.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = Integer.parseInt(values.get(i).value().strip());
        }
        Arrays.sort(numbers);
        return numbers;
    }

    /** Every code of the column, whichever of its lists applies on a row. */
    private static List<AllowedValue> everyCode(ColumnRule rule) {
        Map<String, AllowedValue> all = new LinkedHashMap<>();
        for (AllowedValue value : rule.allowedValues()) {
            all.putIfAbsent(value.value().strip(), value);
        }
        for (ConditionalValues list : rule.allowedValuesWhen()) {
            for (AllowedValue value : list.allowedValues()) {
                all.putIfAbsent(value.value().strip(), value);
            }
        }
        return List.copyOf(all.values());
    }

    static boolean[] table(int[] codes) {
        boolean[] table = new boolean[codes.length == 0 ? 0 : codes[codes.length - 1] + 1];
        for (int code : codes) {
            table[code] = true;
        }
        return table;
    }

    /**
     * A whole number from the list (reasons 1–8, kinds of help 1–6); a label typed instead is answered
     * with its number. A column with lists that depend on another cell (the 2023 reasons) takes any
     * number of any of its lists here; {@link ConditionalListCheck} then holds the row to its list.
     */
    static ValueCheck codes(ColumnRule rule) {
        return new Codes(rule);
    }

    private static final class Codes implements ValueCheck {
        private final List<AllowedValue> codes;
        private final boolean[] allowed;
        private final String described;
        private final Map<String, String> guesses;

        Codes(ColumnRule rule) {
            this.codes = everyCode(rule);
            int[] numbers = codeNumbers(codes);
            allowed = table(numbers);
            described = describeCodes(numbers);
            guesses = guesses(rule, true);
        }

        @Override
        public boolean check(String raw, int from, int to, CellReporter out) {
            int value = Syntax.parseWholeNumber(raw, from, to);
            if (value < 0) {
                String guess = guess(guesses, raw, from, to);
                return guess == null
                        ? out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.CODE_FORMAT, null, described)
                        : out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.CODE_FORMAT_SUGGEST, guess,
                                described, guess, label(codes, guess));
            }
            return value < allowed.length && allowed[value]
                    || out.report(Severity.ERROR, Code.INVALID_VALUE, MessageKeys.CODE_VALUE, null, described);
        }
    }

    /** The label of a listed value as a message argument: where its translations live, so the message shows it in its own language. */
    private static Object label(List<AllowedValue> codes, String value) {
        for (AllowedValue allowed : codes) {
            if (allowed.value().equals(value) && allowed.label() != null) {
                return allowed.labelText() != null ? allowed.labelText() : allowed.label();
            }
        }
        return "";
    }

    /**
     * A whole number optionally followed by %: a listed stage is right, another number a warning,
     * anything else an error (a stage name typed instead is answered with its number).
     */
    static ValueCheck salesStage(ColumnRule rule) {
        return new SalesStage(rule);
    }

    private static final class SalesStage implements ValueCheck {
        private final boolean[] allowed;
        private final String described;
        private final Map<String, String> guesses;

        SalesStage(ColumnRule rule) {
            int[] stages = codeNumbers(rule.allowedValues());
            allowed = table(stages);
            described = describeCodes(stages);
            guesses = guesses(rule, false);
        }

        @Override
        public boolean check(String raw, int from, int to, CellReporter out) {
            int end = to;
            if (raw.charAt(end - 1) == '%') {
                end = Syntax.trimEnd(raw, from, end - 1);
            }
            int value = Syntax.parseWholeNumber(raw, from, end);
            if (value < 0) {
                String guess = guess(guesses, raw, from, to);
                return guess == null
                        ? out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.SALES_STAGE_FORMAT, null, described)
                        : out.report(Severity.ERROR, Code.INVALID_FORMAT, MessageKeys.SALES_STAGE_FORMAT_SUGGEST, guess,
                                described, guess);
            }
            return value < allowed.length && allowed[value]
                    || out.report(Severity.WARNING, Code.INVALID_VALUE, MessageKeys.SALES_STAGE_VALUE, null, described);
        }
    }
}
