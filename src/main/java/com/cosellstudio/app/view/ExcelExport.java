package com.cosellstudio.app.view;

import com.cosellstudio.app.AppContext;
import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.ExcelNotes;
import com.cosellstudio.app.model.GridDocument;
import com.cosellstudio.app.model.Notice;
import com.cosellstudio.domain.Row;
import com.cosellstudio.io.TextWorkbookWriter;
import com.cosellstudio.roundtrip.SplitPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * File ▸ Export to Excel…: the document as an .xlsx of text cells with its messages as comments,
 * for the people who work on it in Excel. The rows and messages are taken at once; the workbook is
 * written in the background. The document itself, its path and its saved state do not change.
 */
public final class ExcelExport {
    private final AppContext context;
    private final DocumentViewModel viewModel;
    private final DocumentActions actions;
    private final Dialogs dialogs;
    private final UiText text;

    public ExcelExport(AppContext context, DocumentViewModel viewModel, DocumentActions actions, Dialogs dialogs) {
        this.context = context;
        this.viewModel = viewModel;
        this.actions = actions;
        this.dialogs = dialogs;
        this.text = context.text();
    }

    public void export() {
        if (!viewModel.hasDocument()) {
            return;
        }
        Path chosen = actions.chooser().chooseToSave(actions.folder(),
                SplitPlan.baseNameOf(actions.documentName()) + ".xlsx");
        if (chosen != null) {
            exportTo(chosen);
        }
    }

    /** Writes the workbook to {@code chosen} (".xlsx" added when the name lacks it). */
    public void exportTo(Path chosen) {
        String chosenName = DocumentActions.nameOf(chosen);
        Path target = chosenName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? chosen
                : chosen.resolveSibling(chosenName + ".xlsx");
        String name = DocumentActions.nameOf(target);
        GridDocument document = viewModel.document();
        List<String> header = List.copyOf(document.file().header());
        List<Row> rows = new ArrayList<>(document.file().rows().size());
        for (Row row : document.file().rows()) {
            rows.add(row.copy());
        }
        ExcelNotes notes = ExcelNotes.of(document, context.messages());
        context.tasks().run(text.format("task.exportExcel", name), progress -> {
            TextWorkbookWriter.write(target, header, rows, notes);
            return Boolean.TRUE;
        }, done -> viewModel.noticeProperty().set(Notice.of("notice.excelWritten", name)),
            failure -> dialogs.failed(text.format("dialog.exportExcel.failed", name), failure,
                    f -> actions.reason(f, name)));
    }
}
