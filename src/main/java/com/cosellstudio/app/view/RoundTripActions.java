package com.cosellstudio.app.view;

import com.cosellstudio.app.AppContext;
import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.GridDocument;
import com.cosellstudio.app.model.Notice;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.roundtrip.SplitPlan;
import com.cosellstudio.rules.ColumnLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The File menu's part of the Partner Center round trip: compare with an export, save only the
 * changed deals, save as parts of 1,000, prepare the retry file, merge other files. Reading and
 * writing run in the background; what changes the document is one undoable step of the view model;
 * what happened is told in the banner.
 */
public final class RoundTripActions {
    private final AppContext context;
    private final DocumentViewModel viewModel;
    private final DocumentActions actions;
    private final Dialogs dialogs;
    private final UiText text;

    public RoundTripActions(AppContext context, DocumentViewModel viewModel, DocumentActions actions, Dialogs dialogs) {
        this.context = context;
        this.viewModel = viewModel;
        this.actions = actions;
        this.dialogs = dialogs;
        this.text = context.text();
    }

    /** File ▸ Compare With…: another file's deals become the baseline; every row is checked against it. */
    public void compareWith() {
        Path chosen = actions.chooser().chooseToOpen(actions.folder());
        if (chosen != null) {
            compareWith(chosen);
        }
    }

    /** Loads {@code export} as the baseline in the background; an unreadable file is one line in a dialog. */
    public void compareWith(Path export) {
        GridDocument document = viewModel.document();
        ColumnLayout layout = document.layout();
        List<Row> rows = new ArrayList<>(document.file().rows());
        String name = DocumentActions.nameOf(export);
        context.tasks().runCancellable(text.format("task.baseline", name),
                progress -> context.files().readBaselineAndCheck(context.engine(), export, layout, rows, progress),
                checked -> {
                    if (checked == null) {
                        dialogs.error(text.format("dialog.baselineFailed.header", name),
                                text.format("dialog.baseline.noDeals", name));
                        return;
                    }
                    viewModel.applyCheck(checked);
                    viewModel.noticeProperty().set(Notice.of("notice.baseline", name,
                            viewModel.totals().changedRowsProperty().get(), viewModel.totals().newRowsProperty().get()));
                },
                failure -> dialogs.failed(text.format("dialog.baselineFailed.header", name), failure, f -> actions.reason(f, name)),
                () -> { });
    }

    /** File ▸ Save Changed Rows Only…: an upload file with only the new and changed deals. */
    public void saveChangedOnly() {
        List<Row> rows = viewModel.rowsToUpload();
        if (rows == null) {
            return;
        }
        if (rows.isEmpty()) {
            viewModel.noticeProperty().set(Notice.of("notice.changedOnly.none"));
            return;
        }
        Path target = actions.chooser().chooseToSave(actions.folder(),
                SplitPlan.baseNameOf(actions.documentName()) + "-changed.csv");
        if (target != null) {
            saveChangedOnly(rows, target);
        }
    }

    private void saveChangedOnly(List<Row> rows, Path target) {
        GridDocument document = viewModel.document();
        BulkFile file = document.file();
        ColumnLayout layout = document.layout();
        String name = DocumentActions.nameOf(target);
        context.tasks().run(text.format("task.saving", name), progress -> {
            context.files().saveUploadReady(file, layout, rows, target);
            return Boolean.TRUE;
        }, done -> viewModel.noticeProperty().set(Notice.of("notice.changedOnly.written", rows.size(), name)),
            failure -> dialogs.failed(text.format("dialog.saveFailed.header", name), failure, f -> actions.reason(f, name)));
    }

    /** File ▸ Save as Parts of 1,000…: numbered upload files in a chosen folder. */
    public void saveParts() {
        int deals = viewModel.totals().deals();
        if (deals <= viewModel.dealLimit()) {
            viewModel.noticeProperty().set(Notice.of("notice.split.fits", deals, viewModel.dealLimit()));
            return;
        }
        String base = SplitPlan.baseNameOf(actions.documentName());
        SplitPlan plan = viewModel.splitPlan(base);
        Path folder = actions.chooser().chooseFolder(actions.folder(), plan.parts().get(0).fileName());
        if (folder == null) {
            return;
        }
        GridDocument document = viewModel.document();
        BulkFile file = document.file();
        ColumnLayout layout = document.layout();
        context.tasks().run(text.format("task.split", plan.size()),
                progress -> context.files().saveParts(file, layout, plan, folder),
                written -> viewModel.noticeProperty().set(Notice.of("notice.split.written", written.size(),
                        DocumentActions.nameOf(written.get(0)), DocumentActions.nameOf(written.get(written.size() - 1)),
                        folder.toString())),
                failure -> dialogs.failed(text.get("dialog.splitFailed.header"), failure, f -> actions.reason(f, base)));
    }

    /** File ▸ Prepare Retry File: drop the accepted deals, clear the Errors column (one undo step). */
    public void prepareRetry() {
        viewModel.prepareRetry();
    }

    /** File ▸ Merge…: the deals of one or more files added to the document (one undo step). */
    public void merge() {
        List<Path> chosen = actions.chooser().chooseManyToOpen(actions.folder());
        if (!chosen.isEmpty()) {
            merge(chosen);
        }
    }

    /** Reads {@code paths} in the background, then merges them in; an unreadable file leaves the document as it was. */
    public void merge(List<Path> paths) {
        String names = String.join(", ", paths.stream().map(DocumentActions::nameOf).toList());
        context.tasks().runCancellable(text.format("task.merge", paths.size()), progress -> {
            List<BulkFile> files = new ArrayList<>(paths.size());
            for (int i = 0; i < paths.size(); i++) {
                int done = i;
                files.add(context.files().read(paths.get(i),
                        fraction -> progress.accept((done + fraction) / paths.size())));
            }
            return files;
        }, files -> viewModel.merge(files),
            failure -> dialogs.failed(text.format("dialog.mergeFailed.header", names), failure, f -> actions.reason(f, names)),
            () -> { });
    }
}
