package com.cosellstudio.cli;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.io.UploadCsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code template --output OUT.csv [--revision 2021]}: the empty template Partner Center issues
 * today (or the revision asked for), its header exactly the columns the rule pack puts in an
 * upload-ready file, no rows.
 */
public final class TemplateVerb implements Verb {
    static final String REVISION = "--revision";

    @Override
    public String name() {
        return "template";
    }

    @Override
    public Syntax syntax() {
        return Syntax.of(List.of(), ConvertVerb.OUTPUT, REVISION);
    }

    @Override
    public int run(Arguments arguments, CliContext context) throws UsageException {
        String outputArgument = arguments.requiredOption(ConvertVerb.OUTPUT, "OUT.csv");
        Path output = PathArguments.csvOutput(name(), outputArgument);
        String revision = TemplateOption.chosen(name(), REVISION, arguments, context);
        if (revision == null) {
            revision = context.engine().latestRevision();
        }
        BulkFile empty = new BulkFile(null, SourceInfo.uploadReady(), List.of(), List.of());
        try {
            new UploadCsvWriter().write(empty, context.engine().layout(List.of(), revision).uploadColumns(), output);
        } catch (IOException e) {
            context.fail("error.writeFailed", name(), e.getMessage());
            return ExitStatus.FAILURE;
        }
        context.out().println(context.text().get("done.template", outputArgument, revision));
        return ExitStatus.OK;
    }
}
