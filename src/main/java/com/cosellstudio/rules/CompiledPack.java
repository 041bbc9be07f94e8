package com.cosellstudio.rules;

import com.cosellstudio.rules.pack.BaselineRules;
import com.cosellstudio.rules.pack.CodeLists;
import com.cosellstudio.rules.pack.ColumnRule;
import com.cosellstudio.rules.pack.ConditionalRule;
import com.cosellstudio.rules.pack.PackedCellRule;
import com.cosellstudio.rules.pack.RejectedValue;
import com.cosellstudio.rules.pack.RulePack;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule pack turned into check objects once: one {@link ColumnTemplate} per template column
 * with its compiled {@link ValueCheck}, and the header spellings that name it. Layouts then only
 * wire these to physical columns.
 */
final class CompiledPack {

    /** A template column with its compiled check. */
    record ColumnTemplate(int order, ColumnRule rule, ColumnSpec spec, ValueCheck check, List<String> headerKeys) {
        ColumnGroup group() {
            return rule.group();
        }
    }

    private final RulePack pack;
    private final List<ColumnTemplate> templates = new ArrayList<>();
    private final Map<String, ColumnTemplate> byHeader = new HashMap<>();
    private final Map<ColumnGroup, ColumnTemplate> groups = new EnumMap<>(ColumnGroup.class);
    private final Set<String> messageKeys = new TreeSet<>();

    CompiledPack(RulePack pack, CodeLists codeLists, Clock clock) {
        this.pack = pack;
        CodeListChecks lists = new CodeListChecks(codeLists);
        for (ColumnRule rule : pack.columns()) {
            ValueCheck check = compile(rule, lists, clock);
            List<String> keys = new ArrayList<>();
            keys.add(HeaderNames.normalize(rule.name()));
            for (String variant : rule.variants()) {
                keys.add(HeaderNames.normalize(variant));
            }
            ColumnSpec spec = new ColumnSpec(rule.name(), rule.requirement(), rule.kind(), rule.allowedValues(),
                    rule.format(), rule.example(), rule.group());
            ColumnTemplate template = new ColumnTemplate(templates.size(), rule, spec, check, List.copyOf(keys));
            templates.add(template);
            if (rule.group() != null) {
                groups.put(rule.group(), template);
            } else {
                for (String key : keys) {
                    ColumnTemplate clash = byHeader.put(key, template);
                    if (clash != null && clash != template) {
                        throw new IllegalStateException("header \"" + key + "\" names both " + clash.rule().name()
                                + " and " + rule.name());
                    }
                }
            }
            for (RejectedValue rejected : rule.rejectedValues()) {
                messageKeys.add(rejected.message());
            }
        }
        for (ConditionalRule rule : pack.conditionalRules()) {
            messageKeys.add(rule.message());
        }
        if (pack.baselineRules() != null) {
            for (BaselineRules.Effect effect : new BaselineRules.Effect[] {pack.baselineRules().terminalChanged(),
                    pack.baselineRules().readOnlyChanged()}) {
                if (effect != null) {
                    messageKeys.add(effect.message());
                }
            }
        }
    }

    private ValueCheck compile(ColumnRule rule, CodeListChecks lists, Clock clock) {
        switch (rule.kind()) {
            case OUTPUT: case TEXT:
                return ValueCheck.NONE;
            case GUID:
                return FormatChecks.guid(rule.invalidSeverity());
            case COUNTRY:
                return lists.countryCheck();
            case CURRENCY:
                return lists.currencyCheck();
            case DUNS:
                return FormatChecks.duns();
            case PHONE:
                return FormatChecks.phone();
            case EMAIL:
                return FormatChecks.email();
            case CHOICE: case YES_NO:
                return ListChecks.words(rule);
            case CODE:
                return ListChecks.codes(rule);
            case SALES_STAGE:
                return ListChecks.salesStage(rule);
            case DECIMAL:
                return FormatChecks.decimal();
            case DATE:
                return FormatChecks.date(clock);
            case READ_ONLY:
                return FormatChecks.readOnly();
            case SOLUTION: case TEAM_MEMBER:
                PackedCellRule shape = pack.packedCells().get(rule.kind().name());
                if (shape == null) {
                    throw new IllegalStateException("rule pack has no packedCells entry for " + rule.kind());
                }
                PackedCellCheck packed = new PackedCellCheck(shape, lists);
                packed.collectMessageKeys(messageKeys);
                return packed;
            default:
                throw new IllegalStateException("unhandled value kind " + rule.kind());
        }
    }

    RulePack pack() {
        return pack;
    }

    List<ColumnTemplate> templates() {
        return templates;
    }

    /** The non-group template column a normalized header names, or null. */
    ColumnTemplate byHeader(String normalized) {
        return byHeader.get(normalized);
    }

    /** The template of a group, or null when the pack has no such group. */
    ColumnTemplate group(ColumnGroup group) {
        return groups.get(group);
    }

    Map<ColumnGroup, ColumnTemplate> groups() {
        return groups;
    }

    /** Every message key the pack's data can make the engine emit (the code's own keys are in {@link MessageKeys}). */
    Set<String> messageKeys() {
        return messageKeys;
    }

    int rowLimit() {
        return pack.limits().rowsPerUpload();
    }

    int groupLimit() {
        return pack.limits().columnsPerGroup();
    }
}
