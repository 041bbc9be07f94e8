package com.cosellstudio.cli;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.io.UnreadableFileException;
import com.cosellstudio.report.CheckReport;
import com.cosellstudio.report.JsonReport;
import com.cosellstudio.report.ReportFormat;
import com.cosellstudio.report.TextReport;
import com.cosellstudio.report.Texts;
import com.cosellstudio.roundtrip.Baseline;
import com.cosellstudio.roundtrip.BaselineComparison;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.IssueMessages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * {@code check FILE [--format text|json] [--report OUT.json|OUT.csv|OUT.html] [--baseline EXPORT]
 * [--template 2021|2023]}: reads the file, runs every rule of its template revision (told by its
 * header, or the one chosen), prints the summary and exits 0 (no errors), 1 (errors) or 2
 * (unreadable file, no co-sell bulk file, wrong arguments, report not written). With a baseline
 * export, the rules that compare each deal with the export apply too (TERMINAL_STATE as an error,
 * changed read-only columns).
 *
 * <p>Without a baseline the file is read and checked at once on both cores ({@link StreamedCheck})
 * and its rows are not kept unless the report shows them (CSV, HTML): a large file then costs
 * little memory. With a baseline the file is read whole first, then the export, then checked.
 */
public final class CheckVerb implements Verb {
    static final String FORMAT = "--format";
    static final String REPORT = "--report";
    /** The Partner Center export the file was edited from: enables the baseline rules of spec section 4. */
    static final String BASELINE = "--baseline";

    @Override
    public String name() {
        return "check";
    }

    @Override
    public Syntax syntax() {
        return Syntax.of(List.of("FILE"), FORMAT, REPORT, BASELINE, TemplateOption.TEMPLATE);
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
        String baselineArgument = arguments.option(BASELINE);
        Path baselinePath = baselineArgument == null ? null : PathArguments.of(name(), baselineArgument);
        String revision = TemplateOption.chosen(name(), arguments, context);
        if (reportTarget != null) {
            String reportName = REPORT + " " + reportArgument;
            PathArguments.notAnInput(name(), reportTarget, reportName, input, arguments.positional(0));
            PathArguments.notAnInput(name(), reportTarget, reportName, baselinePath, BASELINE + " " + baselineArgument);
        }

        Checked checked;
        try {
            boolean keepRows = reportFormat == ReportFormat.CSV || reportFormat == ReportFormat.HTML;
            checked = baselinePath == null
                    ? checkWhileReading(input, revision, keepRows, json, context)
                    : checkAgainstBaseline(input, revision, baselinePath, context);
        } catch (UnreadableFileException e) {
            InputFiles.unreadable(name(), input, e, context);
            return ExitStatus.FAILURE;
        }
        if (checked == null) {
            return ExitStatus.FAILURE;
        }
        CheckReport report = new CheckReport(PathArguments.displayName(input), checked.file(), checked.result(),
                checked.layout(), checked.messages());

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
            BaselineComparison comparison = checked.comparison();
            if (comparison != null) {
                List<Row> rows = checked.file().rows();
                context.out().println(context.text().get("check.baseline", PathArguments.displayName(baselinePath),
                        comparison.changedRowCount(rows), comparison.newRowCount(rows)));
            }
        }
        return checked.result().hasErrors() ? ExitStatus.ERRORS_FOUND : ExitStatus.OK;
    }

    /** A file checked: what the report shows. */
    private record Checked(BulkFile file, ColumnLayout layout, CheckResult result, Function<Issue, String> messages,
                           BaselineComparison comparison) {
    }

    /**
     * The file read and checked at once on two cores; its rows kept only if the report shows them.
     * Null, after one line on stderr, when the file is no co-sell bulk file.
     */
    private Checked checkWhileReading(Path input, String revision, boolean keepRows, boolean json, CliContext context)
            throws UnreadableFileException {
        StreamedCheck.Checking checking = new StreamedCheck(context::engine, revision, keepRows).read(input);
        // Before this core joins the check, it loads what the report needs.
        IssueMessages messages = IssueMessages.forLocale(context.locale());
        if (json) {
            JsonReport.prepare();
        }
        StreamedCheck.Outcome outcome = checking.await();
        if (!InputFiles.isBulkFile(name(), outcome.file(), outcome.layout(), context)) {
            return null;
        }
        return new Checked(outcome.file(), outcome.layout(), outcome.result(), messages::render, null);
    }

    /**
     * The file read whole, then the baseline export, then the check with the baseline rules. Null,
     * after one line on stderr, when either file is unreadable or no co-sell bulk file.
     */
    private Checked checkAgainstBaseline(Path input, String revision, Path baselinePath, CliContext context) {
        InputFiles.BulkInput read = InputFiles.readBulkFile(name(), input, revision, context);
        if (read == null) {
            return null;
        }
        BulkFile file = read.file();
        ColumnLayout layout = read.layout();
        Baseline baseline = InputFiles.baseline(name(), baselinePath, layout.revision().id(), context);
        if (baseline == null) {
            return null;
        }
        BaselineComparison comparison = baseline.against(layout);
        return new Checked(file, layout, context.engine().check(layout, file, comparison::rowBaseline),
                IssueMessages.forLocale(context.locale())::render, comparison);
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
