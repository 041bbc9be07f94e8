package com.cosellstudio.app.model;

import com.cosellstudio.app.undo.Command;
import com.cosellstudio.app.undo.CompositeCommand;
import com.cosellstudio.app.undo.UndoStack;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.roundtrip.BaselineComparison;
import com.cosellstudio.roundtrip.Merger;
import com.cosellstudio.roundtrip.ProcessedErrors;
import com.cosellstudio.roundtrip.RetryFile;
import com.cosellstudio.roundtrip.RowState;
import com.cosellstudio.roundtrip.SplitPlan;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.Fix;
import com.cosellstudio.rules.ColumnGroup;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.ColumnSpec;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.RuleEngine;
import com.cosellstudio.rules.Severity;
import com.cosellstudio.rules.TemplateConversion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The grid's view model: owns the document ({@link GridDocument}), the undo history and the view
 * order (filter and sort over the document order, which they never change). Every change a user
 * makes is one {@link Command} on the {@link UndoStack}. No JavaFX node is touched here, so all of
 * it is testable without the toolkit.
 */
public final class DocumentViewModel {
    private final GridDocument document;
    private final UndoStack undoStack;
    private final RowFilter filter = new RowFilter();
    private final FilteredList<GridRow> filtered;
    private final SortedList<GridRow> sorted;
    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final ReadOnlyObjectWrapper<SourceInfo> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");

    public DocumentViewModel(RuleEngine engine) {
        this(engine, new UndoStack());
    }

    public DocumentViewModel(RuleEngine engine, UndoStack undoStack) {
        this.document = new GridDocument(engine);
        this.undoStack = undoStack;
        this.filtered = new FilteredList<>(document.rows());
        this.filtered.predicateProperty().bind(filter.predicateProperty());
        this.sorted = new SortedList<>(filtered);
        // Issues of many rows changed at once: rows with errors must be re-selected by the filter.
        document.bulkRevisionProperty().addListener((obs, old, now) -> {
            if (filter.isActive()) {
                filter.reapply();
            }
        });
        // Column filters name columns by index: a column added or removed would shift them onto another.
        document.columnsRevisionProperty().addListener((obs, old, now) -> filter.clearColumnFilters());
        // A notice about the document's state must not outlive it (undo takes the 50th Solution away).
        undoStack.revisionProperty().addListener((obs, old, now) -> {
            Notice current = notice.get();
            if (current != null && !current.stillHolds()) {
                notice.set(null);
            }
        });
    }

    // ---- document lifecycle -------------------------------------------------------------------

    /** Shows a freshly read and checked file; the history starts empty and the document clean. */
    public void open(BulkFile file, CheckedRows checked) {
        sorted.setComparator(null);
        filter.clearColumnFilters();
        document.load(file, checked);
        undoStack.clear();
        notice.set(null);
        path.set(file.path());
        source.set(file.source());
    }

    /**
     * Shows changes restored after a crash: the document as the user left it, unsaved; the history
     * starts empty.
     */
    public void restore(BulkFile file, CheckedRows checked) {
        open(file, checked);
        undoStack.markUnsaved();
    }

    /** Applies a full check computed in the background on the current rows. */
    public void applyCheck(CheckedRows checked) {
        document.applyCheck(checked);
    }

    /** The document now lives at {@code file.path()} in the state just written. */
    public void saved(BulkFile file) {
        document.replaceFile(file);
        path.set(file.path());
        source.set(file.source());
        undoStack.markSaved();
    }

    public boolean hasDocument() {
        return document.file() != null;
    }

    // ---- what the grid shows ------------------------------------------------------------------

    public GridDocument document() {
        return document;
    }

    /** The rows in view order: document order filtered, then sorted. */
    public ObservableList<GridRow> viewRows() {
        return sorted;
    }

    public RowFilter filter() {
        return filter;
    }

    /** Sorts the view (never the document); an empty list restores document order. */
    public void sortBy(List<SortKey> keys) {
        Comparator<GridRow> comparator = CellValueOrder.of(keys);
        sorted.setComparator(comparator);
    }

