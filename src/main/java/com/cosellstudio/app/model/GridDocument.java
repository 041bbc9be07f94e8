package com.cosellstudio.app.model;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.ReadFault;
import com.cosellstudio.domain.Row;
import com.cosellstudio.roundtrip.Baseline;
import com.cosellstudio.roundtrip.BaselineComparison;
import com.cosellstudio.roundtrip.ProcessedErrors;
import com.cosellstudio.roundtrip.RowDiff;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.ColumnRole;
import com.cosellstudio.rules.ColumnSpec;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.RuleEngine;
import com.cosellstudio.rules.TemplateConversion;
import com.cosellstudio.rules.TemplateRevision;
import com.cosellstudio.rules.ValueKind;
import com.cosellstudio.rules.pack.ReadOnlyRule;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The document as the grid edits it: the {@link BulkFile}, its {@link ColumnLayout}, one
 * {@link GridRow} per record in file order, and the current issues. The primitives here change the
 * document and keep the issues current incrementally: a cell change re-checks its row, and the
 * file-level check (duplicate Referral IDs, the upload's deal limit) runs only when the change can
 * affect it. Undoable changes go through commands that call these primitives, never around them.
 */
public final class GridDocument {
    private final RuleEngine engine;
    private BulkFile file;
    private ColumnLayout layout;
    private int referralColumn = -1;
    /** Kept with the layout: the grid asks for it on every paint of a rejected row's cells. */
    private int errorsColumn = -1;
    /** The export the document is compared with (changed marks, section 4 checks), seen through the current layout; null for none. */
    private BaselineComparison comparison;
    private final ReadOnlyObjectWrapper<Baseline> baseline = new ReadOnlyObjectWrapper<>(this, "baseline");

    private final ObservableList<GridRow> rows = FXCollections.observableArrayList();
    private final ObservableList<GridRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    /** File-level issues that belong to no row: header problems, too many deals, too many columns. */
    private final ObservableList<Issue> documentIssues = FXCollections.observableArrayList();
    private final ObservableList<Issue> readOnlyDocumentIssues = FXCollections.unmodifiableObservableList(documentIssues);
    private final Set<GridRow> rowsWithFileIssues = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Rows by their duplicate-Referral-ID key, so an edit re-checks only the rows sharing a key. */
    private final Map<String, List<GridRow>> referralGroups = new HashMap<>();
    /**
     * From how many changed rows one edit is re-checked by a check of every row beside the window
     * instead of row by row on it: past this many rows, re-checking them one by one takes longer than
     * a frame of the UI thread may (docs/performance.md, editing in bulk).
     */
    static final int RECHECK_BESIDE_ROWS = 1000;
    /** Stands in for every row an incremental duplicate check does not need to look at. */
    private static final Row ABSENT = new Row(new String[0], 0);
    private final IssueTotals totals = new IssueTotals();
    private WholeFileChecks wholeFileChecks = WholeFileChecks.HERE;
    /** Counts the changes to cells, rows and columns: a check of every row made before the last one is stale. */
    private volatile long changes;
    /** The {@link #changes} count at which the latest check of every row began. */
    private long latestWholeCheck;

    private final ReadOnlyIntegerWrapper columnsRevision = new ReadOnlyIntegerWrapper(this, "columnsRevision");
    private final ReadOnlyIntegerWrapper bulkRevision = new ReadOnlyIntegerWrapper(this, "bulkRevision");
    private final ReadOnlyIntegerWrapper issuesRevision = new ReadOnlyIntegerWrapper(this, "issuesRevision");

    public GridDocument(RuleEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** Where the check of every row runs when the columns change (the window: off the UI thread). */
    public void setWholeFileChecks(WholeFileChecks checks) {
        this.wholeFileChecks = Objects.requireNonNull(checks, "checks");
    }

    /**
     * Replaces the whole document with a freshly read and checked file. The baseline is the one the
     * check was made with; when the file is Partner Center's processed-records download, the
     * messages in its Errors column become the rows' "rejected" marks.
     */
    public void load(BulkFile newFile, CheckedRows checked) {
        if (checked.rowCount() != newFile.rowCount()) {
            throw new IllegalArgumentException("check of " + checked.rowCount() + " rows for " + newFile.rowCount());
        }
        file = newFile;
        changes++;
        ProcessedErrors processed = ProcessedErrors.of(newFile, checked.layout());
        List<GridRow> grid = new ArrayList<>(newFile.rowCount());
        for (int i = 0; i < newFile.rowCount(); i++) {
            GridRow row = new GridRow(newFile.rows().get(i), i + 1);
            row.setRejected(processed.errors(i + 1));
            grid.add(row);
        }
        rows.setAll(grid);
        applyAll(checked);
        columnsRevision.set(columnsRevision.get() + 1);
    }

    /**
     * Applies a whole-file check computed in the background on the current rows (Check, F5, or a
     * new baseline: the check's comparison becomes the document's).
     */
    public void applyCheck(CheckedRows checked) {
        if (checked.rowCount() != rows.size()) {
            throw new IllegalArgumentException("check of " + checked.rowCount() + " rows for " + rows.size());
        }
        TemplateRevision before = layout.revision();
        applyAll(checked);
        if (!before.equals(layout.revision())) {
            // Checked as another revision (Check ▸ Template): other columns' rules, editors and help.
            columnsRevision.set(columnsRevision.get() + 1);
        }
    }

    /** The same rows under a new path or source description (after Save As). */
    public void replaceFile(BulkFile sameDocument) {
        if (sameDocument.rows() != file.rows()) {
            throw new IllegalArgumentException("not the same rows");
        }
        file = sameDocument;
    }

    private void applyAll(CheckedRows checked) {
        useLayout(checked.layout());
        comparison = checked.comparison();
        baseline.set(comparison == null ? null : comparison.baseline());
        totals.reset();
        documentIssues.clear();
        rowsWithFileIssues.clear();
        for (int i = 0; i < rows.size(); i++) {
            GridRow row = rows.get(i);
            row.setFileIssues(List.of());
            row.setDiff(checked.diff(i));
            row.setRowIssues(checked.rowIssues(i));
            row.setKind(kindOf(row));
            totals.add(row, 1);
        }
        applyFileLevel(checked.fileLevel());
        rebuildReferralGroups();
        totals.publish();
        bulkChanged();
    }

    private void useLayout(ColumnLayout newLayout) {
        layout = newLayout.forSource(file.source());
        // The Referral ID decides create versus update; Errors carries Partner Center's messages.
        referralColumn = layout.indexOf(ColumnRole.REFERRAL_ID);
        errorsColumn = layout.indexOf(ColumnRole.ERRORS);
    }

    // ---- primitives used by the commands ------------------------------------------------------

    /**
     * Sets each cell to its {@code after} (or, undoing, {@code before}) value and re-checks what that
     * affects: the changed rows; the rows whose Referral ID group changed; the whole file only when
     * a row became blank or stopped being blank (that changes the deal count).
     *
     * @param faultsBack undoing: what the reader could not read in each cell before the change, in
     *                   the order of the changes (null entries, or null: nothing), so it is shown again
     */
    void setCells(List<CellChange> cellChanges, boolean forward, ReadFault[] faultsBack) {
        changes++;
        Set<GridRow> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<GridRow> order = new ArrayList<>();
        for (int i = 0; i < cellChanges.size(); i++) {
            CellChange change = cellChanges.get(i);
            Row row = change.row().row();
            row.set(change.column(), forward ? change.after() : change.before());
            if (faultsBack != null && faultsBack[i] != null) {
                row.addFault(faultsBack[i]);
            }
            if (changed.add(change.row())) {
                order.add(change.row());
            }
        }
        if (order.size() >= RECHECK_BESIDE_ROWS) {
            // A bulk edit of thousands of rows (Replace All, Fill Down, a big paste): checked like a
            // column change, beside the window, the marks following when the check is done.
            for (GridRow row : order) {
                row.touch();
            }
            checkEveryRow();
            return;
        }
        boolean wholeFile = false;
        Set<GridRow> regrouped = Collections.newSetFromMap(new IdentityHashMap<>());
        for (GridRow row : order) {
            boolean wasBlank = row.kind() == RowKind.BLANK;
            recheck(row);
            wholeFile |= wasBlank != (row.kind() == RowKind.BLANK);
            regroup(row, regrouped);
        }
        if (wholeFile) {
            applyFileLevel(engine.checkFileLevel(layout, file.rows()));
        } else if (!regrouped.isEmpty()) {
            applyDuplicateChecks(regrouped);
        }
        totals.publish();
        for (GridRow row : order) {
            row.touch();
        }
        issuesRevision.set(issuesRevision.get() + 1);
    }

    /** Moves a row to the group of its current Referral ID key; collects every row of both groups. */
    private void regroup(GridRow row, Set<GridRow> affected) {
        String key = engine.referralKey(layout, row.row());
        String old = row.referralKey();
        if (Objects.equals(key, old)) {
            return;
        }
        if (old != null) {
            List<GridRow> group = referralGroups.get(old);
            group.remove(row);
            affected.addAll(group);
            if (group.isEmpty()) {
                referralGroups.remove(old);
            }
        }
        if (key != null) {
            List<GridRow> group = referralGroups.computeIfAbsent(key, k -> new ArrayList<>(1));
            group.add(row);
            affected.addAll(group);
        }
        row.setReferralKey(key);
        affected.add(row);
    }

    /**
     * Re-runs the file-level check on whole Referral ID groups only: the other rows are replaced by
     * an empty row, so the rule engine's own duplicate check decides, with the real row numbers, at
     * the cost of a pass over nothing.
     */
    private void applyDuplicateChecks(Set<GridRow> groupRows) {
        Map<Integer, Row> present = new HashMap<>();
        for (GridRow row : groupRows) {
            present.put(row.number() - 1, row.row());
        }
        int size = rows.size();
        List<Row> sparse = new AbstractList<>() {
            @Override
            public Row get(int index) {
                Row row = present.get(index);
                return row == null ? ABSENT : row;
            }

            @Override
            public int size() {
                return size;
            }
        };
        Map<Integer, List<Issue>> byRow = new HashMap<>();
        for (Issue issue : engine.checkFileLevel(layout, sparse)) {
            if (issue.row() != null) {
                byRow.computeIfAbsent(issue.row(), n -> new ArrayList<>(2)).add(issue);
            }
        }
        for (GridRow row : groupRows) {
            List<Issue> found = byRow.getOrDefault(row.number(), List.of());
            setFileIssues(row, found);
            if (found.isEmpty()) {
                rowsWithFileIssues.remove(row);
            } else {
                rowsWithFileIssues.add(row);
            }
        }
    }

    private void rebuildReferralGroups() {
        referralGroups.clear();
        for (GridRow row : rows) {
            String key = engine.referralKey(layout, row.row());
            row.setReferralKey(key);
            if (key != null) {
                referralGroups.computeIfAbsent(key, k -> new ArrayList<>(1)).add(row);
            }
        }
    }

    /** Inserts rows; {@code positions} are their final 0-based indexes, ascending. */
    void insertRows(int[] positions, List<GridRow> inserted) {
        changes++;
        for (int i = 0; i < positions.length; i++) {
            int run = runLength(positions, i);
            List<GridRow> block = inserted.subList(i, i + run);
            List<Row> domain = new ArrayList<>(run);
            for (GridRow row : block) {
                domain.add(row.row());
            }
            file.rows().addAll(positions[i], domain);
            rows.addAll(positions[i], block);
            i += run - 1;
        }
        renumber(positions.length == 0 ? rows.size() : positions[0]);
        for (GridRow row : inserted) {
            row.setFileIssues(List.of());
            checkOne(row);
            row.setKind(kindOf(row));
            totals.add(row, 1);
        }
        applyFileLevel(engine.checkFileLevel(layout, file.rows()));
        rebuildReferralGroups();
        totals.publish();
        bulkChanged();
    }

    /** Removes the rows at {@code positions} (0-based, ascending); returns them in that order. */
    List<GridRow> removeRows(int[] positions) {
        changes++;
        List<GridRow> removed = new ArrayList<>(positions.length);
        for (int position : positions) {
            removed.add(rows.get(position));
        }
        for (int i = positions.length - 1; i >= 0; i--) {
            int run = runLengthBackwards(positions, i);
            int from = positions[i - run + 1];
            file.rows().subList(from, positions[i] + 1).clear();
            rows.remove(from, positions[i] + 1);
            i -= run - 1;
        }
        for (GridRow row : removed) {
            totals.add(row, -1);
            rowsWithFileIssues.remove(row);
            row.setFileIssues(List.of());
        }
        renumber(positions.length == 0 ? rows.size() : positions[0]);
        applyFileLevel(engine.checkFileLevel(layout, file.rows()));
        rebuildReferralGroups();
        totals.publish();
        bulkChanged();
        return removed;
    }

    /**
     * Inserts empty columns, each at its final index ({@code indexes} ascending); the header changes,
     * so every row is re-checked under the new layout, once for all of them.
     */
    void insertColumns(int[] indexes, List<String> names) {
        insertEmpty(indexes, names);
        relayout();
    }

    /** Removes the columns {@link #insertColumns} inserted (undo), re-checking once. */
    void removeColumns(int[] indexes) {
        removeAt(indexes);
        relayout();
    }

    private void insertEmpty(int[] indexes, List<String> names) {
        for (int i = 0; i < indexes.length; i++) {
            file.insertColumn(indexes[i], names.get(i));
        }
    }

    private void removeAt(int[] indexes) {
        for (int i = indexes.length - 1; i >= 0; i--) {
            file.removeColumn(indexes[i]);
        }
    }

    /** Removes a column and returns its cells (for undo); every row is re-checked under the new layout. */
    List<String> removeColumn(int index) {
        List<String> cells = new ArrayList<>(rows.size());
        for (GridRow row : rows) {
            cells.add(row.get(index));
        }
        file.removeColumn(index);
        relayout();
        return cells;
    }

    /** Puts a column back with its cells (undo of a removal). */
    void restoreColumn(int index, String name, List<String> cells) {
        file.insertColumn(index, name);
        for (int i = 0; i < rows.size(); i++) {
            String cell = cells.get(i);
            if (!cell.isEmpty()) {
                rows.get(i).row().set(index, cell);
            }
        }
        relayout();
    }

    /**
     * Renames header cells (a header of another template revision to this one's name) and inserts
     * empty columns, re-checking once: the primitive of a conversion to a template revision.
     * Afterwards the document is checked as its header tells.
     */
    void convertColumns(List<TemplateConversion.Rename> renames, int[] indexes, List<String> names) {
        for (TemplateConversion.Rename rename : renames) {
            file.header().set(rename.index(), rename.header());
        }
        insertEmpty(indexes, names);
        relayout(null);
    }

    /** Undoes {@link #convertColumns}: removes the inserted columns, puts the old headers back. */
    void unconvertColumns(List<TemplateConversion.Rename> renames, int[] indexes, String revision) {
        removeAt(indexes);
        for (TemplateConversion.Rename rename : renames) {
            file.header().set(rename.index(), rename.from());
        }
        relayout(revision);
    }

    /** Re-resolves the header as the revision chosen for the document, or as it tells when none was. */
    private void relayout() {
        relayout(chosenRevision());
    }

    /**
     * The header changed: the grid shows the new columns under the new layout at once; every row is
     * then re-checked (off the UI thread in the window) and the marks follow.
     */
    private void relayout(String revision) {
        useLayout(engine.layout(file.header(), revision));
        columnsRevision.set(columnsRevision.get() + 1);
        checkEveryRow();
    }

    /**
     * Checks every row under the current layout on a copy of the row list and applies the result,
     * unless the document changed meanwhile: then it checks again, or leaves it to a later check of
     * every row already under way.
     */
    private void checkEveryRow() {
        long started = ++changes;
        latestWholeCheck = started;
        ColumnLayout checkedLayout = layout;
        Baseline kept = baseline.get();
        List<Row> snapshot = new ArrayList<>(file.rows());
        wholeFileChecks.run(progress -> {
            try {
                return CheckedRows.check(engine, checkedLayout, snapshot,
                        kept == null ? null : kept.against(checkedLayout), progress);
            } catch (RuntimeException e) {
                // The user went on editing while the rows were read (cells set, columns moved): the
                // result would have been dropped anyway.
                if (started != changes) {
                    return null;
                }
                throw e;
            }
        }, checked -> {
            if (checked != null && started == changes) {
                applyAll(checked);
            } else if (started == latestWholeCheck) {
                checkEveryRow();
            }
        });
    }

    // ---- checking -----------------------------------------------------------------------------

    private void recheck(GridRow row) {
        totals.add(row, -1);
        checkOne(row);
        row.setKind(kindOf(row));
        totals.add(row, 1);
    }

    /** The row check, against the row's deal in the baseline when there is one (TERMINAL_STATE while typing). */
    private void checkOne(GridRow row) {
        if (comparison == null) {
            row.setDiff(null);
            row.setRowIssues(engine.checkRow(layout, row.row(), row.number()));
            return;
        }
        RowDiff diff = comparison.diff(row.row());
        row.setDiff(diff);
        row.setRowIssues(engine.checkRow(layout, row.row(), row.number(), diff.baseline() == null ? null : diff));
    }

    private RowKind kindOf(GridRow row) {
        if (row.row().isBlank()) {
            return RowKind.BLANK;
        }
        return referralColumn >= 0 && !row.get(referralColumn).isBlank() ? RowKind.UPDATE : RowKind.CREATE;
    }

    /** Distributes the file-level issues: those of a row onto the row, the rest onto the document. */
    private void applyFileLevel(List<Issue> issues) {
        Map<Integer, List<Issue>> byRow = new HashMap<>();
        List<Issue> ofDocument = new ArrayList<>();
        for (Issue issue : issues) {
            if (issue.row() == null || issue.row() < 1 || issue.row() > rows.size()) {
                ofDocument.add(issue);
            } else {
                byRow.computeIfAbsent(issue.row(), n -> new ArrayList<>(2)).add(issue);
            }
        }
        List<GridRow> previous = new ArrayList<>(rowsWithFileIssues);
        rowsWithFileIssues.clear();
        for (GridRow row : previous) {
            if (!byRow.containsKey(row.number())) {
                setFileIssues(row, List.of());
            }
        }
        for (Map.Entry<Integer, List<Issue>> entry : byRow.entrySet()) {
            GridRow row = rows.get(entry.getKey() - 1);
            setFileIssues(row, entry.getValue());
            rowsWithFileIssues.add(row);
        }
        if (!documentIssues.equals(ofDocument)) {
            totals.addDocumentIssues(documentIssues, -1);
            documentIssues.setAll(ofDocument);
            totals.addDocumentIssues(ofDocument, 1);
        }
    }

    private void setFileIssues(GridRow row, List<Issue> issues) {
        if (row.fileIssues().equals(issues)) {
            return;
        }
        totals.add(row, -1);
        row.setFileIssues(issues);
        totals.add(row, 1);
        row.touch();
    }

    private void renumber(int from) {
        for (int i = from; i < rows.size(); i++) {
            rows.get(i).setNumber(i + 1);
        }
    }

    private void bulkChanged() {
        bulkRevision.set(bulkRevision.get() + 1);
        issuesRevision.set(issuesRevision.get() + 1);
    }

    private static int runLength(int[] positions, int start) {
        int run = 1;
        while (start + run < positions.length && positions[start + run] == positions[start] + run) {
            run++;
        }
        return run;
    }

    private static int runLengthBackwards(int[] positions, int end) {
        int run = 1;
        while (end - run >= 0 && positions[end - run] == positions[end] - run) {
            run++;
        }
        return run;
    }

    // ---- reading ------------------------------------------------------------------------------

    public RuleEngine engine() {
        return engine;
    }

    /** The document, or null before anything was opened. */
    public BulkFile file() {
        return file;
    }

    public ColumnLayout layout() {
        return layout;
    }

    /**
     * The revision the user chose (Check ▸ Template), or null while the header tells it. Kept
     * across column changes: the header is re-resolved as the same revision.
     */
    public String chosenRevision() {
        TemplateRevision revision = layout.revision();
        return revision.basis() == TemplateRevision.Basis.CHOSEN ? revision.id() : null;
    }

    /** The rows in document (file) order; read-only, change them through commands. */
    public ObservableList<GridRow> rows() {
        return readOnlyRows;
    }

    public int columnCount() {
        return file == null ? 0 : file.columnCount();
    }

    /** The header of column {@code index} as it stands in the file. */
    public String header(int index) {
        return file.header().get(index);
    }

    /** The rule of column {@code index}, or null for an unknown column. */
    public ColumnSpec spec(int index) {
        return layout.spec(index);
    }

    /** Issues of the file as a whole (no row): shown in the banner above the grid. */
    public ObservableList<Issue> documentIssues() {
        return readOnlyDocumentIssues;
    }

    public IssueTotals totals() {
        return totals;
    }

    /**
     * Whether a bulk edit may change the cell: not Partner Center's Errors column, not a column it
     * never takes from an upload, not a column it takes only when the deal is created on a row that
     * updates a deal. Typing into such a cell stays possible (the check says what happens to it).
     */
    public boolean isBulkEditable(GridRow row, int column) {
        if (column == errorsColumn) {
            return false;
        }
        ColumnSpec spec = layout.spec(column);
        if (spec == null) {
            return true;
        }
        if (spec.kind() == ValueKind.OUTPUT || spec.kind() == ValueKind.READ_ONLY) {
            return false;
        }
        ReadOnlyRule rule = spec.readOnly();
        return rule == null || rule.when() != ReadOnlyRule.When.ALWAYS
                && !(rule.when() == ReadOnlyRule.When.AFTER_CREATE && row.kind() == RowKind.UPDATE);
    }

    /** 0-based column of Errors (Partner Center's output), or -1. */
    public int errorsColumn() {
        return errorsColumn;
    }

    /** The export the document is compared with, or null. */
    public ReadOnlyObjectProperty<Baseline> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    /** The baseline through the current layout (immutable, safe to hand to a background check), or null. */
    public BaselineComparison comparison() {
        return comparison;
    }

    /** Ticks when the header changes (columns added, removed, a new file). */
    public ReadOnlyIntegerProperty columnsRevisionProperty() {
        return columnsRevision.getReadOnlyProperty();
    }

    /** Ticks when many rows changed at once (row numbers shifted, a full check): repaint everything. */
    public ReadOnlyIntegerProperty bulkRevisionProperty() {
        return bulkRevision.getReadOnlyProperty();
    }

    /** Ticks whenever any issue may have changed. */
    public ReadOnlyIntegerProperty issuesRevisionProperty() {
        return issuesRevision.getReadOnlyProperty();
    }
}
