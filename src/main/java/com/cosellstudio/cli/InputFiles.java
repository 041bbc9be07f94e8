package com.cosellstudio.cli;

import com.cosellstudio.rules.pack.RulePacks;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.SourceFormat;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.io.UnreadableFileException;
import com.cosellstudio.roundtrip.Baseline;
import com.cosellstudio.rules.ColumnLayout;
import java.nio.file.Path;

/**
 * Reading the files the verbs work on. A file that cannot be read gives null after one line naming
 * the file and the place on stderr; the verb then ends with {@link ExitStatus#FAILURE}.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** A co-sell bulk file as read, with its header resolved against the rule pack. */
    record BulkInput(BulkFile file, ColumnLayout layout) {
    }

    static BulkFile read(String verb, Path path, CliContext context) {
        try {
            return new BulkFileReader(RulePacks.shipped().readLimits()).read(path);
        } catch (UnreadableFileException e) {
            unreadable(verb, path, e, context);
            return null;
        }
    }

    /**
     * The one line for a file that could not be read; a reader that ran out of memory (a library
     * may wrap that in a parse failure) is said to have run out of memory, not blamed on the file.
     */
    static void unreadable(String verb, Path path, UnreadableFileException e, CliContext context) {
        if (Unexpected.isOutOfMemory(e)) {
            Unexpected.reportOutOfMemory(verb, path.toString(), context);
        } else {
            context.fail("error.unreadable", verb, e.getMessage());
        }
    }

    /**
     * Whether the file's header names at least one column of the template. When it names none (a
     * password file, an address book, a CSV export of something else) the file is no co-sell bulk
     * file: checking it would only list every template column as missing, so the verb refuses it
     * with one line on stderr and this gives false.
     */
    static boolean isBulkFile(String verb, BulkFile file, ColumnLayout layout, CliContext context) {
        if (layout.recognisesAnyColumn()) {
            return true;
        }
        String key = file.source().format() == SourceFormat.XLSX ? "error.notBulkFile.sheet" : "error.notBulkFile";
        context.fail(key, verb, PathArguments.displayName(file.path()));
        return false;
    }

    /**
     * The file read and its header resolved against the pack of {@code revision} (null: the
     * revision its header tells); null, after one line on stderr, when it cannot be read or is no
     * co-sell bulk file ({@link #isBulkFile}).
     */
    static BulkInput readBulkFile(String verb, Path path, String revision, CliContext context) {
        BulkFile file = read(verb, path, context);
        if (file == null) {
            return null;
        }
        ColumnLayout layout = context.engine().layout(file.header(), revision);
        return isBulkFile(verb, file, layout, context) ? new BulkInput(file, layout) : null;
    }

    /**
     * The baseline of {@code --baseline EXPORT}: the deals of a Partner Center export, or null. Its
     * columns are read as the file compared with it is ({@code revision}), so they pair one to one.
     */
    static Baseline baseline(String verb, Path export, String revision, CliContext context) {
        BulkInput read = readBulkFile(verb, export, revision, context);
        return read == null ? null : Baseline.of(read.file(), read.layout());
    }
}