    /**
     * Marks and issues of a cell, or null for a plain cell (the common case, no allocation). Column
     * -1 is the row number: issues of the whole row, the row changed since the baseline, the row
     * Partner Center rejected.
     */
    public CellStatus cellStatus(GridRow row, int column) {
        String oldValue = column < 0 ? null : row.oldValue(column);
        boolean changed = column < 0 ? row.baselineState() == RowState.CHANGED : oldValue != null;
        boolean rejected = row.isRejected() && (column < 0 || column == document.errorsColumn());
        if (row.issues().isEmpty() && !changed && !rejected) {
            return null;
        }
        List<Issue> issues = row.issues().isEmpty() ? List.of()
                : column < 0 ? row.rowLevelIssues() : row.issuesAt(column);
        if (issues.isEmpty() && !changed && !rejected) {
            return null;
        }
        Set<CellMark> marks = EnumSet.noneOf(CellMark.class);
        for (Issue issue : issues) {
            marks.add(CellMark.of(issue.severity()));
        }
        // An error outranks a warning, and either a note, on the same cell: one mark, every message
        // in the tooltip.
        if (marks.contains(CellMark.ERROR)) {
            marks.remove(CellMark.WARNING);
        }
        if (marks.contains(CellMark.ERROR) || marks.contains(CellMark.WARNING)) {
            marks.remove(CellMark.NOTE);
        }
        if (changed) {
            marks.add(CellMark.CHANGED);
        }
        if (rejected) {
            marks.add(CellMark.REJECTED);
        }
        return new CellStatus(marks, issues, oldValue, rejected ? row.rejectedMessages() : List.of(),
                issues.isEmpty() || column < 0 ? null : CellFixPlan.fixAt(document, row, column));
    }

    // ---- cell edits ---------------------------------------------------------------------------

    /** Sets one cell (typed, chosen in an editor); nothing happens when the value is the same. */
    public void editCell(GridRow row, int column, String value) {
        String before = row.get(column);
        String after = value == null ? "" : value;
        if (before.equals(after)) {
            return;
        }
        execute(new CellEditCommand(document, List.of(new CellChange(row, column, before, after)), "undo.editCell"));
    }

    /** Empties the cells (Delete key), as one step. */
    public void clearCells(Collection<CellRef> cells) {
        List<CellChange> changes = new ArrayList<>();
        for (CellRef cell : cells) {
            if (cell.column() >= 0 && !cell.row().get(cell.column()).isEmpty()) {
                changes.add(new CellChange(cell.row(), cell.column(), cell.row().get(cell.column()), ""));
            }
        }
        if (!changes.isEmpty()) {
            execute(new CellEditCommand(document, changes, "undo.clearCells"));
        }
    }

    /**
     * Pastes tab-separated text with its top-left cell at view row {@code viewRow}, column
     * {@code column}, as one step. Rows past the end of the view are appended to the document;
     * cells past the last column are dropped.
     *
     * @return the block pasted, in view coordinates, or null when the text held nothing
     */
    public PastedBlock paste(int viewRow, int column, String text) {
        List<String[]> block = TabularText.parse(text);
        if (block.isEmpty() || column < 0 || column >= document.columnCount()) {
            return null;
        }
        int width = 0;
        for (String[] line : block) {
            width = Math.max(width, line.length);
        }
        width = Math.min(width, document.columnCount() - column);
        int start = Math.max(0, Math.min(viewRow, sorted.size()));
        List<GridRow> targets = new ArrayList<>(block.size());
        List<GridRow> appended = new ArrayList<>();
        for (int r = 0; r < block.size(); r++) {
            int at = start + r;
            if (at < sorted.size()) {
                targets.add(sorted.get(at));
            } else {
                GridRow fresh = new GridRow(Row.empty(document.columnCount()), 0);
                appended.add(fresh);
                targets.add(fresh);
            }
        }
        List<CellChange> changes = new ArrayList<>();
        for (int r = 0; r < block.size(); r++) {
            String[] line = block.get(r);
            GridRow target = targets.get(r);
            for (int c = 0; c < width; c++) {
                String value = c < line.length ? line[c] : "";
                String before = target.get(column + c);
                if (!before.equals(value)) {
                    changes.add(new CellChange(target, column + c, before, value));
                }
            }
        }
        List<Command> steps = new ArrayList<>(2);
        if (!appended.isEmpty()) {
            int[] positions = new int[appended.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = document.rows().size() + i;
            }
            steps.add(RowsCommand.insert(document, positions, appended, "undo.paste"));
        }
        if (!changes.isEmpty()) {
            steps.add(new CellEditCommand(document, changes, "undo.paste"));
        }
        if (!steps.isEmpty()) {
            execute(steps.size() == 1 ? steps.get(0) : new CompositeCommand("undo.paste", steps));
        }
        return new PastedBlock(start, block.size(), column, width);
    }

