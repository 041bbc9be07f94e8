package com.cosellstudio.rules;

import com.cosellstudio.domain.SerialDates;
import com.cosellstudio.domain.SourceInfo;
import java.time.LocalDate;
import com.cosellstudio.domain.OutputColumn;
import com.cosellstudio.domain.ReadLimits;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.CompiledPack.ColumnTemplate;
import com.cosellstudio.rules.CompiledPack.ForeignColumn;
import com.cosellstudio.rules.pack.ConditionalRule;
import com.cosellstudio.rules.pack.ConditionalValues;
import com.cosellstudio.rules.pack.ExcelDamageRules;
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

    /**
     * The check of one physical column.
     *
     * @param requiredOnCreate required only on a row that creates a deal
     */
    record ColumnCheck(ValueCheck check, boolean required, boolean requiredOnCreate) {
    }

    private static final ColumnCheck UNCHECKED_TEXT = new ColumnCheck(ValueCheck.NONE, false, false);

    private final CompiledPack pack;
    private final TemplateRevision revision;
    private final List<String> header;
    private final ColumnTemplate[] templateOf;
    /** For a column only another revision has: its name there (else null). */
    private final ForeignColumn[] foreignOf;
    private final String[] canonical;
    private final int[] groupNumber;
    private final boolean[] duplicate;
    private final ColumnCheck[] checks;
    /** The columns of each canonical name (normalized), in header order; more than one is a repeat. */
    private final Map<String, List<Integer>> positions;
    private final List<Issue> headerIssues;
    private final CrossRule[] crossRules;
    private final int referralIndex;
    private final boolean anyRequiredOnCreate;
    /** Where the trailing columns added for cells past the header start (the header's width when there are none). */
    private final int extraFrom;
    /** The names of the columns a reader would add past the header, as far as asked for. */
    private volatile List<String> extraNames = List.of();

    /** Day 0 of the serial dates a number in a date cell may be (the file's date system). */
    private final LocalDate serialEpoch;

    CompiledLayout(CompiledPack pack, List<String> header, TemplateRevision revision) {
        this.serialEpoch = SerialDates.EPOCH_1900;
        this.positions = new LinkedHashMap<>();
        this.headerIssues = new ArrayList<>();
        this.pack = pack;
        this.revision = revision;
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
        foreignOf = new ForeignColumn[n];
        canonical = new String[n];
        groupNumber = new int[n];
        duplicate = new boolean[n];
        checks = new ColumnCheck[n];
        for (int i = 0; i < n; i++) {
            resolve(i);
        }
        extraFrom = findExtraColumns();
        boolean onCreate = false;
        for (int i = 0; i < n; i++) {
            checks[i] = compileCheck(i);
            onCreate |= checks[i] != null && checks[i].requiredOnCreate();
        }
        anyRequiredOnCreate = onCreate;
        referralIndex = indexOf(ColumnRole.REFERRAL_ID);
        crossRules = bindCrossRules();
        findHeaderIssues();
    }

    private void resolve(int i) {
        String normalized = HeaderNames.normalize(header.get(i));
        ColumnTemplate template = pack.byHeader(normalized);
        if (template != null) {
            canonical[i] = template.rule().name();
        } else {
            template = resolveGroup(i, normalized);
        }
        templateOf[i] = template;
        if (template == null) {
            canonical[i] = resolveForeign(i, normalized);
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

    /** The first of the unknown columns at the end of the header named as the pack names added columns ("Extra 3"). */
    private int findExtraColumns() {
        String key = pack.extraColumnKey();
        int from = canonical.length;
        while (key != null && from > 0 && templateOf[from - 1] == null && foreignOf[from - 1] == null
                && HeaderNames.groupNumber(HeaderNames.normalize(header.get(from - 1)), key) >= 1) {
            from--;
        }
        return from;
    }

    private ColumnTemplate resolveGroup(int i, String normalized) {
        for (ColumnTemplate group : pack.groups().values()) {
            for (String prefix : group.headerKeys()) {
                int number = HeaderNames.groupNumber(normalized, prefix);
                if (number >= 1) {
                    groupNumber[i] = number;
                    canonical[i] = group.rule().name() + " " + number;
                    return group;
                }
            }
        }
        return null;
    }

    /** The canonical name of another revision's column, or the header as read for an unknown one. */
    private String resolveForeign(int i, String normalized) {
        ForeignColumn column = pack.foreign().get(normalized);
        if (column != null) {
            foreignOf[i] = column;
            return column.name();
        }
        for (Map.Entry<String, ForeignColumn> entry : pack.foreign().entrySet()) {
            if (entry.getValue().group()) {
                int number = HeaderNames.groupNumber(normalized, entry.getKey());
                if (number >= 1) {
                    foreignOf[i] = entry.getValue();
                    return entry.getValue().name() + " " + number;
                }
            }
        }
        return header.get(i);
    }

    private ColumnCheck compileCheck(int i) {
        ColumnTemplate template = templateOf[i];
        if (template == null || duplicate[i]) {
            return UNCHECKED_TEXT; // kept as read; only the formula check applies
        }
        if (template.rule().kind() == ValueKind.OUTPUT) {
            return null; // the Errors column is ignored on input
        }
        boolean first = template.group() == null || i == firstOfGroup(template.group());
        Requirement requirement = template.rule().requirement();
        return new ColumnCheck(template.check(), requirement == Requirement.YES && first,
                requirement == Requirement.ON_CREATE && first);
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
        for (int i = 0; i < templateOf.length; i++) {
            // Before the conditional rules: a value outside the row's list is an error they skip.
            if (templateOf[i] != null && !duplicate[i] && !templateOf[i].rule().allowedValuesWhen().isEmpty()) {
                rules.add(new ConditionalListCheck(templateOf[i].rule(), i, this));
            }
        }
        if (pack.pack().statusRules() != null) {
            rules.add(new StatusCheck(pack.pack().statusRules(), this));
        }
        for (ConditionalRule rule : pack.pack().conditionalRules()) {
            rules.add(new ConditionalCheck(rule, this));
        }
        ExcelDamageRules damage = pack.pack().excelDamage();
        for (ExcelDamageRules.PaddedColumn padded : damage == null ? List.<ExcelDamageRules.PaddedColumn>of()
                : damage.paddedColumns()) {
            int column = indexOf(padded.column());
            int country = indexOf(padded.countryColumn());
            if (column >= 0 && country >= 0 && !duplicate[column]) {
                rules.add(new PaddedCodeCheck(padded, column, country));
            }
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
            Requirement requirement = template.rule().requirement();
            if (requirement != Requirement.YES && requirement != Requirement.ON_CREATE) {
                continue;
            }
            if (template.group() == null && indexOf(template.rule().name()) < 0) {
                fileIssue(Severity.ERROR, Code.MISSING_COLUMN, MessageKeys.MISSING_COLUMN, template.rule().name());
            } else if (template.group() != null && groupColumns(template.group()).length == 0) {
                fileIssue(Severity.ERROR, Code.MISSING_COLUMN, MessageKeys.MISSING_COLUMN,
                        groupHeader(template.group(), 1));
            }
        }
        for (List<Integer> at : positions.values()) {
            if (at.size() > 1) {
                fileIssue(Severity.ERROR, Code.DUPLICATE_COLUMN, MessageKeys.DUPLICATE_COLUMN,
                        canonical[at.get(0)], positionsText(at));
            }
        }
        for (int i = 0; i < extraFrom; i++) {
            if (templateOf[i] == null && foreignOf[i] == null) {
                fileIssue(Severity.WARNING, Code.UNKNOWN_COLUMN, MessageKeys.UNKNOWN_COLUMN, header.get(i), i + 1);
            }
        }
        for (ColumnTemplate group : pack.groups().values()) {
            findGroupIssues(group);
        }
    }

    private void findGroupIssues(ColumnTemplate template) {
        ColumnGroup group = template.group();
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
        String prefix = template.rule().name();
        boolean[] present = new boolean[highest + 1];
        for (int i : all) {
            present[groupNumber[i]] = true;
        }
        String gaps = missingNumbers(present);
        if (!gaps.isEmpty()) {
            fileIssue(Severity.WARNING, Code.COLUMN_ORDER, MessageKeys.COLUMN_ORDER_GAP, prefix, gaps);
        }
        int blockEnd = all.get(0);
        while (blockEnd + 1 < canonical.length && groupNumber[blockEnd + 1] > 0
                && templateOf[blockEnd + 1].group() == group) {
            blockEnd++;
        }
        for (int i : all) {
            if (i > blockEnd) {
                fileIssue(Severity.WARNING, Code.COLUMN_ORDER, MessageKeys.COLUMN_ORDER_APART, canonical[i], prefix, i + 1);
            }
        }
        int columns = Math.max(highest, all.size());
        if (columns > pack.groupLimit()) {
            Code code = template.rule().tooMany();
            if (code == null) {
                throw new IllegalStateException("rule pack " + pack.revision() + ": group " + prefix + " has no tooMany code");
            }
            fileIssue(Severity.ERROR, code, code.name(), columns, pack.groupLimit(), prefix);
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
    public TemplateRevision revision() {
        return revision;
    }

    @Override
    public int size() {
        return canonical.length;
    }

    @Override
    public int extraColumnsFrom() {
        return extraFrom;
    }

    @Override
    public boolean recognisesAnyColumn() {
        for (int i = 0; i < templateOf.length; i++) {
            if (templateOf[i] != null || foreignOf[i] != null) {
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
    public List<AllowedValue> allowedValues(int index, Row row) {
        ColumnTemplate template = templateOf[index];
        if (template == null) {
            return List.of();
        }
        for (ConditionalValues list : template.rule().allowedValuesWhen()) {
            if (new BoundCondition(list.when(), this).holdsOn(row)) {
                return list.allowedValues();
            }
        }
        return template.rule().allowedValues();
    }

    @Override
    public String canonicalName(int index) {
        if (index < canonical.length) {
            return canonical[index];
        }
        return extraName(index);
    }

    /**
     * A cell past the header, checked as the file has it (the command line streams rows against the
     * header as read), is named as the reader names the column it adds for it, so an issue there
     * reads the same as in the window, which shows the added columns.
     */
    private String extraName(int index) {
        List<String> names = extraNames;
        int at = index - canonical.length;
        if (at >= names.size()) {
            // Grown in steps and shared between the checking threads: a name never changes once given.
            names = List.copyOf(ReadLimits.extraHeaders(pack.pack().extraColumns(), header, index + 1 + names.size()));
            extraNames = names;
        }
        return names.get(at);
    }

    @Override
    public int indexOf(String canonicalName) {
        List<Integer> at = positions.get(HeaderNames.normalize(canonicalName));
        return at == null ? -1 : at.get(0);
    }

    @Override
    public int indexOf(ColumnRole role) {
        ColumnTemplate template = pack.role(role);
        return template == null ? -1 : indexOf(template.rule().name());
    }

    @Override
    public String pairingKey(int index) {
        ColumnTemplate template = templateOf[index];
        if (template != null && template.group() == null && template.rule().replaces() != null) {
            // The oldest name of the column, which the revisions that replaced it share.
            return HeaderNames.normalize(template.rule().replaces());
        }
        return HeaderNames.normalize(canonical[index]);
    }

    @Override
    public String groupName(ColumnGroup group) {
        ColumnTemplate template = pack.group(group);
        if (template == null) {
            throw new IllegalArgumentException("the " + revision.id() + " template has no group " + group);
        }
        return template.rule().name();
    }

    @Override
    public String groupHeader(ColumnGroup group, int number) {
        return groupName(group) + " " + number;
    }

    @Override
    public int groupNumber(int index) {
        return groupNumber[index];
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
        return groupHeader(group, groupCount(group) + 1);
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
        return insertIndexFor(target == null ? Integer.MAX_VALUE : target.order());
    }

    /** Right after the last column that comes before template position {@code order}. */
    private int insertIndexFor(int order) {
        int after = -1;
        for (int i = 0; i < canonical.length; i++) {
            if (templateOf[i] != null && templateOf[i].order() < order) {
                after = i;
            }
        }
        return after + 1;
    }

    @Override
    public int rowsPerUpload() {
        return pack.rowLimit();
    }

    @Override
    public int columnsPerGroup() {
        return pack.groupLimit();
    }

    @Override
    public TemplateConversion conversion() {
        List<TemplateConversion.Rename> renames = new ArrayList<>();
        for (int i = 0; i < canonical.length; i++) {
            ColumnTemplate template = templateOf[i];
            if (template != null && template.group() == null && !duplicate[i]
                    && !template.headerKeys().contains(HeaderNames.normalize(header.get(i)))) {
                renames.add(new TemplateConversion.Rename(i, header.get(i), template.rule().name()));
            }
        }
        // The header as it grows: each entry the template position of a column, -1 for one the
        // template does not place (unknown, another revision's). A missing column goes in right
        // after the last column that the template puts before it.
        List<Integer> orders = new ArrayList<>(canonical.length);
        List<Boolean> inserted = new ArrayList<>(canonical.length);
        List<String> headers = new ArrayList<>(canonical.length);
        for (int i = 0; i < canonical.length; i++) {
            orders.add(templateOf[i] == null ? -1 : templateOf[i].order());
            inserted.add(false);
            headers.add(null);
        }
        for (ColumnTemplate template : pack.templates()) {
            boolean present = template.group() == null ? indexOf(template.rule().name()) >= 0
                    : groupColumns(template.group()).length > 0;
            if (present) {
                continue;
            }
            int at = 0;
            for (int k = 0; k < orders.size(); k++) {
                if (orders.get(k) >= 0 && orders.get(k) < template.order()) {
                    at = k + 1;
                }
            }
            orders.add(at, template.order());
            inserted.add(at, true);
            headers.add(at, template.group() == null ? template.rule().name() : groupHeader(template.group(), 1));
        }
        List<TemplateConversion.Insert> inserts = new ArrayList<>();
        for (int k = 0; k < orders.size(); k++) {
            if (inserted.get(k)) {
                inserts.add(new TemplateConversion.Insert(k, headers.get(k)));
            }
        }
        return new TemplateConversion(inserts, renames);
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
                    out.add(new OutputColumn(groupHeader(template.group(), 1), -1));
                }
                for (int k = 0; k < columns.length; k++) {
                    out.add(new OutputColumn(groupHeader(template.group(), k + 1), columns[k]));
                }
            } else if (template.rule().kind() == ValueKind.OUTPUT) {
                out.add(new OutputColumn(template.rule().name(), -1, template.rule().role() == ColumnRole.ERRORS));
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

    /** The template column of physical column {@code index}, or null. */
    ColumnTemplate templateOf(int index) {
        return templateOf[index];
    }

    /** The column whose emptiness means "create", or -1. */
    int referralIndex() {
        return referralIndex;
    }

    /** Whether some column is required only on rows that create a deal. */
    boolean anyRequiredOnCreate() {
        return anyRequiredOnCreate;
    }

    @Override
    public ColumnLayout forSource(SourceInfo source) {
        LocalDate epoch = SerialDates.epoch(source);
        return epoch.equals(serialEpoch) ? this : new CompiledLayout(this, epoch);
    }

    /** {@code base} with another day 0 for serial dates: everything compiled is shared, nothing is resolved again. */
    private CompiledLayout(CompiledLayout base, LocalDate serialEpoch) {
        this.serialEpoch = serialEpoch;
        this.pack = base.pack;
        this.revision = base.revision;
        this.header = base.header;
        this.templateOf = base.templateOf;
        this.foreignOf = base.foreignOf;
        this.canonical = base.canonical;
        this.groupNumber = base.groupNumber;
        this.duplicate = base.duplicate;
        this.checks = base.checks;
        this.positions = base.positions;
        this.headerIssues = base.headerIssues;
        this.crossRules = base.crossRules;
        this.referralIndex = base.referralIndex;
        this.anyRequiredOnCreate = base.anyRequiredOnCreate;
        this.extraFrom = base.extraFrom;
        this.extraNames = base.extraNames;
    }

    /** Day 0 of the serial dates of the file this layout checks. */
    LocalDate serialEpoch() {
        return serialEpoch;
    }
}
