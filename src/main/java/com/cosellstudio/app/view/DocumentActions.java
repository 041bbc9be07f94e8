package com.cosellstudio.app.view;

import com.cosellstudio.app.AppContext;
import com.cosellstudio.app.SavePlaces;
import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.CheckedRows;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.GridDocument;
import com.cosellstudio.app.model.LoadedDocument;
import com.cosellstudio.app.task.BackgroundWork;
import com.cosellstudio.app.model.Notice;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.io.UnreadableFileException;
import com.cosellstudio.app.recovery.Snapshot;
import com.cosellstudio.report.CheckReport;
import com.cosellstudio.roundtrip.Baseline;
import com.cosellstudio.roundtrip.BaselineComparison;
import com.cosellstudio.roundtrip.SplitPlan;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.RuleEngine;
import com.cosellstudio.rules.TemplateConversion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * What the File menu and the Check button do: open (chooser, recent, drop, command line), new from
 * template, save and save as, export the report, the full check, and the unsaved-changes question
 * before anything that would lose edits. Reading, checking and writing run in the background; the
 * current document stays open if a file cannot be read.
 */
public final class DocumentActions {
    private final AppContext context;
    private final DocumentViewModel viewModel;
    private final Dialogs dialogs;
    private final UiText text;
    private FileChooserPort chooser;
    private Runnable onChecked = () -> { };
    private Runnable onOpened = () -> { };

    public DocumentActions(AppContext context, DocumentViewModel viewModel, Dialogs dialogs, FileChooserPort chooser) {
        this.context = context;
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.chooser = new FolderMemory(chooser, context.look().prefs());
        this.text = context.text();
    }

    /** Replaces the file chooser (tests answer with paths). */
    public void setChooser(FileChooserPort chooser) {
        this.chooser = new FolderMemory(Objects.requireNonNull(chooser), context.look().prefs());
    }

    /** The file chooser in use (the round-trip actions ask it too). */
    FileChooserPort chooser() {
        return chooser;
    }

    /** What to do after a document has been shown (select the first cell). */
    public void setOnOpened(Runnable onOpened) {
        this.onOpened = onOpened;
    }

    /** What to do after a full check has been applied (show the issues panel). */
    public void setOnChecked(Runnable onChecked) {
        this.onChecked = onChecked;
    }

    // ---- opening ------------------------------------------------------------------------------

    /** File ▸ New ▸ a template revision. */
    public void newFromTemplate(String revision) {
        whenSafe(() -> showTemplate(revision));
    }

    /** The empty template Partner Center issues today, without asking (start-up). */
    public void showTemplate() {
        showTemplate(context.engine().latestRevision());
    }

    private void showTemplate(String revision) {
        RuleEngine engine = context.engine();
        BulkFile template = context.files().template(engine, revision);
        ColumnLayout layout = engine.layout(template.header());
        viewModel.open(template, CheckedRows.check(engine, layout, template.rows(), progress -> { }));
        onOpened.run();
    }

    /** File ▸ Open…. */
    public void open() {
        whenSafe(() -> {
            Path chosen = chooser.chooseToOpen(folder());
            if (chosen != null) {
                load(chosen);
            }
        });
    }

    /** Open Recent, a dropped file: asks about unsaved changes first. */
    public void openFile(Path path) {
        whenSafe(() -> load(path));
    }

    /** Reads and checks {@code path} in the background, then shows it; on failure says why. */
    public void load(Path path) {
        RuleEngine engine = context.engine();
        show(path, progress -> context.files().readAndCheck(engine, path, progress));
    }

    /**
     * Shows a file whose reading started before the window existed (the command line's file, read
     * while the toolkit starts); waits for it in the background like any other load.
     */
    public void show(Path path, Future<LoadedDocument> reading) {
        show(path, progress -> {
            try {
                return reading.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
            } catch (InterruptedException e) {
                // Cancelled: the reading itself runs on a thread of its own, which must stop too.
                reading.cancel(true);
                throw e;
            }
        });
    }

    /**
     * Reading may be cancelled (Esc, the status bar's Cancel, quitting): then the document open
     * before stays as it was, and nothing is said.
     */
    private void show(Path path, BackgroundWork<LoadedDocument> work) {
        String name = nameOf(path);
        context.tasks().runCancellable(text.format("task.opening", name), work, loaded -> {
            viewModel.open(loaded.file(), loaded.checked());
            context.recent().add(path);
            onOpened.run();
        }, failure -> {
            if (!Files.exists(path)) {
                context.recent().remove(path);
            }
            dialogs.failed(text.format("dialog.openFailed.header", name), failure, f -> reason(f, name));
            showTemplateIfEmpty();
        }, this::showTemplateIfEmpty);
    }

    /** The grid shows at least the empty template (the file named at start-up could not be shown). */
    private void showTemplateIfEmpty() {
        if (!viewModel.hasDocument()) {
            showTemplate();
        }
    }

