package com.cosellstudio.report;

import java.util.Locale;
import java.util.Optional;

/** The kinds of report file {@code check --report} writes, told apart by the file name's extension. */
public enum ReportFormat {
    /** The JSON object of spec section 9 ({@link JsonReport}). */
    JSON,
    /** The checked file as an upload-ready CSV with the Errors column filled ({@link ErrorsColumn}). */
    CSV,
    /** A page to read or forward ({@link HtmlReport}). */
    HTML;

    /** The format a report file name asks for: {@code .json}, {@code .csv}, {@code .html}/{@code .htm}. */
    public static Optional<ReportFormat> forFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }
}
