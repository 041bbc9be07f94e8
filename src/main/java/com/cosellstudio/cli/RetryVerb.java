package com.cosellstudio.cli;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.io.UploadCsvWriter;
import com.cosellstudio.roundtrip.ProcessedErrors;
import com.cosellstudio.roundtrip.RetryFile;
import com.cosellstudio.rules.ColumnLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code retry FILE --output OUT.csv}: Partner Center's processed-records download turned into the
 * file to upload again: the rows it accepted (empty Errors cell) removed, the rejected ones kept with
 * the Errors column cleared. Prints how many rows were kept and dropped. A file without Errors, or
 * with an empty Errors column (an upload file rather than the download), is refused.
 */
public final class RetryVerb implements Verb {
    static final String OUTPUT = "--output";

    @Override
    public String name() {
        return "retry";
    }

    @Override
    public Syntax syntax() {
        return Syntax.of(List.of("FILE"), OUTPUT, TemplateOption.TEMPLATE);
    }

    @Override
    public int run(Arguments arguments, CliContext context) throws UsageException {
        Path input = PathArguments.of(name(), arguments.positional(0));
        String outputArgument = arguments.requiredOption(OUTPUT, "OUT.csv");
        Path output = PathArguments.csvOutput(name(), outputArgument);
        String revision = TemplateOption.chosen(name(), arguments, context);
        PathArguments.notAnInput(name(), output, OUTPUT + " " + outputArgument, input, arguments.positional(0));
        BulkFile file = InputFiles.read(name(), input, context);
        if (file == null) {
            return ExitStatus.FAILURE;
        }
        ColumnLayout layout = context.engine().layout(file.header(), revision);
        if (!RetryFile.hasErrorsColumn(layout)) {
            context.fail("error.notProcessed", name(), PathArguments.displayName(input));
            return ExitStatus.FAILURE;
        }
        // An empty Errors column is an upload file, not a download: retrying it would drop every deal.
        if (!ProcessedErrors.of(file, layout).isProcessedFile()) {
            context.fail("error.nothingToRetry", name(), PathArguments.displayName(input));
            return ExitStatus.FAILURE;
        }
        RetryFile.Result result = RetryFile.prepare(file, layout);
        try {
            new UploadCsvWriter().write(file, layout.uploadColumns(), output);
        } catch (IOException e) {
            context.fail("error.writeFailed", name(), e.getMessage());
            return ExitStatus.FAILURE;
        }
        context.out().println(context.text().get("done.retry", outputArgument, result.kept(), result.dropped()));
        return ExitStatus.OK;
    }
}
