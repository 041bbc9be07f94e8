package com.cosellstudio.rules;

import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.pack.ConditionalRule;

/**
 * A conditional rule of the pack bound to a layout: when the condition holds (its cells filled and
 * valid), each target is required (REQUIRED_IF when empty) or ignored (IGNORED when filled and valid).
 */
final class ConditionalCheck implements CrossRule {
    private final ConditionalRule rule;
    private final BoundCondition condition;
    private final int[] targets;
    private final String[] targetNames;

    ConditionalCheck(ConditionalRule rule, CompiledLayout layout) {
        this.rule = rule;
        this.condition = new BoundCondition(rule.when(), layout);
        this.targets = new int[rule.targets().size()];
        for (int t = 0; t < targets.length; t++) {
            targets[t] = layout.indexOf(rule.targets().get(t));
        }
        this.targetNames = rule.targets().toArray(new String[0]);
    }

    @Override
    public void apply(Row row, CellReporter out) {
        if (condition.test(row, out) != BoundCondition.HOLDS) {
            return;
        }
        BoundCondition named = condition.named();
        String conditionName = named.columnName();
        String conditionValue = CrossRule.trimmed(row, named.column());
        for (int t = 0; t < targets.length; t++) {
            int target = targets[t];
            if (rule.effect() == ConditionalRule.Effect.REQUIRED) {
                if (target < 0) {
                    out.reportMissingColumn(rule.severity(), Code.REQUIRED_IF, MessageKeys.REQUIRED_IF_COLUMN_MISSING, targetNames[t],
                            conditionName, conditionValue);
                } else if (CrossRule.isBlank(row, target)) {
                    out.at(target, row.get(target));
                    out.report(rule.severity(), Code.REQUIRED_IF, rule.message(), null, conditionName, conditionValue);
                }
            } else if (CrossRule.usable(row, target, out)) {
                out.at(target, row.get(target));
                out.report(rule.severity(), Code.IGNORED, rule.message(), null, conditionName, conditionValue);
            }
        }
    }
}