    /**
     * Shows changes restored from a recovery journal as unsaved changes, checked anew: against the
     * export they were compared with when its file can still be read, otherwise on their own (and
     * the banner says so). Then runs {@code then}; a failure is told in one line and runs nothing.
     */
    public void restore(Snapshot snapshot, Runnable then) {
        RuleEngine engine = context.engine();
        BulkFile file = snapshot.file();
        String name = file.path() == null ? text.get("document.untitled") : nameOf(file.path());
        Path baseline = snapshot.baseline();
        context.tasks().run(text.format("task.restoring", name), progress -> {
            ColumnLayout layout = engine.layout(file.header(), snapshot.revision()).forSource(file.source());
            boolean baselineLost = false;
            if (baseline != null) {
                try {
                    CheckedRows against = context.files().readBaselineAndCheck(engine, baseline, layout,
                            file.rows(), progress);
                    if (against != null) {
                        return new Restored(against, false);
                    }
                } catch (UnreadableFileException e) {
                    baselineLost = true;
                }
            }
            return new Restored(CheckedRows.check(engine, layout, file.rows(), null, progress), baselineLost);
        }, restored -> {
            viewModel.restore(file, restored.checked());
            viewModel.noticeProperty().set(restored.baselineLost()
                    ? Notice.of("notice.restored.baselineLost", name, nameOf(baseline))
                    : Notice.of("notice.restored", name));
            onOpened.run();
            then.run();
        }, failure -> dialogs.failed(text.format("dialog.restoreFailed.header", name), failure, f -> reason(f, name)));
    }

    private record Restored(CheckedRows checked, boolean baselineLost) {
    }

    /** One line for the user: the reader's own message, or a short generic one. */
    String reason(Throwable failure, String name) {
        if (failure instanceof UnreadableFileException && failure.getMessage() != null) {
            return failure.getMessage();
        }
        if (failure instanceof OutOfMemoryError) {
            return text.format("dialog.failed.memory", name);
        }
        String message = failure.getMessage();
        return text.format("dialog.failed.reason", name,
                message == null || message.isBlank() ? failure.getClass().getSimpleName() : message.lines().findFirst().orElse(""));
    }

    // ---- saving -------------------------------------------------------------------------------

    public void save() {
        save(() -> { });
    }

    /**
     * Saves where the document came from when that is an upload-ready CSV. Any other file (another
     * delimiter or encoding, a workbook, a .tsv) is never rewritten in another form without asking:
     * the upload-ready CSV goes beside it or replaces it, as the user answers. The answer holds for
     * the rest of the session by itself, since the window's file is then that upload-ready CSV. A
     * new document asks where.
     */
    public void save(Runnable then) {
        BulkFile file = viewModel.document().file();
        Path path = viewModel.pathProperty().get();
        if (path == null) {
            saveAs(then);
        } else if (SavePlaces.isUploadReady(path, file.source())) {
            saveTo(path, then);
        } else {
            saveElsewhere(new SavePlaces(path), file, then);
        }
    }