    /** The cells of {@code rows} (view order) from column {@code from} to {@code to} inclusive, as clipboard text. */
    public String copy(List<GridRow> rows, int from, int to) {
        List<String[]> block = new ArrayList<>(rows.size());
        for (GridRow row : rows) {
            String[] line = new String[to - from + 1];
            for (int c = from; c <= to; c++) {
                line[c - from] = row.get(c);
            }
            block.add(line);
        }
        return TabularText.format(block);
    }

    // ---- bulk edits ---------------------------------------------------------------------------

    /** The cells a bulk edit may change (read-only ones are skipped and counted). */
    public EditableCells editableCells() {
        return document::isBulkEditable;
    }

    /**
     * Where Find and Replace looks: the selected block (its rows and columns), the selected columns
     * of the rows shown, every column of the selected rows, or every cell (in view order while no
     * row is hidden).
     *
     * @param selectedRows    rows with a selected cell, in view order
     * @param selectedColumns document columns with a selected cell
     */
    public SearchArea searchArea(SearchArea.Scope scope, List<GridRow> selectedRows, int[] selectedColumns) {
        int[] every = new int[document.columnCount()];
        for (int i = 0; i < every.length; i++) {
            every[i] = i;
        }
        switch (scope) {
            case SELECTION:
                return new SearchArea(stillPresent(selectedRows), selectedColumns.clone());
            case SELECTED_COLUMNS:
                return new SearchArea(sorted, selectedColumns.clone());
            case SELECTED_ROWS:
                return new SearchArea(stillPresent(selectedRows), every);
            default:
                return new SearchArea(sorted.size() == document.rows().size() ? sorted : document.rows(), every);
        }
    }

    /** A selection taken before rows were deleted names rows that are gone: they are not searched. */
    private List<GridRow> stillPresent(List<GridRow> selectedRows) {
        Set<GridRow> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(document.rows());
        return selectedRows.stream().filter(present::contains).collect(Collectors.toList());
    }

    /**
     * Replace All: every match in the area replaced, read-only cells left alone, as one step.
     * The plan says what was done, or why nothing was (a query or replacement that cannot be used).
     */
    public FindReplace.Plan replaceAll(FindReplace find, SearchArea area, String replacement) {
        FindReplace.Plan plan = find.plan(area, editableCells(), replacement == null ? "" : replacement);
        if (plan.error() != null) {
            return plan;
        }
        if (!plan.changes().isEmpty()) {
            execute(new CellEditCommand(document, plan.changes(), "undo.replaceAll"));
        }
        notice.set(Notice.of("notice.bulk.replaced", plan.changes().size(), plan.skipped()));
        return plan;
    }

    /**
     * Fill down (Ctrl+D): in each column of the selection, the top selected cell's value goes into
     * the selected cells below it, as one step.
     *
     * @param cells the selected cells in view order (top to bottom)
     */
    public BulkResult fillDown(List<CellRef> cells) {
        Map<Integer, String> top = new HashMap<>();
        List<CellChange> changes = new ArrayList<>();
        int skipped = 0;
        for (CellRef cell : cells) {
            if (cell.column() < 0) {
                continue;
            }
            String value = top.get(cell.column());
            if (value == null) {
                top.put(cell.column(), cell.row().get(cell.column()));
                continue;
            }
            skipped += change(cell, value, changes) ? 0 : 1;
        }
        return bulkEdit(changes, skipped, "undo.fillDown");
    }

    /** Set value in selected cells: {@code value} into every one of them, as one step. */
    public BulkResult setValue(Collection<CellRef> cells, String value) {
        List<CellChange> changes = new ArrayList<>();
        int skipped = 0;
        for (CellRef cell : cells) {
            if (cell.column() >= 0) {
                skipped += change(cell, value == null ? "" : value, changes) ? 0 : 1;
            }
        }
        return bulkEdit(changes, skipped, "undo.setValue");
    }

    // ---- suggested fixes ----------------------------------------------------------------------

    /** The fix the cell offers (its issue's), or null: none, or a cell a fix may not change. */
    public Fix fixAt(GridRow row, int column) {
        return hasDocument() ? CellFixPlan.fixAt(document, row, column) : null;
    }

    /** "Fix": the cell set to its suggested value, as one step re-checked like any edit; false when it offers none. */
    public boolean fixCell(GridRow row, int column) {
        Fix fix = fixAt(row, column);
        if (fix == null) {
            return false;
        }
        execute(new CellEditCommand(document, List.of(new CellChange(row, column, row.get(column), fix.value())),
                "undo.fixCell"));
        return true;
    }

