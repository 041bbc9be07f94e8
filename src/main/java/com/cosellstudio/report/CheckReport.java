package com.cosellstudio.report;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.SourceFormat;
import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.TemplateRevision;
import java.util.Locale;
import java.util.function.Function;

/**
 * Everything a report of one check shows: the file as read, the outcome, the resolved header and
 * how an issue reads in the user's language. Every report format renders this same object, so the
 * JSON on stdout, the JSON file, the CSV and the HTML page can never disagree.
 *
 * @param fileName the file name shown to the user (no directories)
 * @param file     the file as read
 * @param result   the outcome of {@code RuleEngine.check(file)}
 * @param layout   the header resolved against the rule pack (gives the upload-ready columns)
 * @param messages renders an issue as one line of text in the user's language; thread-safe, as
 *                 {@link JsonReport} calls it on two threads for a long list
 */
public record CheckReport(String fileName, BulkFile file, CheckResult result, ColumnLayout layout,
                          Function<Issue, String> messages) {

    public String message(Issue issue) {
        return messages.apply(issue);
    }

    /** What was detected about the source, in words: "CSV, UTF-8 with BOM, delimiter ;". */
    public String describeSource(Texts text) {
        SourceInfo source = file.source();
        if (source.format() == SourceFormat.XLSX) {
            return text.get("source.xlsx", source.sheet());
        }
        String encoding = source.bom() ? text.get("source.encodingWithBom", source.encoding()) : source.encoding();
        return text.get("source.csv", encoding, source.delimiterName());
    }

    /**
     * Which template revision the file was checked as and how that was decided, in words:
     * "2023 template (told by its header)".
     */
    public String describeTemplate(Texts text) {
        TemplateRevision revision = layout.revision();
        return text.get("template." + revision.basis().name().toLowerCase(Locale.ROOT), revision.id());
    }

    /** Rows that create or update a deal (blank records left out). */
    public int deals() {
        return result.create() + result.update();
    }
}
