package com.cosellstudio.rules;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.pack.RulePackLoader;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The compiled rule pack. Thread-safe and immutable: build it once, share it between the window,
 * background checks and the command line.
 */
public final class RuleEngine {

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
        return RowChecker.check(compiled(layout), row, rowNumber, baseline);
    }

    /** File-level checks: header issues, TOO_MANY_ROWS and DUPLICATE_REFERRAL on every occurrence. */
    public List<Issue> checkFileLevel(ColumnLayout layout, List<Row> rows) {
        return FileLevelChecks.check(compiled(layout), rows);
    }

    /**
     * The key under which the duplicate-Referral-ID check groups {@code row}: its Referral ID trimmed,
     * case ignored; null when the row takes no part (blank, without an ID, or no such column). Two
     * rows with the same key are both DUPLICATE_REFERRAL. Lets an editor re-check only the rows an
     * edit can affect instead of the whole file.
     */
    public String referralKey(ColumnLayout layout, Row row) {
        return FileLevelChecks.referralKey(compiled(layout).referralIndex(), row);
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
        CheckRun run = startCheck(layout(file.header()), baselineOf);
        for (Row row : file.rows()) {
            run.add(row);
        }
        return run.finish();
    }

    /**
     * A whole-file check to feed row by row, for a file read as a stream: after the last row,
     * {@link CheckRun#finish()} gives what {@link #check(BulkFile)} gives for the same rows.
     */
    public CheckRun startCheck(ColumnLayout layout) {
        return startCheck(layout, row -> null);
    }

    /** As {@link #startCheck(ColumnLayout)}, with the baseline rules (see {@link #check(BulkFile, Function)}). */
    public CheckRun startCheck(ColumnLayout layout, Function<Row, RowBaseline> baselineOf) {
        return new CheckRun(compiled(layout), baselineOf);
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
