package com.cosellstudio.cli;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.io.UploadCsvWriter;
import com.cosellstudio.roundtrip.Baseline;
import com.cosellstudio.roundtrip.BaselineComparison;
import com.cosellstudio.rules.ColumnLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code convert FILE --output OUT.csv}: a CSV in any delimiter/encoding, or an XLSX workbook, written
 * as the upload-ready CSV of spec section 7 (UTF-8 with BOM, CRLF, canonical header order) of the
 * file's template revision, or with {@code --to 2023} of that revision (template-2023.md section 5).
 * Cells are copied as read; no rule is enforced here, that is {@code check}'s job. With
 * {@code --baseline EXPORT --changed-only} only the new deals and the deals that differ from the
 * export are written: the upload a careful user wants.
 */
public final class ConvertVerb implements Verb {
    static final String OUTPUT = "--output";
    static final String BASELINE = "--baseline";
    static final String CHANGED_ONLY = "--changed-only";
    /** The template revision to write: the file's own (told by its header or --template) by default. */
    static final String TO = "--to";

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public Syntax syntax() {
        return new Syntax(List.of("FILE"), Set.of(OUTPUT, BASELINE, TemplateOption.TEMPLATE, TO), Set.of(CHANGED_ONLY));
    }

    @Override
    public int run(Arguments arguments, CliContext context) throws UsageException {
        Path input = PathArguments.of(name(), arguments.positional(0));
        String outputArgument = arguments.requiredOption(OUTPUT, "OUT.csv");
        Path output = PathArguments.csvOutput(name(), outputArgument);
        String baselineArgument = arguments.option(BASELINE);
        boolean changedOnly = arguments.flag(CHANGED_ONLY);
        if (changedOnly != (baselineArgument != null)) {
            throw new UsageException("error.changedOnlyWithBaseline", name());
        }
        Path baselinePath = baselineArgument == null ? null : PathArguments.of(name(), baselineArgument);
        String revision = TemplateOption.chosen(name(), arguments, context);
        String target = TemplateOption.chosen(name(), TO, arguments, context);
        PathArguments.readsNeither(name(), output, outputArgument, input, arguments.positional(0), baselinePath,
                baselineArgument);

        InputFiles.BulkInput read = InputFiles.readBulkFile(name(), input, revision, context);
        if (read == null) {
            return ExitStatus.FAILURE;
        }
        BulkFile file = read.file();
        ColumnLayout layout = read.layout();
        List<Row> rows = file.rows();
        BaselineComparison comparison = null;
        if (changedOnly) {
            Baseline baseline = InputFiles.baseline(name(), baselinePath, layout.revision().id(), context);
            if (baseline == null) {
                return ExitStatus.FAILURE;
            }
            comparison = baseline.against(layout);
            rows = comparison.rowsToUploadOf(file.rows());
        }
        // Written in the layout of the revision wanted: every cell read is kept (template-2023.md section 5).
        ColumnLayout written = target == null ? layout : context.engine().layout(file.header(), target);
        if (!writeUpload(name(), file, written, rows, output, context)) {
            return ExitStatus.FAILURE;
        }
        long deals = rows.stream().filter(row -> !row.isBlank()).count();
        if (comparison == null) {
            context.out().println(context.text().get("done.convert", outputArgument, deals));
        } else {
            int added = comparison.newRowCount(file.rows());
            long unchanged = file.rows().stream().filter(row -> !row.isBlank()).count() - deals;
            context.out().println(context.text().get("done.convert.changedOnly", outputArgument, deals,
                    added, deals - added, unchanged));
        }
        return ExitStatus.OK;
    }

    /** Writes {@code rows} as the upload-ready CSV of {@code layout}; false, after one line on stderr, when it cannot. */
    static boolean writeUpload(String verb, BulkFile file, ColumnLayout layout, List<Row> rows, Path output,
                               CliContext context) {
        try {
            new UploadCsvWriter().write(file, layout.uploadColumns(), rows, output);
            return true;
        } catch (IOException e) {
            context.fail("error.writeFailed", verb, e.getMessage());
            return false;
        }
    }
}
