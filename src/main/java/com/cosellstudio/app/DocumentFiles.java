package com.cosellstudio.app;

import com.cosellstudio.rules.pack.RulePacks;
import com.cosellstudio.app.model.CheckedRows;
import com.cosellstudio.app.model.LoadedDocument;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.OutputColumn;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.io.AtomicFiles;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.io.UnreadableFileException;
import com.cosellstudio.io.UploadCsvWriter;
import com.cosellstudio.report.CheckReport;
import com.cosellstudio.report.ErrorsColumn;
import com.cosellstudio.report.HtmlReport;
import com.cosellstudio.report.Texts;
import com.cosellstudio.roundtrip.Baseline;
import com.cosellstudio.roundtrip.BaselineComparison;
import com.cosellstudio.roundtrip.SplitPlan;
import com.cosellstudio.roundtrip.Splitter;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.RuleEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

/**
 * The window's only door to the disk: reading any bulk file, writing the upload-ready CSV and the
 * result reports. All of it is the same code the command line uses ({@code io}, {@code report}),
 * so the window and the command line can never disagree about a file.
 */
public final class DocumentFiles {
    private final BulkFileReader reader = new BulkFileReader(RulePacks.shipped().readLimits());
    private final UploadCsvWriter writer = new UploadCsvWriter();
    /**
     * Files saved to since they were opened or first saved: their {@code .bak} already holds what
     * they were before, and later saves keep it. A second Ctrl+S must not replace the backup of
     * the file as it was with the first save's version of it.
     */
    private final Set<Path> backedUp = ConcurrentHashMap.newKeySet();

    /** Reads a CSV, TSV or XLSX file; the message of the exception is one line for the user. */
    public BulkFile read(Path path, DoubleConsumer progress) throws UnreadableFileException {
        return reader.read(path, progress);
    }

    /**
     * Reads and checks a file (0..0.6 of the progress reading, the rest checking). Any thread. A
     * file that looks like a Partner Center export (deals with a Referral ID) becomes its own
     * baseline: its values as opened, so every later edit shows as a change against them.
     */
    public LoadedDocument readAndCheck(RuleEngine engine, Path path, DoubleConsumer progress)
            throws UnreadableFileException {
        BulkFile file = read(path, fraction -> progress.accept(fraction * 0.6));
        // Opened anew: the next save over it keeps the file as it is now.
        backedUp.remove(path.toAbsolutePath().normalize());
        ColumnLayout layout = engine.layout(file.header()).forSource(file.source());
        Baseline baseline = Baseline.of(file, layout);
        BaselineComparison comparison = baseline.size() > 0 ? baseline.against(layout) : null;
        CheckedRows checked = CheckedRows.check(engine, layout, file.rows(), comparison,
                fraction -> progress.accept(0.6 + fraction * 0.4));
        return new LoadedDocument(file, checked);
    }

    /**
     * File ▸ Compare with: the deals of another file as the baseline of {@code rows} (laid out by
     * {@code layout}), and the check of those rows against it. Any thread.
     *
     * @return the check, or null when the file holds no deal with a Referral ID (nothing to compare with)
     */
    public CheckedRows readBaselineAndCheck(RuleEngine engine, Path export, ColumnLayout layout, List<Row> rows,
                                            DoubleConsumer progress) throws UnreadableFileException {
        BulkFile file = read(export, fraction -> progress.accept(fraction * 0.5));
        // Read as the document's revision, so that its columns pair with the document's one to one.
        Baseline baseline = Baseline.of(file, engine.layout(file.header(), layout.revision().id()));
        if (baseline.size() == 0) {
            return null;
        }
        return CheckedRows.check(engine, layout, rows, baseline.against(layout),
                fraction -> progress.accept(0.5 + fraction * 0.5));
    }

    /** Writes an upload-ready CSV of only {@code rows} (Save ▸ Changed Rows Only), keeping one {@code .bak} of a file it replaces. */
    public void saveUploadReady(BulkFile file, ColumnLayout layout, List<Row> rows, Path target) throws IOException {
        keepBackup(target);
        writer.write(file, layout.uploadColumns(), rows, target);
    }

    /** Writes the parts of {@code plan} into {@code folder}; returns the files written. */
    public List<Path> saveParts(BulkFile file, ColumnLayout layout, SplitPlan plan, Path folder) throws IOException {
        return new Splitter(writer).write(file, layout, plan, folder);
    }

    /** The empty template of {@code revision}: the header of an upload-ready file, no rows. */
    public BulkFile template(RuleEngine engine, String revision) {
        List<String> header = new ArrayList<>();
        for (OutputColumn column : engine.layout(List.of(), revision).uploadColumns()) {
            header.add(column.header());
        }
        return new BulkFile(null, SourceInfo.uploadReady(), header, new ArrayList<>());
    }

    /**
     * Writes the upload-ready CSV of spec section 7 (temp file beside the target, then a rename) as
     * the document's file: its rows then know the lines they start on in it. A file it replaces
     * (Save over the file opened, Save As or Save Beside over an existing file) is kept as one
     * {@code .bak}: the file as it was before the first save over it since it was opened.
     */
    public void saveUploadReady(BulkFile file, ColumnLayout layout, Path target) throws IOException {
        keepBackup(target);
        writer.write(file, layout.uploadColumns(), target);
        writer.numberLinesAsWritten(file, layout.uploadColumns());
    }

    /**
     * Save ▸ Replace Original: writes the upload-ready CSV to {@code target} (the original, or the
     * {@code .csv} name of a workbook) and keeps one {@code .bak} of every file this replaces, each
     * taken before anything is written. An original under another name than the target is moved to
     * its backup only once the target is written, so a failed save leaves it where it was.
     */
    public void saveReplacing(BulkFile file, ColumnLayout layout, Path original, Path target) throws IOException {
        saveUploadReady(file, layout, target);
        if (!original.equals(target)) {
            Files.move(original, SavePlaces.backupOf(original), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Before the first save over {@code file} since it was opened: replaces its previous backup
     * with a copy of it, through a temporary file. A file that is not there has nothing to keep,
     * and a file saved before in this session has its backup already.
     */
    private void keepBackup(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        if (backedUp.contains(key)) {
            return;
        }
        if (Files.isRegularFile(file)) {
            AtomicFiles.write(SavePlaces.backupOf(file), out -> Files.copy(file, out));
        }
        backedUp.add(key);
    }

    /**
     * Writes the result report of a check beside the document: an HTML page and the CSV with the
     * Errors column filled.
     */
    public void exportReport(CheckReport report, Path html, Path csv, Locale locale) throws IOException {
        AtomicFiles.write(html, out -> new HtmlReport(Texts.report(locale)).write(report, out));
        writer.writeWithErrors(report.file(), report.layout().uploadColumns(), ErrorsColumn.of(report), csv);
    }

    /** A report of a fresh full check of {@code file}, its header resolved by {@code layout}. */
    public CheckReport report(RuleEngine engine, BulkFile file, ColumnLayout layout, Function<Issue, String> messages) {
        String name = file.path() == null ? "" : file.path().getFileName().toString();
        return new CheckReport(name, file, engine.check(layout, file), layout, messages);
    }
}
