package com.cosellstudio.rules;

import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.pack.BaselineRules;
import com.cosellstudio.rules.pack.StatusRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The baseline rules of spec section 4, applied on top of a row's plain issues: a deal that was
 * already terminal in the baseline and differs from it turns the TERMINAL_STATE warning into an
 * error (Partner Center will reject the row), and a changed read-only cell turns the IGNORED info
 * into a warning (the user's edit will have no effect). Both replace the plain issue of the same
 * code on the same cell, so a cell carries one mark.
 */
final class BaselineCheck {

    private BaselineCheck() {
    }

    static List<Issue> apply(CompiledLayout layout, Row row, int rowNumber, List<Issue> plain, RowBaseline baseline) {
        BaselineRules rules = layout.pack().pack().baselineRules();
        if (baseline == null || rules == null || row.isBlank()) {
            return plain;
        }
        // Built afresh by each call, so asked for once per row.
        Set<String> changed = baseline.changedColumns();
        if (changed.isEmpty()) {
            return plain;
        }
        List<Issue> issues = new ArrayList<>(plain);
        StatusRules status = layout.pack().pack().statusRules();
        if (rules.terminalChanged() != null && status != null && wasTerminal(status, baseline)) {
            int column = layout.indexOf(status.status());
            issues.removeIf(i -> i.code() == Code.TERMINAL_STATE && rowNumber == i.row());
            String raw = column < 0 ? "" : row.get(column);
            issues.add(new Issue(rules.terminalChanged().severity(), Code.TERMINAL_STATE, rowNumber, status.status(),
                    column < 0 ? null : column, raw, rules.terminalChanged().message(),
                    List.of(status.status(), raw, baseline.oldValue(status.status()).strip(),
                            baseline.oldValue(status.substatus()).strip(), String.join(", ", changed)),
                    null));
        }
        if (rules.readOnlyChanged() != null) {
            for (String name : rules.readOnlyColumns()) {
                int column = layout.indexOf(name);
                if (column < 0 || !changed.contains(name)) {
                    continue;
                }
                issues.removeIf(i -> i.code() == Code.IGNORED && Integer.valueOf(column).equals(i.columnIndex()));
                String raw = row.get(column);
                issues.add(new Issue(rules.readOnlyChanged().severity(), Code.IGNORED, rowNumber, name, column, raw,
                        rules.readOnlyChanged().message(), List.of(name, raw, baseline.oldValue(name)), null));
            }
        }
        return issues;
    }

    private static boolean wasTerminal(StatusRules rules, RowBaseline baseline) {
        StatusRules.State terminal = rules.terminal();
        if (terminal == null) {
            return false;
        }
        String status = baseline.oldValue(rules.status()).strip();
        String substatus = baseline.oldValue(rules.substatus()).strip().toLowerCase(Locale.ROOT);
        return status.equalsIgnoreCase(terminal.status())
                && terminal.substatuses().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(substatus));
    }
}