    /** What "Fix All Like This" from the cell would change, for a preview; null when the cell offers no fix. */
    public CellFixPlan planFixLike(GridRow row, int column) {
        return hasDocument() ? CellFixPlan.like(document, row, column) : null;
    }

    /** Applies a "Fix All Like This" plan as one step (a big one re-checked beside the window). */
    public BulkResult applyFixes(CellFixPlan plan) {
        List<CellChange> changes = plan.stillFitting();
        return bulkEdit(changes, plan.skipped() + plan.changes().size() - changes.size(), "undo.fixAll");
    }

    /** Adds the change of one cell unless it is read-only (false) or already holds the value. */
    private boolean change(CellRef cell, String value, List<CellChange> changes) {
        if (!document.isBulkEditable(cell.row(), cell.column())) {
            return false;
        }
        String before = cell.row().get(cell.column());
        if (!before.equals(value)) {
            changes.add(new CellChange(cell.row(), cell.column(), before, value));
        }
        return true;
    }

    private BulkResult bulkEdit(List<CellChange> changes, int skipped, String undoKey) {
        if (!changes.isEmpty()) {
            execute(new CellEditCommand(document, changes, undoKey));
        }
        if (skipped > 0) {
            notice.set(Notice.of("notice.bulk.skipped", changes.size(), skipped));
        }
        return new BulkResult(changes.size(), skipped);
    }

    /** What a bulk edit did: cells changed, read-only cells left alone. */
    public record BulkResult(int changed, int skipped) {
    }

    // ---- rows ---------------------------------------------------------------------------------

    /** Adds an empty row after {@code after} (or at the end when null); returns it. */
    public GridRow addRow(GridRow after) {
        GridRow fresh = new GridRow(Row.empty(document.columnCount()), 0);
        int position = after == null ? document.rows().size() : after.number();
        execute(RowsCommand.insert(document, new int[] {position}, List.of(fresh), "undo.addRow"));
        return fresh;
    }

    /** Puts a copy of each row right below it, as one step; returns the copies. */
    public List<GridRow> duplicateRows(Collection<GridRow> rows) {
        List<GridRow> originals = inDocumentOrder(rows);
        if (originals.isEmpty()) {
            return List.of();
        }
        List<GridRow> copies = new ArrayList<>(originals.size());
        int[] positions = new int[originals.size()];
        for (int i = 0; i < originals.size(); i++) {
            GridRow original = originals.get(i);
            copies.add(new GridRow(new Row(original.row().toArray(), 0), 0));
            // Each copy lands below its original, shifted by the copies inserted above it.
            positions[i] = original.number() + i;
        }
        execute(RowsCommand.insert(document, positions, copies, "undo.duplicateRows"));
        return copies;
    }

    /** Deletes the rows, as one step. */
    public void deleteRows(Collection<GridRow> rows) {
        List<GridRow> doomed = inDocumentOrder(rows);
        if (doomed.isEmpty()) {
            return;
        }
        int[] positions = new int[doomed.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = doomed.get(i).number() - 1;
        }
        execute(RowsCommand.delete(document, positions, doomed, "undo.deleteRows"));
    }

    private List<GridRow> inDocumentOrder(Collection<GridRow> rows) {
        // A set, not List.contains: deleting a selection of 100,000 rows must not compare every pair.
        Set<GridRow> unique = new LinkedHashSet<>(rows);
        unique.remove(null);
        List<GridRow> result = new ArrayList<>(unique);
        result.sort(Comparator.comparingInt(GridRow::number));
        return result;
    }

    // ---- columns ------------------------------------------------------------------------------

    private boolean atGroupLimit(ColumnGroup group) {
        return document.layout().groupCount(group) >= document.layout().columnsPerGroup();
    }

    /**
     * Adds the next numbered column of the group next to its group. Refused with a notice when
     * the group already has as many columns as Partner Center takes.
     *
     * @return the index of the new column, or -1 when refused
     */
    public int addGroupColumn(ColumnGroup group) {
        ColumnLayout layout = document.layout();
        if (atGroupLimit(group)) {
            notice.set(Notice.whileTrue(() -> hasDocument() && atGroupLimit(group),
                    "notice.groupLimit", layout.columnsPerGroup(), layout.groupName(group)));
            return -1;
        }
        int index = layout.nextGroupInsertIndex(group);
        execute(ColumnCommand.insert(document, index, layout.nextGroupHeader(group)));
        return index;
    }

