package com.cosellstudio.rules;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.pack.RulePackLoader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The compiled rule pack. Thread-safe and immutable: build it once, share it between the window,
 * background checks and the command line.
 */
public final class RuleEngine {

    /** Issues file-level first (row null), then by row, then row-level before cell-level, then by column. */
    private static final Comparator<Issue> ORDER = Comparator
            .comparing(Issue::row, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Issue::columnIndex, Comparator.nullsFirst(Comparator.naturalOrder()));

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

    /** File-level checks: header issues, TOO_MANY_ROWS and DUPLICATE_REFERRAL on every occurrence. */
    public List<Issue> checkFileLevel(ColumnLayout layout, List<Row> rows) {
        return FileChecks.check(compiled(layout), rows);
    }

    /** Everything: the file-level checks and every row. */
    public CheckResult check(BulkFile file) {
        CompiledLayout layout = compiled(layout(file.header()));
        List<Row> rows = file.rows();
        List<Issue> issues = new ArrayList<>(FileChecks.check(layout, rows));
        int referral = layout.referralIndex();
        int create = 0;
        int update = 0;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row.isBlank()) {
                continue;
            }
            if (referral < 0 || row.get(referral).isBlank()) {
                create++;
            } else {
                update++;
            }
            issues.addAll(RowChecker.check(layout, row, r + 1));
        }
        issues.sort(ORDER);
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int rowsWithErrors = 0;
        Integer lastErrorRow = null;
        for (Issue issue : issues) {
            switch (issue.severity()) {
                case ERROR:
                    errors++;
                    if (issue.row() != null && !issue.row().equals(lastErrorRow)) {
                        rowsWithErrors++;
                        lastErrorRow = issue.row();
                    }
                    break;
                case WARNING:
                    warnings++;
                    break;
                default:
                    infos++;
                    break;
            }
        }
        return new CheckResult(issues, rows.size(), create, update, rowsWithErrors, errors, warnings, infos);
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
