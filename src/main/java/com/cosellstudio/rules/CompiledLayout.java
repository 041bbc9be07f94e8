package com.cosellstudio.rules;

import com.cosellstudio.domain.OutputColumn;
import com.cosellstudio.rules.CompiledPack.ColumnTemplate;
import com.cosellstudio.rules.pack.ConditionalRule;
import com.cosellstudio.rules.pack.PackedCellRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A header resolved against the compiled pack: per physical column its spec, canonical name and
 * compiled check, in arrays indexed by column so that checking a row never looks a header up.
 */
final class CompiledLayout implements ColumnLayout {

    /** The check of one physical column. */
    record ColumnCheck(ValueCheck check, boolean required) {
    }

    private static final ColumnCheck UNCHECKED_TEXT = new ColumnCheck(ValueCheck.NONE, false);

    private final CompiledPack pack;
    private final List<String> header;
    private final ColumnTemplate[] templateOf;
    private final String[] canonical;
    private final int[] groupNumber;
    private final boolean[] duplicate;
    private final ColumnCheck[] checks;
    /** The columns of each canonical name (normalized), in header order; more than one is a repeat. */
    private final Map<String, List<Integer>> positions = new LinkedHashMap<>();
    private final List<Issue> headerIssues = new ArrayList<>();
    private final CrossRule[] crossRules;

    CompiledLayout(CompiledPack pack, List<String> header) {
        this.pack = pack;
        // Plain loops here and below rather than streams and lambdas: a layout is built on the
        // command line's critical path, where linking each lambda costs more than the loop.
        String[] cells = new String[header.size()];
        for (int i = 0; i < cells.length; i++) {
            String cell = header.get(i);
            cells[i] = cell == null ? "" : cell;
        }
        this.header = List.of(cells);
        int n = this.header.size();
        templateOf = new ColumnTemplate[n];
        canonical = new String[n];
        groupNumber = new int[n];
        duplicate = new boolean[n];
        checks = new ColumnCheck[n];
        for (int i = 0; i < n; i++) {
            resolve(i);
        }
        for (int i = 0; i < n; i++) {
            checks[i] = compileCheck(i);
        }
        crossRules = bindCrossRules();
        findHeaderIssues();
    }

    private void resolve(int i) {
        String normalized = HeaderNames.normalize(header.get(i));
        ColumnTemplate template = pack.byHeader(normalized);
        if (template != null) {
            canonical[i] = template.rule().name();
        } else {
            for (ColumnTemplate group : pack.groups().values()) {
                for (String prefix : group.headerKeys()) {
                    int number = HeaderNames.groupNumber(normalized, prefix);
                    if (number >= 1) {
                        template = group;
                        groupNumber[i] = number;
                        canonical[i] = group.group().header(number);
                        break;
                    }
                }
                if (template != null) {
                    break;
                }
            }
        }
        templateOf[i] = template;
        if (template == null) {
            canonical[i] = header.get(i);
        }
        String key = HeaderNames.normalize(canonical[i]);
        if (key.isEmpty()) {
            return; // empty header cells (trailing separators) are unknown, not repeated
        }
        List<Integer> at = positions.get(key);
        if (at == null) {
            at = new ArrayList<>(1);
            positions.put(key, at);
        }
        at.add(i);
        duplicate[i] = at.size() > 1;
    }

    private ColumnCheck compileCheck(int i) {
        ColumnTemplate template = templateOf[i];
        if (template == null || duplicate[i]) {
            return UNCHECKED_TEXT; // kept as read; only the formula check applies
        }
        if (template.rule().kind() == ValueKind.OUTPUT) {
            return null; // the Errors column is ignored on input
        }
        boolean required = template.rule().requirement() == Requirement.YES
                && (template.group() == null || i == firstOfGroup(template.group()));
        return new ColumnCheck(template.check(), required);
    }

    /** The physical column holding the lowest number of the group (it becomes number 1 on upload), or -1. */
    private int firstOfGroup(ColumnGroup group) {
        int[] columns = groupColumns(group);
        return columns.length == 0 ? -1 : columns[0];
    }