    /**
     * Adds the mandatory column a MISSING_COLUMN issue names, empty, where the template puts it, as
     * one step: what the banner's "Add column" does.
     *
     * @return the index of the new column, or -1 when the header has that column already
     */
    public int addMissingColumn(Issue missing) {
        if (missing.code() != Code.MISSING_COLUMN || missing.args().isEmpty()) {
            return -1;
        }
        // The issue names the column by the header the template gives it.
        String header = String.valueOf(missing.args().get(0));
        List<TemplateConversion.Insert> inserts = document.layout().conversion().inserts();
        for (int i = 0; i < inserts.size(); i++) {
            if (inserts.get(i).header().equals(header)) {
                // The conversion adds every missing column; added alone, this one stands before the others it counts.
                int index = inserts.get(i).index() - i;
                execute(ColumnCommand.insert(document, index, header));
                return index;
            }
        }
        return -1;
    }

    /** Only an empty column of a group that keeps at least one other column may be removed. */
    public boolean canRemoveColumn(int column) {
        if (!hasDocument() || column < 0 || column >= document.columnCount()) {
            return false;
        }
        ColumnSpec spec = document.spec(column);
        if (spec == null || spec.group() == null || document.layout().groupCount(spec.group()) < 2) {
            return false;
        }
        for (GridRow row : document.rows()) {
            if (!row.get(column).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Removes an empty group column; refused with a notice otherwise. */
    public boolean removeColumn(int column) {
        if (!canRemoveColumn(column)) {
            notice.set(Notice.of("notice.columnNotRemovable",
                    column >= 0 && column < document.columnCount() ? document.header(column) : ""));
            return false;
        }
        execute(ColumnCommand.remove(document, column));
        return true;
    }

    // ---- the Partner Center round trip ---------------------------------------------------------

    /**
     * The new and changed deals, in document order: what Save ▸ Changed Rows Only writes. Null,
     * with a notice, when the document has no baseline to compare with.
     */
    public List<Row> rowsToUpload() {
        BaselineComparison comparison = document.comparison();
        if (!hasDocument() || comparison == null) {
            notice.set(Notice.of("notice.changedOnly.noBaseline"));
            return null;
        }
        List<Row> rows = new ArrayList<>();
        for (GridRow row : document.rows()) {
            if (row.needsUpload()) {
                rows.add(row.row());
            }
        }
        return rows;
    }

    /**
     * Prepare retry file: removes every deal Partner Center accepted (empty Errors cell) and clears
     * the Errors cell of the rest, as one undoable step. Refused, with a notice, when the document
     * is not a processed file (no Errors column, or no row with a message): every row would go.
     *
     * @return what was kept and dropped, or null when refused
     */
    public RetryFile.Result prepareRetry() {
        if (!hasDocument() || !RetryFile.hasErrorsColumn(document.layout())) {
            notice.set(Notice.of("notice.retry.noErrorsColumn"));
            return null;
        }
        if (!ProcessedErrors.of(document.file(), document.layout()).isProcessedFile()) {
            notice.set(Notice.of("notice.retry.noErrors"));
            return null;
        }
        RetryFile.Result plan = RetryFile.plan(document.file(), document.layout());
        execute(RoundTripEdits.retry(document, plan));
        notice.set(Notice.of("notice.retry.done", plan.kept(), plan.dropped()));
        return plan;
    }

    /**
     * File ▸ Merge: appends the deals of {@code others} (columns paired by header, missing ones
     * added) as one undoable step; a Referral ID that now occurs twice is flagged by the check.
     */
    public Merger.Result merge(List<BulkFile> others) {
        Merger.Result result = new Merger(document.engine()).merge(document.file(), others);
        if (result.dealsAdded() > 0 || !result.columnsAdded().isEmpty()) {
            execute(RoundTripEdits.merge(document, result));
        }
        notice.set(Notice.of("notice.merged", result.dealsAdded(), result.columnsAdded().size(),
                result.duplicateReferralIds().size()));
        return result;
    }

    /**
     * Rows Partner Center will reject because they change a deal that the baseline shows in a
     * terminal state (TERMINAL_STATE as an error), in document order; empty without a baseline.
     */
    public List<GridRow> terminalChangedRows() {
        if (!hasDocument() || document.comparison() == null) {
            return List.of();
        }
        List<GridRow> rows = new ArrayList<>();
        for (GridRow row : document.rows()) {
            if (row.hasErrors() && terminalError(row) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The row's TERMINAL_STATE error, or null. */
    public static Issue terminalError(GridRow row) {
        for (Issue issue : row.issues()) {
            if (issue.code() == Code.TERMINAL_STATE && issue.isError()) {
                return issue;
            }
        }
        return null;
    }

    /** How the document would be cut into uploads of at most {@link #dealLimit()} deals. */
    public SplitPlan splitPlan(String baseName) {
        return SplitPlan.of(document.file(), dealLimit(), baseName);
    }

    /** The most deals Partner Center takes in one upload, as the document's template says (0 before any document). */
    public int dealLimit() {
        return hasDocument() ? document.layout().rowsPerUpload() : 0;
    }

    // ---- template revisions ----------------------------------------------------------------------

    /**
     * What File ▸ Convert to a template revision would do to the document: the columns it adds and
     * the headers it renames; empty when the document is that template already.
     */
    public TemplateConversion conversionTo(String revision) {
        return document.engine().layout(document.file().header(), revision).conversion();
    }

    /**
     * Converts the document to the template of {@code revision} as one undoable step (every cell
     * kept); afterwards it is checked as its header tells. Says so, or that there was nothing to do.
     */
    public void convertTo(String revision) {
        convertTo(revision, conversionTo(revision));
    }

    /** As {@link #convertTo(String)}, with the conversion already made (the one the user was shown). */
    public void convertTo(String revision, TemplateConversion conversion) {
        if (conversion.isEmpty()) {
            notice.set(Notice.of("notice.convert.nothing", revision));
            return;
        }
        execute(new ConvertCommand(document, conversion));
        notice.set(Notice.of("notice.converted", revision, conversion.inserts().size(), conversion.renames().size()));
    }

    // ---- history ------------------------------------------------------------------------------

    private void execute(Command command) {
        undoStack.execute(command);
    }

    /** Undoes the last change; returns the first cell it set back, for the grid to show, or null. */
    public CellChange undo() {
        CellChange at = firstChange(undoStack.nextUndo());
        undoStack.undo();
        return at;
    }

    /** Redoes the last change undone; returns the first cell it set, for the grid to show, or null. */
    public CellChange redo() {
        CellChange at = firstChange(undoStack.nextRedo());
        undoStack.redo();
        return at;
    }

    /** The first cell a step changes; null for a step of rows or columns only. */
    private static CellChange firstChange(Command command) {
        if (command instanceof CellEditCommand) {
            return ((CellEditCommand) command).firstChange();
        }
        if (command instanceof CompositeCommand) {
            for (Command part : ((CompositeCommand) command).parts()) {
                CellChange change = firstChange(part);
                if (change != null) {
                    return change;
                }
            }
        }
        return null;
    }

    public UndoStack undoStack() {
        return undoStack;
    }

    // ---- navigation ---------------------------------------------------------------------------

    /**
     * The next (or previous) cell with an error in view order, starting after (before) the given
     * cell; wraps around. Column -1 is the row number cell (an error of the whole row).
     *
     * @return the cell, or null when no row in view has an error
     */
    public ViewCell findError(int viewRow, int column, boolean forward) {
        int count = sorted.size();
        if (count == 0) {
            return null;
        }
        int startRow = Math.max(0, Math.min(viewRow, count - 1));
        for (int step = 0; step <= count; step++) {
            int index = Math.floorMod(startRow + (forward ? step : -step), count);
            GridRow row = sorted.get(index);
            if (!row.hasErrors()) {
                continue;
            }
            Integer found = null;
            for (Issue issue : row.issues()) {
                if (issue.severity() != Severity.ERROR) {
                    continue;
                }
                int at = issue.columnIndex() == null ? -1 : issue.columnIndex();
                boolean after = step > 0 || (forward ? at > column : at < column);
                if (!after) {
                    continue;
                }
                if (found == null || (forward ? at < found : at > found)) {
                    found = at;
                }
            }
            if (found != null) {
                return new ViewCell(index, found);
            }
        }
        return null;
    }

    // ---- properties ---------------------------------------------------------------------------

    /** Where the document lives on disk; null for a new document never saved. */
    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** The form of the file on disk (format, encoding, delimiter): as read, then as last saved. */
    public ReadOnlyObjectProperty<SourceInfo> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The latest message for the user (a refused action); the view shows it and may clear it. */
    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public IssueTotals totals() {
        return document.totals();
    }

    /** A block of view cells: first row and column and their extent. */
    public record PastedBlock(int viewRow, int rows, int column, int columns) {
    }

    /** A cell addressed in view order. */
    public record ViewCell(int viewRow, int column) {
    }
}
