package com.cosellstudio.rules;

import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.pack.ColumnRule;
import com.cosellstudio.rules.pack.ConditionalValues;

/**
 * Holds a code column with lists that depend on another cell to the list of its row: the 2023
 * reason takes 1–9 when the substatus is Error and 1–8 (the Declined/Lost reasons) otherwise. The
 * cell check has already taken any number of any list; this one reports a number outside the row's
 * list (INVALID_VALUE). It says nothing while the cells deciding the list are empty or invalid.
 */
final class ConditionalListCheck implements CrossRule {
    private final int column;
    private final BoundCondition[] conditions;
    private final boolean[][] allowed;
    private final String[] described;
    private final boolean[] otherwise;
    private final String otherwiseDescribed;

    ConditionalListCheck(ColumnRule rule, int column, CompiledLayout layout) {
        this.column = column;
        int n = rule.allowedValuesWhen().size();
        conditions = new BoundCondition[n];
        allowed = new boolean[n][];
        described = new String[n];
        for (int i = 0; i < n; i++) {
            ConditionalValues list = rule.allowedValuesWhen().get(i);
            conditions[i] = new BoundCondition(list.when(), layout);
            int[] codes = ListChecks.codeNumbers(list.allowedValues());
            allowed[i] = ListChecks.table(codes);
            described[i] = ListChecks.describeCodes(codes);
        }
        int[] codes = ListChecks.codeNumbers(rule.allowedValues());
        otherwise = ListChecks.table(codes);
        otherwiseDescribed = ListChecks.describeCodes(codes);
    }

    @Override
    public void apply(Row row, CellReporter out) {
        if (!CrossRule.usable(row, column, out)) {
            return;
        }
        String raw = row.get(column);
        int value = CrossRule.wholeNumber(row, column);
        for (int i = 0; i < conditions.length; i++) {
            int test = conditions[i].test(row, out);
            if (test == BoundCondition.UNKNOWN) {
                return;
            }
            if (test == BoundCondition.HOLDS) {
                if (!in(allowed[i], value)) {
                    BoundCondition named = conditions[i].named();
                    out.at(column, raw);
                    out.report(Severity.ERROR, Code.INVALID_VALUE, MessageKeys.CODE_VALUE_WHEN, null, described[i],
                            named.columnName(), CrossRule.trimmed(row, named.column()));
                }
                return;
            }
        }
        if (!in(otherwise, value)) {
            // The number belongs to a list that applies only under a condition this row does not meet.
            BoundCondition named = conditions[0].named();
            out.at(column, raw);
            out.report(Severity.ERROR, Code.INVALID_VALUE, MessageKeys.CODE_VALUE_UNLESS, null, otherwiseDescribed,
                    named.columnName(), String.join(" / ", named.values()));
        }
    }

    private static boolean in(boolean[] table, int value) {
        return value >= 0 && value < table.length && table[value];
    }
}