    /** The group's columns (repeats excluded) ordered by their number. */
    int[] groupColumns(ColumnGroup group) {
        int[] columns = new int[canonical.length];
        int count = 0;
        for (int i = 0; i < canonical.length; i++) {
            if (groupNumber[i] > 0 && !duplicate[i] && templateOf[i].group() == group) {
                // Insertion by number: a group has a handful of columns.
                int at = count++;
                while (at > 0 && groupNumber[columns[at - 1]] > groupNumber[i]) {
                    columns[at] = columns[at - 1];
                    at--;
                }
                columns[at] = i;
            }
        }
        return Arrays.copyOf(columns, count);
    }

    private CrossRule[] bindCrossRules() {
        List<CrossRule> rules = new ArrayList<>();
        if (pack.pack().statusRules() != null) {
            rules.add(new StatusCheck(pack.pack().statusRules(), this));
        }
        for (ConditionalRule rule : pack.pack().conditionalRules()) {
            rules.add(new ConditionalCheck(rule, this));
        }
        for (ColumnTemplate group : pack.groups().values()) {
            PackedCellRule shape = pack.pack().packedCells().get(group.rule().kind().name());
            int[] columns = groupColumns(group.group());
            if (shape != null && shape.duplicatePart() >= 0 && shape.duplicate() != null && columns.length > 1) {
                rules.add(new DuplicatePartCheck(columns, shape, this));
            }
        }
        return rules.toArray(new CrossRule[0]);
    }

    // ---- header issues -------------------------------------------------------------------------

    private void findHeaderIssues() {
        for (ColumnTemplate template : pack.templates()) {
            if (template.rule().requirement() != Requirement.YES) {
                continue;
            }
            if (template.group() == null && indexOf(template.rule().name()) < 0) {
                fileIssue(Severity.ERROR, Code.MISSING_COLUMN, MessageKeys.MISSING_COLUMN, template.rule().name());
            } else if (template.group() != null && groupColumns(template.group()).length == 0) {
                fileIssue(Severity.ERROR, Code.MISSING_COLUMN, MessageKeys.MISSING_COLUMN, template.group().header(1));
            }
        }
        for (List<Integer> at : positions.values()) {
            if (at.size() > 1) {
                fileIssue(Severity.ERROR, Code.DUPLICATE_COLUMN, MessageKeys.DUPLICATE_COLUMN,
                        canonical[at.get(0)], positionsText(at));
            }
        }
        for (int i = 0; i < canonical.length; i++) {
            if (templateOf[i] == null) {
                fileIssue(Severity.WARNING, Code.UNKNOWN_COLUMN, MessageKeys.UNKNOWN_COLUMN, header.get(i), i + 1);
            }
        }
        for (ColumnTemplate group : pack.groups().values()) {
            findGroupIssues(group.group());
        }
    }

    private void findGroupIssues(ColumnGroup group) {
        List<Integer> all = new ArrayList<>();
        int highest = 0;
        for (int i = 0; i < canonical.length; i++) {
            if (groupNumber[i] > 0 && templateOf[i].group() == group) {
                all.add(i);
                highest = Math.max(highest, groupNumber[i]);
            }
        }
        if (all.isEmpty()) {
            return;
        }
        boolean[] present = new boolean[highest + 1];
        for (int i : all) {
            present[groupNumber[i]] = true;
        }
        String gaps = missingNumbers(present);
        if (!gaps.isEmpty()) {
            fileIssue(Severity.WARNING, Code.COLUMN_ORDER, MessageKeys.COLUMN_ORDER_GAP, group.prefix(), gaps);
        }
        int blockEnd = all.get(0);
        while (blockEnd + 1 < canonical.length && groupNumber[blockEnd + 1] > 0
                && templateOf[blockEnd + 1].group() == group) {
            blockEnd++;
        }
        for (int i : all) {
            if (i > blockEnd) {
                fileIssue(Severity.WARNING, Code.COLUMN_ORDER, MessageKeys.COLUMN_ORDER_APART, canonical[i],
                        group.prefix(), i + 1);
            }
        }
        int columns = Math.max(highest, all.size());
        if (columns > pack.groupLimit()) {
            Code code = group == ColumnGroup.SOLUTION ? Code.TOO_MANY_SOLUTIONS : Code.TOO_MANY_TEAM_MEMBERS;
            String key = group == ColumnGroup.SOLUTION ? MessageKeys.TOO_MANY_SOLUTIONS : MessageKeys.TOO_MANY_TEAM_MEMBERS;
            fileIssue(Severity.ERROR, code, key, columns, pack.groupLimit());
        }
    }

