package com.cosellstudio.cli;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.io.UnreadableFileException;
import com.cosellstudio.report.CheckReport;
import com.cosellstudio.report.JsonReport;
import com.cosellstudio.report.ReportFormat;
import com.cosellstudio.report.TextReport;
import com.cosellstudio.report.Texts;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.IssueMessages;
import com.cosellstudio.rules.RuleEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code check FILE [--format text|json] [--report OUT.json|OUT.csv|OUT.html]}: reads the file,
 * runs every rule, prints the summary and exits 0 (no errors), 1 (errors) or 2 (unreadable file,
 * wrong arguments, report not written).
 */
public final class CheckVerb implements Verb {
    static final String FORMAT = "--format";
    static final String REPORT = "--report";

    @Override
    public String name() {
        return "check";
    }

    @Override
    public Syntax syntax() {
        return Syntax.of(List.of("FILE"), FORMAT, REPORT);
    }

    @Override
    public int run(Arguments arguments, CliContext context) throws UsageException {
        Path input = PathArguments.of(name(), arguments.positional(0));
        boolean json = wantsJson(arguments.option(FORMAT, "text"));
        String reportArgument = arguments.option(REPORT);
        Path reportTarget = reportArgument == null ? null : PathArguments.of(name(), reportArgument);
        ReportFormat reportFormat = reportArgument == null ? null
                : ReportFormat.forFileName(reportArgument)
                        .orElseThrow(() -> new UsageException("error.badReport", name(), reportArgument));

        context.prepareEngine();
        BulkFile file;
        try {
            file = new BulkFileReader().read(input);
        } catch (UnreadableFileException e) {
            context.fail("error.unreadable", name(), e.getMessage());
            return ExitStatus.FAILURE;
        }
        RuleEngine engine = context.engine();
        CheckResult result = engine.check(file);
        ColumnLayout layout = engine.layout(file.header());
        IssueMessages messages = IssueMessages.forLocale(context.locale());
        CheckReport report = new CheckReport(PathArguments.displayName(input), file, result, layout, messages::render);

        // The report file first: if it cannot be written the run fails before printing a verdict.
        if (reportFormat != null) {
            try {
                ReportFiles.write(report, reportFormat, reportTarget, context.locale());
            } catch (IOException e) {
                context.fail("error.writeFailed", name(), e.getMessage());
                return ExitStatus.FAILURE;
            }
        }
        if (json) {
            try {
                new JsonReport().write(report, context.out());
            } catch (IOException e) {
                context.fail("error.writeFailed", name(), e.getMessage());
                return ExitStatus.FAILURE;
            }
        } else {
            new TextReport(Texts.report(context.locale())).write(report, context.out());
        }
        return result.hasErrors() ? ExitStatus.ERRORS_FOUND : ExitStatus.OK;
    }

    private boolean wantsJson(String format) throws UsageException {
        switch (format) {
            case "json":
                return true;
            case "text":
                return false;
            default:
                throw new UsageException("error.badFormat", name(), format);
        }
    }
}
