package com.cosellstudio.cli;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.io.UploadCsvWriter;
import com.cosellstudio.roundtrip.SplitPlan;
import com.cosellstudio.roundtrip.Splitter;
import com.cosellstudio.rules.ColumnLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code split FILE --output-dir DIR [--size 1000]}: a file of more deals than one upload takes cut
 * into numbered upload-ready files ({@code deals-part-1-of-3.csv} …) of at most SIZE deals each,
 * every one with the header. Prints each file written.
 */
public final class SplitVerb implements Verb {
    static final String OUTPUT_DIR = "--output-dir";
    static final String SIZE = "--size";

    @Override
    public String name() {
        return "split";
    }

    @Override
    public Syntax syntax() {
        return Syntax.of(List.of("FILE"), OUTPUT_DIR, SIZE, TemplateOption.TEMPLATE);
    }

    @Override
    public int run(Arguments arguments, CliContext context) throws UsageException {
        Path input = PathArguments.of(name(), arguments.positional(0));
        Path directory = PathArguments.of(name(), arguments.requiredOption(OUTPUT_DIR, "DIR"));
        String revision = TemplateOption.chosen(name(), arguments, context);
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UsageException("error.notAFolder", name(), directory);
        }
        BulkFile file = InputFiles.read(name(), input, context);
        if (file == null) {
            return ExitStatus.FAILURE;
        }
        ColumnLayout layout = context.engine().layout(file.header(), revision);
        int size = size(arguments.option(SIZE), layout.rowsPerUpload());
        SplitPlan plan = SplitPlan.of(file, size, SplitPlan.baseNameOf(PathArguments.displayName(input)));
        if (plan.size() == 0) {
            context.fail("error.noDeals", name(), PathArguments.displayName(input));
            return ExitStatus.FAILURE;
        }
        for (SplitPlan.Part part : plan.parts()) {
            Path target = directory.resolve(part.fileName());
            PathArguments.notAnInput(name(), target, target.toString(), input, arguments.positional(0));
        }
        List<Path> written;
        try {
            Files.createDirectories(directory);
            written = new Splitter(new UploadCsvWriter()).write(file, layout, plan, directory);
        } catch (IOException e) {
            context.fail("error.writeFailed", name(), e.getMessage());
            return ExitStatus.FAILURE;
        }
        for (int i = 0; i < written.size(); i++) {
            context.out().println(context.text().get("done.split.part", written.get(i),
                    plan.parts().get(i).rowNumbers().size()));
        }
        return ExitStatus.OK;
    }

    /**
     * The size asked for, 1 to one upload's worth (the template's limit): a larger part would defeat
     * the split. Without {@code --size}, one upload's worth.
     */
    private int size(String argument, int perUpload) throws UsageException {
        if (argument == null) {
            return perUpload;
        }
        try {
            int size = Integer.parseInt(argument.strip());
            if (size >= 1 && size <= perUpload) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below, as any other bad size
        }
        throw new UsageException("error.badSize", name(), argument, perUpload);
    }
}