    /** "2, 4–6" for the numbers below the highest that no column has. */
    private static String missingNumbers(boolean[] present) {
        StringBuilder text = new StringBuilder();
        int k = 1;
        while (k < present.length) {
            if (present[k]) {
                k++;
                continue;
            }
            int start = k;
            while (k < present.length && !present[k]) {
                k++;
            }
            text.append(text.length() == 0 ? "" : ", ").append(start);
            if (k - 1 > start) {
                text.append('–').append(k - 1);
            }
        }
        return text.toString();
    }

    private static String positionsText(List<Integer> at) {
        StringBuilder text = new StringBuilder();
        for (int i : at) {
            text.append(text.length() == 0 ? "" : ", ").append(i + 1);
        }
        return text.toString();
    }

    private void fileIssue(Severity severity, Code code, String key, Object... args) {
        headerIssues.add(new Issue(severity, code, null, null, null, null, key, Arrays.asList(args), null));
    }

    // ---- ColumnLayout ----------------------------------------------------------------------------

    @Override
    public int size() {
        return canonical.length;
    }

    @Override
    public boolean recognisesAnyColumn() {
        for (ColumnTemplate template : templateOf) {
            if (template != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ColumnSpec spec(int index) {
        return templateOf[index] == null ? null : templateOf[index].spec();
    }

    @Override
    public String canonicalName(int index) {
        return canonical[index];
    }

    @Override
    public int indexOf(String canonicalName) {
        List<Integer> at = positions.get(HeaderNames.normalize(canonicalName));
        return at == null ? -1 : at.get(0);
    }

    @Override
    public int groupCount(ColumnGroup group) {
        int highest = 0;
        for (int i = 0; i < canonical.length; i++) {
            if (groupNumber[i] > 0 && templateOf[i].group() == group) {
                highest = Math.max(highest, groupNumber[i]);
            }
        }
        return highest;
    }

    @Override
    public String nextGroupHeader(ColumnGroup group) {
        return group.header(groupCount(group) + 1);
    }

    @Override
    public int nextGroupInsertIndex(ColumnGroup group) {
        int last = -1;
        for (int i = 0; i < canonical.length; i++) {
            if (groupNumber[i] > 0 && templateOf[i].group() == group) {
                last = i;
            }
        }
        if (last >= 0) {
            return last + 1;
        }
        ColumnTemplate target = pack.group(group);
        int order = target == null ? Integer.MAX_VALUE : target.order();
        int after = -1;
        for (int i = 0; i < canonical.length; i++) {
            if (templateOf[i] != null && templateOf[i].order() < order) {
                after = i;
            }
        }
        return after + 1;
    }

    @Override
    public List<Issue> headerIssues() {
        return List.copyOf(headerIssues);
    }

    @Override
    public List<OutputColumn> uploadColumns() {
        List<OutputColumn> out = new ArrayList<>();
        for (ColumnTemplate template : pack.templates()) {
            if (template.group() != null) {
                int[] columns = groupColumns(template.group());
                if (columns.length == 0) {
                    out.add(new OutputColumn(template.group().header(1), -1));
                }
                for (int k = 0; k < columns.length; k++) {
                    out.add(new OutputColumn(template.group().header(k + 1), columns[k]));
                }
            } else if (template.rule().kind() == ValueKind.OUTPUT) {
                out.add(new OutputColumn(template.rule().name(), -1));
            } else {
                out.add(new OutputColumn(template.rule().name(), indexOf(template.rule().name())));
            }
        }
        for (int i = 0; i < canonical.length; i++) {
            if (templateOf[i] == null || duplicate[i]) {
                out.add(new OutputColumn(header.get(i), i));
            }
        }
        return out;
    }

    // ---- for the engine --------------------------------------------------------------------------

    ColumnCheck[] checks() {
        return checks;
    }

    CrossRule[] crossRules() {
        return crossRules;
    }

    CompiledPack pack() {
        return pack;
    }

    /** The column whose emptiness means "create", or -1. */
    int referralIndex() {
        return pack.pack().statusRules() == null ? -1 : indexOf(pack.pack().statusRules().referralId());
    }
}
