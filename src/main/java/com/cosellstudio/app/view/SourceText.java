package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.domain.SourceFormat;
import com.cosellstudio.domain.SourceInfo;
import java.nio.file.Path;

/** What was detected about a file, in the user's words: for the status bar and the save question. */
final class SourceText {
    private SourceText() {
    }

    /**
     * "CSV · UTF-8 with BOM · delimiter ," / "XLSX workbook, sheet Deals" / "New document" (no path); empty
     * without a document (no source).
     */
    static String describe(UiText text, Path path, SourceInfo source) {
        if (source == null) {
            return "";
        }
        if (path == null) {
            return text.get("status.source.new");
        }
        if (source.format() == SourceFormat.XLSX) {
            return text.format("status.source.xlsx", source.sheet());
        }
        String encoding = source.bom() ? text.format("status.source.bom", source.encoding()) : source.encoding();
        String delimiter = "TAB".equals(source.delimiterName()) ? text.get("status.source.tab") : source.delimiterName();
        return text.format("status.source.csv", encoding, delimiter);
    }
}
