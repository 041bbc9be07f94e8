package com.cosellstudio.rules;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.pack.CodeLists;
import com.cosellstudio.rules.pack.RulePack;
import com.cosellstudio.rules.pack.RulePackLoader;
import com.cosellstudio.rules.pack.RulePacks;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The compiled rule packs of a {@link RulePacks registry}, one per template revision. Which pack a
 * file is checked by is told by its header (template-2023.md section 4) or chosen by the user; a
 * layout is made by one pack and carries that pack's compiled checks, so the checks below need only
 * the layout. Thread-safe and immutable: build it once, share it between the window, background
 * checks and the command line.
 */
public final class RuleEngine {

    /** Each revision's pack and the other revisions' (a header of one is never unknown in another). */
    private record Revision(RulePackLoader.Loaded loaded, List<RulePack> siblings) {
    }

    private final Map<String, Revision> revisions = new LinkedHashMap<>();
    /**
     * The compiled packs, each compiled the first time a layout of its revision is made: a command
     * line run checks one file of one revision and need not pay for compiling the others.
     */
    private final ConcurrentMap<String, CompiledPack> compiled = new ConcurrentHashMap<>();
    /**
     * Code lists are shared by the packs naming the same files (the loader gives them the same
     * object): their tables are built once. By identity, under this engine's lock.
     */
    private final Map<CodeLists, CodeListChecks> codeLists = new IdentityHashMap<>();
    private final Clock clock;
    private final String latest;
    /** The normalized headers (and group prefixes) only one revision has: its index in {@link #order}. */
    private final Map<String, Integer> ownSpellings = new HashMap<>();
    private final Map<String, Integer> ownGroupPrefixes = new LinkedHashMap<>();
    private final List<String> order;

    private RuleEngine(RulePacks registry, Clock clock) {
        this.clock = clock;
        List<RulePack> all = new ArrayList<>();
        for (RulePackLoader.Loaded loaded : registry.all()) {
            all.add(loaded.pack());
        }
        for (RulePackLoader.Loaded loaded : registry.all()) {
            // By identity: a record's equals is linked at its first use, which costs a cold start more.
            List<RulePack> siblings = new ArrayList<>();
            for (RulePack other : all) {
                if (other != loaded.pack()) {
                    siblings.add(other);
                }
            }
            int index = revisions.size();
            revisions.put(loaded.pack().revision(), new Revision(loaded, List.copyOf(siblings)));
            for (Map.Entry<String, Boolean> own : CompiledPack.ownSpellings(loaded.pack(), siblings).entrySet()) {
                (own.getValue() ? ownGroupPrefixes : ownSpellings).put(own.getKey(), index);
            }
        }
        this.order = List.copyOf(revisions.keySet());
        this.latest = order.get(order.size() - 1);
    }

    /** The compiled pack of a known revision, compiled now if no layout of it was made before. */
    private CompiledPack pack(String revision) {
        CompiledPack pack = compiled.get(revision);
        return pack != null ? pack : compile(revision);
    }

    private synchronized CompiledPack compile(String revision) {
        CompiledPack pack = compiled.get(revision);
        if (pack == null) {
            Revision known = revisions.get(revision);
            CodeListChecks lists = codeLists.get(known.loaded().codeLists());
            if (lists == null) {
                lists = new CodeListChecks(known.loaded().codeLists());
                codeLists.put(known.loaded().codeLists(), lists);
            }
            pack = new CompiledPack(known.loaded().pack(), lists, clock, known.siblings());
            compiled.put(revision, pack);
        }
        return pack;
    }

    /** The engine of every pack this product ships, judging "a date in the past" by today in UTC. */
    public static RuleEngine shipped() {
        return shipped(Clock.systemUTC());
    }

    /** The engine of every pack this product ships, judging "a date in the past" by {@code clock}. */
    public static RuleEngine shipped(Clock clock) {
        return of(RulePacks.shipped(), clock);
    }

    /** An engine of the packs of a registry. */
    public static RuleEngine of(RulePacks packs, Clock clock) {
        return new RuleEngine(packs, clock);
    }

    /** An engine of one loaded pack (a pack of one's own, tests). */
    public static RuleEngine of(RulePackLoader.Loaded loaded, Clock clock) {
        return new RuleEngine(RulePacks.of(List.of(loaded)), clock);
    }

    /** The revisions the engine knows, oldest first ("2021", "2023"). */
    public List<String> revisions() {
        return order;
    }

    /** The newest revision: the template Partner Center issues today, taken when a header tells none. */
    public String latestRevision() {
        return latest;
    }

