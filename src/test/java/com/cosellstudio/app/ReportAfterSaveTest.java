package com.cosellstudio.app;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.report.CheckReport;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File ▸ Export Report after Save, done the way the window's actions do it: the page's "line N of
 * the file" is a line of the file now on disk. The upload-ready file leaves blank records out and
 * has the rows as edited, so the lines the rows were read from no longer hold.
 */
class ReportAfterSaveTest {
    @TempDir
    Path folder;

    @Test
    void afterSaveTheReportNamesTheLinesOfTheSavedFile() throws Exception {
        DocumentViewModel viewModel = Samples.open("deals-multiline-notes.csv");
        DocumentFiles files = new DocumentFiles();
        // Row 2, whose Notes take three lines, goes; the blank record stays in the grid.
        viewModel.deleteRows(List.of(viewModel.document().rows().get(1)));
        BulkFile file = viewModel.document().file();
        ColumnLayout layout = viewModel.document().layout();
        Path target = folder.resolve("upload.csv");

        files.saveUploadReady(file, layout, target);
        viewModel.saved(file.withPath(target, SourceInfo.uploadReady()));
        CheckReport report = files.report(Samples.ENGINE, viewModel.document().file(), layout, Issue::messageKey);
        Path html = folder.resolve("upload-report.html");
        files.exportReport(report, html, folder.resolve("upload-errors.csv"), Locale.ROOT);

        List<Row> onDisk = ShippedReader.reader().read(target).rows();
        List<Row> written = new ArrayList<>();
        for (Row row : file.rows()) {
            if (!row.isBlank()) {
                written.add(row);
            }
        }
        assertEquals(onDisk.size(), written.size(), "every row but the blank one is in the saved file");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        int errorRows = 0;
        for (Issue issue : report.result().issues()) {
            if (issue.severity() != Severity.ERROR || issue.row() == null) {
                continue;
            }
            Row row = file.row(issue.row());
            int line = onDisk.get(written.indexOf(row)).sourceLine();
            assertEquals(line, row.sourceLine(), "row " + issue.row());
            assertTrue(page.contains("(line " + line + " of the file)"), "row " + issue.row() + " on line " + line);
            errorRows++;
        }
        assertTrue(errorRows >= 3, "error rows after the deleted deal and the blank record");
    }
}
