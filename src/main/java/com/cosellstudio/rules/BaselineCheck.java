package com.cosellstudio.rules;

import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.pack.BaselineRules;
import com.cosellstudio.rules.pack.ReadOnlyRule;
import com.cosellstudio.rules.pack.StatusRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline rules, applied on top of a row's plain issues: a deal that was already terminal in
 * the baseline and differs from it turns the TERMINAL_STATE warning into an error (Partner Center
 * will reject the row); a changed cell of a column Partner Center no longer takes changes to
 * (template-2023.md section 3) gets READ_ONLY_CHANGE, and a changed Engagement ID turns its IGNORED
 * info into a warning (the user's edit will have no effect). Each replaces the plain issue of the
 * same code on the same cell, so a cell carries one mark. A value a spreadsheet damaged
 * (EXCEL_DAMAGE) is answered with the export's value for the same deal and column.
 */
final class BaselineCheck {
    private static final Pattern NUMBER_RUN = Pattern.compile("\\d+");


    private BaselineCheck() {
    }

    /** The message key of a change to a column frozen by {@code rule}: {@code READ_ONLY_CHANGE.AFTER_CREATE}. */
    static String readOnlyKey(BaselineRules.Effect effect, ReadOnlyRule rule) {
        return effect.message() + "." + rule.when().name();
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
        takeBaselineValues(issues, baseline);
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
        if (rules.readOnlyRuleChanged() != null) {
            for (String name : changed) {
                int column = layout.indexOf(name);
                CompiledPack.ColumnTemplate template = column < 0 ? null : layout.templateOf(column);
                if (template == null || template.rule().readOnly() == null) {
                    continue;
                }
                String old = baseline.oldValue(name);
                String raw = row.get(column);
                if (old.strip().equals(raw.strip()) || !frozen(template.rule().readOnly(), old)) {
                    continue;
                }
                int at = column;
                issues.removeIf(i -> i.code() == Code.IGNORED && Integer.valueOf(at).equals(i.columnIndex()));
                issues.add(new Issue(rules.readOnlyRuleChanged().severity(), Code.READ_ONLY_CHANGE, rowNumber, name,
                        column, raw, readOnlyKey(rules.readOnlyRuleChanged(), template.rule().readOnly()),
                        List.of(name, raw, old, String.join(" / ", template.rule().readOnly().values())), null));
            }
        }
        return issues;
    }

    /**
     * Each EXCEL_DAMAGE issue of the row whose column the export holds a value the spreadsheet could
     * have made the cell from: fixed by that value, digits lost to scientific notation included. An
     * export value the damage cannot come from is a change the user made: the engine's own repair
     * (or none) stands, so a fix never quietly undoes an edit.
     */
    private static void takeBaselineValues(List<Issue> issues, RowBaseline baseline) {
        for (int i = 0; i < issues.size(); i++) {
            Issue damage = issues.get(i);
            if (damage.code() != Code.EXCEL_DAMAGE || damage.column() == null) {
                continue;
            }
            String old = baseline.oldValue(damage.column()).strip();
            if (!old.isEmpty() && !old.equals(damage.value().strip()) && damagedFrom(damage, old)) {
                issues.set(i, new Issue(damage.severity(), damage.code(), damage.row(), damage.column(),
                        damage.columnIndex(), damage.value(), MessageKeys.EXCEL_DAMAGE_BASELINE,
                        List.of(damage.column(), damage.value(), old), new Fix(old, FixKind.BASELINE_VALUE)));
            }
        }
    }

    /**
     * Whether the spreadsheet could have turned {@code old} into the damaged value: the engine's own
     * repair gives {@code old} back (numbers compared as numbers, so 03/16/2027 is 3/16/2027), or,
     * where digits were lost, {@code old} is within a unit of the last digit shown.
     */
    private static boolean damagedFrom(Issue damage, String old) {
        if (damage.fix() != null) {
            return sameNumbers(damage.fix().value(), old);
        }
        try {
            BigDecimal shown = new BigDecimal(damage.value().strip());
            BigDecimal original = new BigDecimal(old);
            // Within one unit of the last digit the spreadsheet kept (zeros written in place of lost
            // digits are not kept digits): it rounds through a binary double, not always half-up.
            BigDecimal unit = shown.stripTrailingZeros().ulp();
            return original.subtract(shown).abs().compareTo(unit) <= 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /** Whether both hold the same runs of digits as numbers (leading zeros aside) and the same text between them. */
    private static boolean sameNumbers(String a, String b) {
        return NUMBER_RUN.matcher(a).replaceAll(BaselineCheck::withoutLeadingZeros)
                .equals(NUMBER_RUN.matcher(b).replaceAll(BaselineCheck::withoutLeadingZeros));
    }

    private static String withoutLeadingZeros(MatchResult digits) {
        String run = digits.group().replaceFirst("^0+(?=\\d)", "");
        return Matcher.quoteReplacement(run);
    }

    /** Whether the column stopped taking changes, given its value in the baseline. */
    private static boolean frozen(ReadOnlyRule rule, String old) {
        String value = old.strip();
        switch (rule.when()) {
            case ALWAYS: case AFTER_CREATE:
                return true; // a row with a baseline updates a deal that exists
            case ONCE_FILLED:
                return !value.isEmpty();
            case ONCE_NUMBER:
                return Syntax.parseWholeNumber(value, 0, value.length()) >= 0;
            case ONCE_VALUE:
                for (String frozenValue : rule.values()) {
                    if (frozenValue.equalsIgnoreCase(value)) {
                        return true;
                    }
                }
                return false;
            default:
                throw new IllegalStateException("unhandled read-only rule " + rule.when());
        }
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
