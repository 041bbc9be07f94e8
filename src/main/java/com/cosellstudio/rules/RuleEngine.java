package com.cosellstudio.rules;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.pack.RulePackLoader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The compiled rule pack. Thread-safe and immutable: build it once, share it between the window,
 * background checks and the command line.
 */
public final class RuleEngine {

    /** Within a row: row-level issues (no column) first, then by column; stable, so a cell keeps its order. */
    private static final Comparator<Issue> BY_COLUMN = (a, b) -> Integer.compare(
            a.columnIndex() == null ? -1 : a.columnIndex(), b.columnIndex() == null ? -1 : b.columnIndex());

    private final CompiledPack pack;

    private RuleEngine(CompiledPack pack) {
        this.pack = pack;
    }

    /** The loaded 2021 pack: immutable data, read once per class loader. */
    private static final class Standard {
        static final RulePackLoader.Loaded PACK = new RulePackLoader().load(RulePackLoader.TEMPLATE_2021);
    }

    /** The engine for the 2021 template, compiled from the pack in resources; dates judged by today in UTC. */
    public static RuleEngine standard() {
        return standard(Clock.systemUTC());
    }

    /** The engine for the 2021 template, judging "a date in the past" by {@code clock}. */
    public static RuleEngine standard(Clock clock) {
        return of(Standard.PACK, clock);
    }

    /** An engine for any loaded pack (a later template revision is another pack). */
    public static RuleEngine of(RulePackLoader.Loaded loaded, Clock clock) {
        return new RuleEngine(new CompiledPack(loaded.pack(), loaded.codeLists(), clock));
    }

    /** The column specs of the pack in template order (groups once each). */
    public List<ColumnSpec> columns() {
        return pack.templates().stream().map(CompiledPack.ColumnTemplate::spec).toList();
    }

    /** Resolves a header against the pack. */
    public ColumnLayout layout(List<String> header) {
        return new CompiledLayout(pack, header);
    }

    /** Cell- and row-level issues of one row (everything but DUPLICATE_REFERRAL); empty for a blank row. */
    public List<Issue> checkRow(ColumnLayout layout, Row row, int rowNumber) {
        return RowChecker.check(compiled(layout), row, rowNumber);
    }

    /**
     * Issues of one row edited from a baseline export: those of {@link #checkRow(ColumnLayout, Row, int)}
     * plus the baseline rules of spec section 4 (a changed deal that was already terminal is an error
     * TERMINAL_STATE; a changed read-only cell is a warning IGNORED).
     *
     * @param baseline the row's deal in the baseline, or null when it has none (a new deal, no baseline)
     */
    public List<Issue> checkRow(ColumnLayout layout, Row row, int rowNumber, RowBaseline baseline) {
        CompiledLayout compiled = compiled(layout);
        return BaselineCheck.apply(compiled, row, rowNumber, RowChecker.check(compiled, row, rowNumber), baseline);
    }

    /** File-level checks: header issues, TOO_MANY_ROWS and DUPLICATE_REFERRAL on every occurrence. */
    public List<Issue> checkFileLevel(ColumnLayout layout, List<Row> rows) {
        return FileChecks.check(compiled(layout), rows);
    }

    /**
     * The key under which the duplicate-Referral-ID check groups {@code row}: its Referral ID trimmed,
     * case ignored; null when the row takes no part (blank, without an ID, or no such column). Two
     * rows with the same key are both DUPLICATE_REFERRAL. Lets an editor re-check only the rows an
     * edit can affect instead of the whole file.
     */
    public String referralKey(ColumnLayout layout, Row row) {
        return FileChecks.referralKey(compiled(layout), row);
    }

    /** Everything: the file-level checks and every row. */
    public CheckResult check(BulkFile file) {
        return check(file, row -> null);
    }

    /**
     * Everything, with the baseline rules: {@code baselineOf} gives each row's deal in the baseline
     * export, or null (see {@link #checkRow(ColumnLayout, Row, int, RowBaseline)}).
     */
    public CheckResult check(BulkFile file, Function<Row, RowBaseline> baselineOf) {
        CompiledLayout layout = compiled(layout(file.header()));
        List<Row> rows = file.rows();
        // File-level issues first; DUPLICATE_REFERRAL belongs to its row, so it is merged in there.
        // Rows come out in order already, so only the few issues of one row need sorting, not the file.
        List<Issue> issues = new ArrayList<>();
        Map<Integer, List<Issue>> rowLevel = new HashMap<>();
        for (Issue issue : FileChecks.check(layout, rows)) {
            if (issue.row() == null) {
                issues.add(issue);
            } else {
                rowLevel.computeIfAbsent(issue.row(), k -> new ArrayList<>(1)).add(issue);
            }
        }
        Tally tally = new Tally();
        tally.count(issues, -1);
        int referral = layout.referralIndex();
        int create = 0;
        int update = 0;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int rowNumber = r + 1;
            List<Issue> ofRow = BaselineCheck.apply(layout, row, rowNumber, RowChecker.check(layout, row, rowNumber),
                    baselineOf.apply(row));
            List<Issue> fromFile = rowLevel.isEmpty() ? null : rowLevel.get(rowNumber);
            if (fromFile != null) {
                fromFile.addAll(ofRow);
                ofRow = fromFile;
            }
            if (!ofRow.isEmpty()) {
                int first = issues.size();
                issues.addAll(ofRow);
                if (ofRow.size() > 1) {
                    issues.subList(first, issues.size()).sort(BY_COLUMN);
                }
                tally.count(ofRow, rowNumber);
            }
            if (row.isBlank()) {
                continue;
            }
            if (referral < 0 || row.get(referral).isBlank()) {
                create++;
            } else {
                update++;
            }
        }
        return new CheckResult(issues, rows.size(), create, update, tally.rowsWithErrors, tally.errors,
                tally.warnings, tally.infos);
    }

    /** Counts issues by severity and the rows having an error. */
    private static final class Tally {
        int errors;
        int warnings;
        int infos;
        int rowsWithErrors;

        void count(List<Issue> issues, int rowNumber) {
            boolean rowHasError = false;
            for (Issue issue : issues) {
                switch (issue.severity()) {
                    case ERROR:
                        errors++;
                        rowHasError = true;
                        break;
                    case WARNING:
                        warnings++;
                        break;
                    default:
                        infos++;
                        break;
                }
            }
            if (rowHasError && rowNumber > 0) {
                rowsWithErrors++;
            }
        }
    }

    /** Message keys the pack's data can make the engine emit (the code's own are {@link MessageKeys}). */
    Set<String> packMessageKeys() {
        return pack.messageKeys();
    }

    /** A layout carries its own compiled checks, so one made by any engine (of any pack) is usable. */
    private static CompiledLayout compiled(ColumnLayout layout) {
        if (layout instanceof CompiledLayout compiled) {
            return compiled;
        }
        throw new IllegalArgumentException("layout was not made by a RuleEngine: use engine.layout(header)");
    }
}
