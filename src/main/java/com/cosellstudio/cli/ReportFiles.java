package com.cosellstudio.cli;

import com.cosellstudio.io.AtomicFiles;
import com.cosellstudio.io.UploadCsvWriter;
import com.cosellstudio.report.CheckReport;
import com.cosellstudio.report.ErrorsColumn;
import com.cosellstudio.report.HtmlReport;
import com.cosellstudio.report.JsonReport;
import com.cosellstudio.report.ReportFormat;
import com.cosellstudio.report.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Puts a report on disk in the format its name asks for. Every file is written beside the target
 * and renamed into place ({@link AtomicFiles}), so a failed run never leaves half a report.
 */
final class ReportFiles {
    private ReportFiles() {
    }

    /** @throws IOException with a one-line message naming the target */
    static void write(CheckReport report, ReportFormat format, Path target, Locale locale) throws IOException {
        switch (format) {
            case JSON -> AtomicFiles.write(target, out -> new JsonReport().write(report, out));
            case CSV -> new UploadCsvWriter().writeWithErrors(report.file(), report.layout().uploadColumns(),
                    ErrorsColumn.of(report), target);
            case HTML -> AtomicFiles.write(target, out -> new HtmlReport(Texts.report(locale)).write(report, out));
        }
    }
}
