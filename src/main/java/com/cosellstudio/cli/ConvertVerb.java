package com.cosellstudio.cli;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.io.UnreadableFileException;
import com.cosellstudio.io.UploadCsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code convert FILE --output OUT.csv}: a CSV in any delimiter/encoding, or an XLSX workbook, written
 * as the upload-ready CSV of spec section 7 (UTF-8 with BOM, CRLF, canonical header order). Cells are
 * copied as read; no rule is enforced here, that is {@code check}'s job.
 */
public final class ConvertVerb implements Verb {
    static final String OUTPUT = "--output";

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public Syntax syntax() {
        return Syntax.of(List.of("FILE"), OUTPUT);
    }

    @Override
    public int run(Arguments arguments, CliContext context) throws UsageException {
        Path input = PathArguments.of(name(), arguments.positional(0));
        String outputArgument = arguments.requiredOption(OUTPUT, "OUT.csv");
        Path output = PathArguments.csvOutput(name(), outputArgument);

        context.prepareEngine();
        BulkFile file;
        try {
            file = new BulkFileReader().read(input);
        } catch (UnreadableFileException e) {
            context.fail("error.unreadable", name(), e.getMessage());
            return ExitStatus.FAILURE;
        }
        try {
            new UploadCsvWriter().write(file, context.engine().layout(file.header()).uploadColumns(), output);
        } catch (IOException e) {
            context.fail("error.writeFailed", name(), e.getMessage());
            return ExitStatus.FAILURE;
        }
        long deals = file.rows().stream().filter(row -> !row.isBlank()).count();
        context.out().println(context.text().get("done.convert", outputArgument, deals));
        return ExitStatus.OK;
    }
}
