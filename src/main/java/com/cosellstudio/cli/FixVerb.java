package com.cosellstudio.cli;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.report.TerminalText;
import com.cosellstudio.roundtrip.Baseline;
import com.cosellstudio.rules.CellFixes;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.IssueMessages;
import com.cosellstudio.rules.RowBaseline;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code fix FILE --output OUT.csv [--dry-run] [--baseline EXPORT]}: applies every safe fix the
 * engine suggests (issue 13), prints each change ({@code row 12, Estimated Close Date: 2027-01-30 →
 * 1/30/2027}), then what is left for a person (errors, damage that cannot be undone here), and
 * writes the upload-ready CSV as {@code convert} does. Exits 0 when no error is
 * left, 1 when some remain (they need a person), 2 when a file cannot be read or written. With
 * {@code --dry-run} it prints the same and writes nothing.
 */
public final class FixVerb implements Verb {
    static final String DRY_RUN = "--dry-run";
    private static final String OUTPUT = ConvertVerb.OUTPUT;
    private static final String BASELINE = ConvertVerb.BASELINE;

    @Override
    public String name() {
        return "fix";
    }

    @Override
    public Syntax syntax() {
        return new Syntax(List.of("FILE"), Set.of(OUTPUT, BASELINE, TemplateOption.TEMPLATE), Set.of(DRY_RUN));
    }

    @Override
    public int run(Arguments arguments, CliContext context) throws UsageException {
        Path input = PathArguments.of(name(), arguments.positional(0));
        String outputArgument = arguments.requiredOption(OUTPUT, "OUT.csv");
        Path output = PathArguments.csvOutput(name(), outputArgument);
        boolean dryRun = arguments.flag(DRY_RUN);
        String baselineArgument = arguments.option(BASELINE);
        Path baselinePath = baselineArgument == null ? null : PathArguments.of(name(), baselineArgument);
        String revision = TemplateOption.chosen(name(), arguments, context);
        PathArguments.readsNeither(name(), output, outputArgument, input, arguments.positional(0), baselinePath,
                baselineArgument);

        InputFiles.BulkInput read = InputFiles.readBulkFile(name(), input, revision, context);
        if (read == null) {
            return ExitStatus.FAILURE;
        }
        BulkFile file = read.file();
        ColumnLayout layout = read.layout().forSource(file.source());
        Function<Row, RowBaseline> baselineOf = row -> null;
        if (baselinePath != null) {
            Baseline baseline = InputFiles.baseline(name(), baselinePath, layout.revision().id(), context);
            if (baseline == null) {
                return ExitStatus.FAILURE;
            }
            baselineOf = baseline.against(layout)::rowBaseline;
        }
        CellFixes.Outcome outcome = CellFixes.applySafe(context.engine(), layout, file, baselineOf);
        for (CellFixes.Change change : outcome.changes()) {
            context.out().println(context.text().get("fix.change", String.valueOf(change.row()), change.columnName(),
                    shown(change.before()), shown(change.after())));
        }
        // What is left for a person: the errors, and the damage nothing here could undo.
        IssueMessages messages = IssueMessages.forLocale(context.locale());
        for (Issue issue : outcome.result().issues()) {
            if (issue.isError() || issue.code() == Code.EXCEL_DAMAGE) {
                context.out().println(TerminalText.visible(issue.row() == null ? messages.render(issue)
                        : context.text().get("fix.left", String.valueOf(issue.row()), messages.render(issue))));
            }
        }
        if (!dryRun && !ConvertVerb.writeUpload(name(), file, layout, file.rows(), output, context)) {
            return ExitStatus.FAILURE;
        }
        context.out().println(context.text().get(dryRun ? "done.fix.dryRun" : "done.fix", outputArgument,
                outcome.changes().size(), outcome.result().errors(), outcome.result().warnings()));
        return outcome.result().hasErrors() ? ExitStatus.ERRORS_FOUND : ExitStatus.OK;
    }

    /** A value as a terminal can show it: control characters spelled out, quoted when white space at an end (or nothing) would not show. */
    private static String shown(String value) {
        String visible = TerminalText.visible(value);
        return visible.isEmpty() || visible.strip().length() != visible.length() ? "\"" + visible + "\"" : visible;
    }
}