    /**
     * The revision a header is in: the newest revision of which the header has a column no other
     * revision has; when it has none, the newest revision, assumed.
     */
    public TemplateRevision detect(List<String> header) {
        int found = -1;
        for (String cell : header) {
            String normalized = HeaderNames.normalize(cell);
            Integer revision = ownSpellings.get(normalized);
            if (revision == null) {
                for (Map.Entry<String, Integer> prefix : ownGroupPrefixes.entrySet()) {
                    if (HeaderNames.groupNumber(normalized, prefix.getKey()) >= 1) {
                        revision = prefix.getValue();
                        break;
                    }
                }
            }
            if (revision != null && revision > found) {
                found = revision;
            }
        }
        return found < 0 ? new TemplateRevision(latest, TemplateRevision.Basis.ASSUMED)
                : new TemplateRevision(order.get(found), TemplateRevision.Basis.DETECTED);
    }

    /** Resolves a header against the pack of the revision its columns tell ({@link #detect}). */
    public ColumnLayout layout(List<String> header) {
        TemplateRevision revision = detect(header);
        return new CompiledLayout(pack(revision.id()), header, revision);
    }

    /**
     * Resolves a header against the pack of {@code revision}, chosen by the user; null detects it.
     *
     * @throws IllegalArgumentException for a revision the engine does not know
     */
    public ColumnLayout layout(List<String> header, String revision) {
        if (revision == null) {
            return layout(header);
        }
        if (!knows(revision)) {
            throw new IllegalArgumentException("no rule pack for template revision " + revision);
        }
        return new CompiledLayout(pack(revision), header, new TemplateRevision(revision, TemplateRevision.Basis.CHOSEN));
    }

    /** Whether the engine has a pack for {@code revision}. */
    public boolean knows(String revision) {
        return revisions.containsKey(revision);
    }

    /** Cell- and row-level issues of one row (everything but DUPLICATE_REFERRAL); empty for a blank row. */
    public List<Issue> checkRow(ColumnLayout layout, Row row, int rowNumber) {
        return RowChecker.check(compiled(layout), row, rowNumber);
    }

    /**
     * Issues of one row edited from a baseline export: those of {@link #checkRow(ColumnLayout, Row, int)}
     * plus the baseline rules (a changed deal that was already terminal is an error TERMINAL_STATE;
     * a changed read-only cell is a warning READ_ONLY_CHANGE).
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

    /** Everything, the file's revision told by its header: the file-level checks and every row. */
    public CheckResult check(BulkFile file) {
        return check(layout(file.header()), file, row -> null);
    }

    /** Everything, with {@code layout} (made for {@code file}'s header, of the revision wanted). */
    public CheckResult check(ColumnLayout layout, BulkFile file) {
        return check(layout, file, row -> null);
    }

    /**
     * Everything, with the baseline rules: {@code baselineOf} gives each row's deal in the baseline
     * export, or null (see {@link #checkRow(ColumnLayout, Row, int, RowBaseline)}).
     */
    public CheckResult check(ColumnLayout layout, BulkFile file, Function<Row, RowBaseline> baselineOf) {
        CheckRun run = startCheck(layout, baselineOf);
        for (Row row : file.rows()) {
            run.add(row);
        }
        return run.finish();
    }

    /**
     * A whole-file check to feed row by row, for a file read as a stream: after the last row,
     * {@link CheckRun#finish()} gives what {@link #check(ColumnLayout, BulkFile)} gives for the same rows.
     */
    public CheckRun startCheck(ColumnLayout layout) {
        return startCheck(layout, row -> null);
    }

    /** As {@link #startCheck(ColumnLayout)}, with the baseline rules (see {@link #check(ColumnLayout, BulkFile, Function)}). */
    public CheckRun startCheck(ColumnLayout layout, Function<Row, RowBaseline> baselineOf) {
        return new CheckRun(compiled(layout), baselineOf);
    }

    /** Message keys the packs' data can make the engine emit (the code's own are {@link MessageKeys}). */
    Set<String> packMessageKeys() {
        Set<String> keys = new TreeSet<>();
        for (String revision : order) {
            keys.addAll(pack(revision).messageKeys());
        }
        return keys;
    }

    /** A layout carries its own compiled checks, so one made by any engine (of any pack) is usable. */
    private static CompiledLayout compiled(ColumnLayout layout) {
        if (layout instanceof CompiledLayout compiled) {
            return compiled;
        }
        throw new IllegalArgumentException("layout was not made by a RuleEngine: use engine.layout(header)");
    }
}