    private void saveElsewhere(SavePlaces places, BulkFile file, Runnable then) {
        Path original = places.original();
        String readAs = SourceText.describe(text, original, file.source());
        Dialogs.PlaceChoice choice = dialogs.askSavePlace(nameOf(original), readAs, nameOf(places.beside()),
                nameOf(places.replacement()), nameOf(SavePlaces.backupOf(original)));
        if (choice == Dialogs.PlaceChoice.BESIDE) {
            saveTo(places.beside(), then);
        } else if (choice == Dialogs.PlaceChoice.REPLACE) {
            write(places.replacement(), original, then);
        }
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    public void saveAs(Runnable then) {
        Path target = chooser.chooseToSave(folder(), SplitPlan.baseNameOf(documentName()) + ".csv");
        if (target != null) {
            saveTo(target, then);
        }
    }

    /** Writes the upload-ready CSV to {@code target}, after confirming if the file has errors. */
    public void saveTo(Path target, Runnable then) {
        write(target, null, then);
    }

    /**
     * Writes the upload-ready CSV to {@code target} after confirming if the file has errors; with a
     * {@code replaced} file, keeps its backup (and moves it aside when the target has another name).
     * The status bar then shows the form on disk and a notice how many deals went where.
     */
    private void write(Path target, Path replaced, Runnable then) {
        int errors = viewModel.totals().errors();
        if (errors > 0 && !dialogs.confirmSaveWithErrors(errors, viewModel.totals().rowsWithErrorsProperty().get())) {
            return;
        }
        GridDocument document = viewModel.document();
        BulkFile file = document.file();
        ColumnLayout layout = document.layout();
        int deals = viewModel.totals().deals();
        String name = nameOf(target);
        context.tasks().run(text.format("task.saving", name), progress -> {
            if (replaced == null) {
                context.files().saveUploadReady(file, layout, target);
            } else {
                context.files().saveReplacing(file, layout, replaced, target);
            }
            return Boolean.TRUE;
        }, done -> {
            viewModel.saved(file.withPath(target, SourceInfo.uploadReady()));
            if (replaced != null && !replaced.equals(target)) {
                context.recent().remove(replaced);
            }
            context.recent().add(target);
            viewModel.noticeProperty().set(replaced == null ? Notice.of("notice.saved", deals, name)
                    : Notice.of("notice.savedReplacing", deals, name, nameOf(SavePlaces.backupOf(replaced))));
            then.run();
        }, failure -> dialogs.failed(text.format("dialog.saveFailed.header", name), failure, f -> reason(f, name)));
    }

    /**
     * File ▸ Export report: the HTML report and the CSV with the Errors column, beside the document.
     * A document not saved as it is shown (new, or with unsaved edits) has no file for the report
     * to sit beside and point into: the banner says so and offers to save and export.
     */
    public void exportReport() {
        Path path = viewModel.pathProperty().get();
        if (path == null || viewModel.undoStack().isDirty()) {
            viewModel.noticeProperty().set(Notice.of("notice.export.saveFirst")
                    .withAction("banner.saveAndExport", () -> save(this::exportReport)));
            return;
        }
        String stem = SplitPlan.baseNameOf(nameOf(path));
        Path html = path.resolveSibling(stem + "-report.html");
        Path csv = path.resolveSibling(stem + "-errors.csv");
        BulkFile file = viewModel.document().file();
        ColumnLayout layout = viewModel.document().layout();
        context.tasks().run(text.get("task.report"), progress -> {
            CheckReport report = context.files().report(context.engine(), file, layout, context.messages());
            context.files().exportReport(report, html, csv, text.locale());
            return Boolean.TRUE;
        }, done -> viewModel.noticeProperty().set(Notice.of("notice.reportWritten", nameOf(html), nameOf(csv))),
            failure -> dialogs.failed(text.get("dialog.export.failed"), failure, f -> reason(f, nameOf(html))));
    }

    // ---- checking -----------------------------------------------------------------------------

    /** Check (F5): every row and the file, in the background; then the issues panel. */
    public void checkAll() {
        GridDocument document = viewModel.document();
        if (document.file() == null) {
            return;
        }
        RuleEngine engine = context.engine();
        ColumnLayout layout = document.layout();
        List<com.cosellstudio.domain.Row> rows = new ArrayList<>(document.file().rows());
        BaselineComparison comparison = document.comparison();
        context.tasks().run(text.get("task.checking"),
                progress -> CheckedRows.check(engine, layout, rows, comparison, progress),
                checked -> {
                    viewModel.applyCheck(checked);
                    onChecked.run();
                },
                this::checkFailed);
    }

    /** A check of every row that could not finish: says why, in one line. */
    public void checkFailed(Throwable failure) {
        dialogs.failed(text.get("dialog.checkFailed"), failure, f -> reason(f, documentName()));
    }

    /**
     * Check ▸ Template: checks the document as the template revision chosen (null: as its header
     * tells), in the background. No cell changes, so nothing to undo; the status bar says which.
     */
    public void checkAs(String revision) {
        GridDocument document = viewModel.document();
        if (document.file() == null || Objects.equals(revision, document.chosenRevision())) {
            return;
        }
        RuleEngine engine = context.engine();
        List<String> header = List.copyOf(document.file().header());
        SourceInfo source = document.file().source();
        List<com.cosellstudio.domain.Row> rows = new ArrayList<>(document.file().rows());
        Baseline baseline = document.baselineProperty().get();
        // The layout too is made in the background: the first of a revision compiles its rule pack.
        context.tasks().run(text.get("task.checking"), progress -> {
            ColumnLayout layout = engine.layout(header, revision).forSource(source);
            return CheckedRows.check(engine, layout, rows, baseline == null ? null : baseline.against(layout), progress);
        }, viewModel::applyCheck,
                this::checkFailed);
    }

    /**
     * File ▸ Convert to the newest template: after saying what it will add and rename, adds the
     * template's columns the document lacks and renames the old headers, as one undo step.
     */
    public void convertToLatest() {
        String revision = context.engine().latestRevision();
        TemplateConversion conversion = viewModel.conversionTo(revision);
        if (!conversion.isEmpty() && !dialogs.confirmConversion(revision, conversion)) {
            return;
        }
        viewModel.convertTo(revision, conversion);
    }

    // ---- unsaved changes ----------------------------------------------------------------------

    /** Runs {@code then} once unsaved changes are saved or the user chose to drop them. */
    public void whenSafe(Runnable then) {
        if (!viewModel.undoStack().isDirty()) {
            then.run();
            return;
        }
        switch (dialogs.askUnsaved(documentName())) {
            case SAVE:
                save(then);
                break;
            case DISCARD:
                then.run();
                break;
            default:
                break;
        }
    }

    /** The file name shown in the title and dialogs ("Untitled" for a new document). */
    public String documentName() {
        Path path = viewModel.pathProperty().get();
        return path == null ? text.get("document.untitled") : nameOf(path);
    }

    /** Where a file dialog starts: the document's folder, else the last folder chosen, else the newest recent file's. */
    Path folder() {
        Path path = viewModel.pathProperty().get();
        if (path != null && path.toAbsolutePath().getParent() != null) {
            return path.toAbsolutePath().getParent();
        }
        Path last = context.look().prefs().lastFolder();
        if (last != null) {
            return last;
        }
        List<Path> recent = context.recent().list();
        return recent.isEmpty() ? null : recent.get(0).getParent();
    }

    static String nameOf(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
