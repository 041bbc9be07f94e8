package com.cosellstudio.report;

import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.Issue;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The JSON object of spec section 9, printed by {@code check --format json} and written by
 * {@code --report OUT.json}. Streamed with Jackson's generator: a file with many issues is never
 * held twice in memory. {@code delimiter} is the delimiter character itself (a TAB is written as
 * JSON's {@code "\t"}); {@code encoding} and {@code delimiter} are null for XLSX.
 */
public final class JsonReport {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    // The names of an issue's fields, quoted and encoded once rather than for each of many issues.
    private static final SerializableString SEVERITY = new SerializedString("severity");
    private static final SerializableString CODE = new SerializedString("code");
    private static final SerializableString ROW = new SerializedString("row");
    private static final SerializableString COLUMN = new SerializedString("column");
    private static final SerializableString VALUE = new SerializedString("value");
    private static final SerializableString MESSAGE = new SerializedString("message");

    /**
     * Loads what writing takes (Jackson's generator and pretty printer) by writing a tiny object to
     * nowhere, for a caller that has a spare moment before the report is due.
     */
    public static void prepare() {
        try (JsonGenerator json = FACTORY.createGenerator(OutputStream.nullOutputStream(), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("file", "");
            json.writeNumberField("rows", 0);
            json.writeNullField("row");
            json.writeFieldName(SEVERITY);
            json.writeString("");
            json.writeEndObject();
        } catch (IOException nothingToWrite) {
            // A stream that discards everything cannot fail.
        }
    }

    /** Writes the report on {@code out} (UTF-8, pretty-printed, one trailing newline); leaves {@code out} open. */
    public void write(CheckReport report, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            SourceInfo source = report.file().source();
            CheckResult result = report.result();
            json.writeStartObject();
            json.writeStringField("file", report.fileName());
            json.writeStringField("format", source.format().id());
            json.writeStringField("encoding", source.encoding());
            json.writeStringField("delimiter", source.delimiter() == null ? null : source.delimiter().toString());
            json.writeNumberField("rows", result.rows());
            json.writeObjectFieldStart("summary");
            json.writeNumberField("create", result.create());
            json.writeNumberField("update", result.update());
            json.writeNumberField("rowsWithErrors", result.rowsWithErrors());
            json.writeNumberField("errors", result.errors());
            json.writeNumberField("warnings", result.warnings());
            json.writeEndObject();
            json.writeArrayFieldStart("issues");
            RepeatedJsonStrings repeated = new RepeatedJsonStrings();
            for (Issue issue : result.issues()) {
                writeIssue(json, issue, report.message(issue), repeated);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeIssue(JsonGenerator json, Issue issue, String message, RepeatedJsonStrings repeated)
            throws IOException {
        json.writeStartObject();
        json.writeFieldName(SEVERITY);
        repeated.write(json, issue.severity().id());
        json.writeFieldName(CODE);
        repeated.write(json, issue.code().name());
        json.writeFieldName(ROW);
        if (issue.row() == null) {
            json.writeNull();
        } else {
            json.writeNumber(issue.row());
        }
        json.writeFieldName(COLUMN);
        repeated.write(json, issue.column());
        json.writeFieldName(VALUE);
        repeated.write(json, issue.value());
        json.writeFieldName(MESSAGE);
        repeated.write(json, message);
        json.writeEndObject();
    }
}
