package com.cosellstudio.rules;

import com.cosellstudio.rules.pack.BaselineRules;
import com.cosellstudio.rules.pack.ColumnRule;
import com.cosellstudio.rules.pack.ConditionalRule;
import com.cosellstudio.rules.pack.ExcelDamageRules;
import com.cosellstudio.rules.pack.PackedCellRule;
import com.cosellstudio.rules.pack.PartRule;
import com.cosellstudio.rules.pack.RejectedValue;
import com.cosellstudio.rules.pack.RulePack;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule pack of one template revision turned into check objects once: one
 * {@link ColumnTemplate} per template column with its compiled {@link ValueCheck}, and the header
 * spellings that name it. Layouts then only wire these to physical columns.
 *
 * <p>Compiled beside the packs of the other revisions ({@code siblings}), so that a header of
 * another revision is never an unknown column here: a column that {@code replaces} another
 * revision's column answers to that column's spellings too (and the other way round), and any other
 * column of another revision is known as such, kept as read and left unchecked.
 */
final class CompiledPack {

    /** A template column with its compiled check. */
    record ColumnTemplate(int order, ColumnRule rule, ColumnSpec spec, ValueCheck check, List<String> headerKeys) {
        ColumnGroup group() {
            return rule.group();
        }
    }

    /** A column (or with {@code group}, a group prefix) only another revision has: its canonical name there. */
    record ForeignColumn(String name, boolean group) {
    }

    private final RulePack pack;
    private final List<ColumnTemplate> templates = new ArrayList<>();
    private final Map<String, ColumnTemplate> byHeader = new HashMap<>();
    private final Map<ColumnGroup, ColumnTemplate> groups = new EnumMap<>(ColumnGroup.class);
    private final Map<ColumnRole, ColumnTemplate> roles = new EnumMap<>(ColumnRole.class);
    /** Header keys (and group prefixes) of other revisions' columns this pack lacks. */
    private final Map<String, ForeignColumn> foreign = new LinkedHashMap<>();
    private final Set<String> messageKeys = new TreeSet<>();

    CompiledPack(RulePack pack, CodeListChecks lists, Clock clock, List<RulePack> siblings) {
        this.pack = pack;
        for (ColumnRule rule : pack.columns()) {
            ValueCheck check = guardScientific(rule, compile(rule, lists, clock));
            List<String> keys = keysOf(rule);
            ColumnSpec spec = new ColumnSpec(rule.name(), rule.requirement(), rule.kind(), rule.allowedValues(),
                    rule.allowedValuesWhen(), rule.format(), rule.example(), rule.group(), partsOf(rule),
                    rule.readOnly());
            ColumnTemplate template = new ColumnTemplate(templates.size(), rule, spec, check, keys);
            templates.add(template);
            if (rule.role() != null && roles.put(rule.role(), template) != null) {
                throw new IllegalStateException("rule pack " + pack.revision() + ": two columns play " + rule.role());
            }
            if (rule.group() != null) {
                groups.put(rule.group(), template);
                if (rule.tooMany() != null) {
                    messageKeys.add(rule.tooMany().name());
                }
            } else {
                for (String key : keys) {
                    claim(key, template);
                }
            }
            for (RejectedValue rejected : rule.rejectedValues()) {
                messageKeys.add(rejected.message());
            }
            if (rule.readOnly() != null && pack.baselineRules() != null
                    && pack.baselineRules().readOnlyRuleChanged() != null) {
                messageKeys.add(BaselineCheck.readOnlyKey(pack.baselineRules().readOnlyRuleChanged(), rule.readOnly()));
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
        for (RulePack sibling : siblings) {
            takeSpellingsOf(sibling);
        }
        for (RulePack sibling : siblings) {
            knowColumnsOf(sibling);
        }
    }

    private void claim(String key, ColumnTemplate template) {
        ColumnTemplate clash = byHeader.put(key, template);
        if (clash != null && clash != template) {
            throw new IllegalStateException("header \"" + key + "\" names both " + clash.rule().name()
                    + " and " + template.rule().name());
        }
    }

    /** The normalized spellings of a column's header: its name, then its variants. */
    private static List<String> keysOf(ColumnRule rule) {
        List<String> keys = new ArrayList<>();
        keys.add(HeaderNames.normalize(rule.name()));
        for (String variant : rule.variants()) {
            keys.add(HeaderNames.normalize(variant));
        }
        return List.copyOf(keys);
    }

    private List<PartRule> partsOf(ColumnRule rule) {
        PackedCellRule shape = rule.kind() == ValueKind.SOLUTION || rule.kind() == ValueKind.TEAM_MEMBER
                ? pack.packedCells().get(rule.kind().name()) : null;
        return shape == null ? List.of() : shape.parts();
    }

    /**
     * A column of ours that replaces a column of {@code sibling} (or that the sibling's column
     * replaces) answers to that column's spellings as well, unless one of ours already has them.
     */
    private void takeSpellingsOf(RulePack sibling) {
        for (ColumnRule theirs : sibling.columns()) {
            if (theirs.group() != null) {
                continue;
            }
            for (ColumnTemplate ours : templates) {
                if (ours.group() == null && (sameName(ours.rule().replaces(), theirs.name())
                        || sameName(theirs.replaces(), ours.rule().name()))) {
                    for (String key : keysOf(theirs)) {
                        byHeader.putIfAbsent(key, ours);
                    }
                }
            }
        }
    }

    /** The sibling's columns and groups this pack does not have are known, not unknown. */
    private void knowColumnsOf(RulePack sibling) {
        for (ColumnRule theirs : sibling.columns()) {
            if (theirs.group() != null) {
                if (!groups.containsKey(theirs.group())) {
                    for (String key : keysOf(theirs)) {
                        foreign.putIfAbsent(key, new ForeignColumn(theirs.name(), true));
                    }
                }
                continue;
            }
            for (String key : keysOf(theirs)) {
                if (!byHeader.containsKey(key)) {
                    foreign.putIfAbsent(key, new ForeignColumn(theirs.name(), false));
                }
            }
        }
    }

    private static boolean sameName(String a, String b) {
        return a != null && b != null && HeaderNames.normalize(a).equals(HeaderNames.normalize(b));
    }

    /**
     * The column's check, first looking for scientific notation when the pack names the column as
     * one of IDs or numbers: a warning in free text, the column's own severity where the form is checked.
     */
    private ValueCheck guardScientific(ColumnRule rule, ValueCheck check) {
        ExcelDamageRules damage = pack.excelDamage();
        if (damage == null || rule.group() != null || !damage.numberColumns().contains(rule.name())) {
            return check;
        }
        return ExcelDamage.scientificGuard(check, check == ValueCheck.NONE ? Severity.WARNING : rule.invalidSeverity(),
                damage.keptDigits());
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
            case DIGITS:
                return FormatChecks.digits(rule.invalidSeverity());
            case DOMAIN:
                return FormatChecks.domain(rule.invalidSeverity());
            case ACCOUNT_MATCH:
                return FormatChecks.accountMatch(rule.invalidSeverity());
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
                PackedCellCheck packed = new PackedCellCheck(shape, lists, rule.invalidSeverity());
                packed.collectMessageKeys(messageKeys);
                return packed;
            default:
                throw new IllegalStateException("unhandled value kind " + rule.kind());
        }
    }

    RulePack pack() {
        return pack;
    }

    /** The revision the pack describes ("2023"). */
    String revision() {
        return pack.revision();
    }

    List<ColumnTemplate> templates() {
        return templates;
    }

    /** The non-group template column a normalized header names (its own spellings or a replaced column's), or null. */
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

    /** The template column playing {@code role}, or null. */
    ColumnTemplate role(ColumnRole role) {
        return roles.get(role);
    }

    /** Another revision's columns and group prefixes this pack lacks, by normalized header. */
    Map<String, ForeignColumn> foreign() {
        return foreign;
    }

    /**
     * The normalized spellings that only {@code pack}'s template has among {@code siblings}: the
     * spellings of a column (or, mapped to true, a group) whose canonical name no sibling has. A
     * header holding one is a file of this revision (template-2023.md section 4). Read from the
     * packs' data, so a revision is told before (or without) its pack being compiled.
     */
    static Map<String, Boolean> ownSpellings(RulePack pack, List<RulePack> siblings) {
        Map<String, Boolean> own = new LinkedHashMap<>();
        for (ColumnRule rule : pack.columns()) {
            if (!nameIn(rule.name(), siblings)) {
                for (String key : keysOf(rule)) {
                    own.put(key, rule.group() != null);
                }
            }
        }
        return own;
    }

    private static boolean nameIn(String name, List<RulePack> packs) {
        for (RulePack other : packs) {
            for (ColumnRule rule : other.columns()) {
                if (sameName(rule.name(), name)) {
                    return true;
                }
            }
        }
        return false;
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

    /** The normalized name the columns added for cells past the header are numbered under ("extra"), or null. */
    String extraColumnKey() {
        return pack.extraColumns() == null ? null : HeaderNames.normalize(pack.extraColumns());
    }
}
