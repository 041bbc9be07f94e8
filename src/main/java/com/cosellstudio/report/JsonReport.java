package com.cosellstudio.report;

import com.cosellstudio.domain.SourceInfo;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.Issue;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The JSON object of spec section 9, printed by {@code check --format json} and written by
 * {@code --report OUT.json}. Streamed with Jackson's generator: the text of a report is never held
 * whole in memory (only the later half of a long list, which a second thread writes meanwhile).
 * {@code delimiter} is the delimiter character itself (a TAB is written as JSON's {@code "\t"});
 * {@code encoding} and {@code delimiter} are null for XLSX. {@code template} is the revision the
 * file was checked as, {@code templateDetected} whether its header told it (false when the newest
 * was assumed or the user chose one).
 *
 * <p>A long list is written on two threads at once, so the report's messages function is then
 * called on both: it must be thread-safe (the command line's {@code IssueMessages} is).
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
     * From this many issues on, the later half of the list is written on a second core while this
     * one writes the first: 100,000 rows of an export make 100,000 issues, and writing them is the
     * last thing {@code check} does, when the checking core has nothing left to do.
     */
    private static final int TWO_CORES_FROM = 20_000;

    private final int twoCoresFrom;

    public JsonReport() {
        this(TWO_CORES_FROM);
    }

    /** @param twoCoresFrom the number of issues from which the later half is written on another thread */
    JsonReport(int twoCoresFrom) {
        this.twoCoresFrom = Math.max(2, twoCoresFrom);
    }

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
            json.writeStringField("sheet", source.sheet());
            json.writeStringField("template", report.layout().revision().id());
            json.writeBooleanField("templateDetected", report.layout().revision().detected());
            json.writeNumberField("rows", result.rows());
            json.writeObjectFieldStart("summary");
            json.writeNumberField("create", result.create());
            json.writeNumberField("update", result.update());
            json.writeNumberField("rowsWithErrors", result.rowsWithErrors());
            json.writeNumberField("errors", result.errors());
            json.writeNumberField("warnings", result.warnings());
            json.writeEndObject();
            json.writeArrayFieldStart("issues");
            List<Issue> issues = result.issues();
            int split = issues.size() >= twoCoresFrom ? issues.size() / 2 : issues.size();
            LaterIssues later = split < issues.size() ? LaterIssues.start(report, issues, split) : null;
            writeIssues(json, report, issues.subList(0, split));
            if (later != null) {
                json.flush();
                later.writeTo(out);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeIssues(JsonGenerator json, CheckReport report, List<Issue> issues) throws IOException {
        RepeatedJsonStrings repeated = new RepeatedJsonStrings();
        for (Issue issue : issues) {
            writeIssue(json, issue, report.message(issue), repeated);
        }
    }

    /**
     * The issues from {@code split} on, written on their own thread exactly as the main generator
     * would write them after issue {@code split - 1}: a generator of the same kind writes that issue
     * first (so that nesting, indentation and the separator before the next element are the same)
     * and only what follows it is kept.
     */
    private static final class LaterIssues implements Callable<Void> {
        private final CheckReport report;
        private final List<Issue> issues;
        private final int split;
        private final Bytes bytes;
        private final FutureTask<Void> task = new FutureTask<>(this);
        private int start;
        private int end;

        private LaterIssues(CheckReport report, List<Issue> issues, int split) {
            this.report = report;
            this.issues = issues;
            this.split = split;
            // About 200 bytes an issue; a larger report grows the buffer as it goes.
            this.bytes = new Bytes((int) Math.min((issues.size() - split) * 200L, 1 << 26));
        }

        static LaterIssues start(CheckReport report, List<Issue> issues, int split) {
            LaterIssues later = new LaterIssues(report, issues, split);
            Thread thread = new Thread(later.task, "json-report");
            thread.setDaemon(true);
            thread.start();
            return later;
        }

        @Override
        public Void call() throws IOException {
            try (JsonGenerator json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeArrayFieldStart("issues");
                RepeatedJsonStrings repeated = new RepeatedJsonStrings();
                Issue primer = issues.get(split - 1);
                writeIssue(json, primer, report.message(primer), repeated);
                json.flush();
                start = bytes.size();
                writeIssues(json, report, issues.subList(split, issues.size()));
                json.flush();
                // Closing the generator would end the array and the object: not ours to keep.
                end = bytes.size();
            }
            return null;
        }

        /** Waits for the issues to be written, then copies them to {@code out}. */
        void writeTo(OutputStream out) throws IOException {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing the report");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
            bytes.writeTo(out, start, end);
        }
    }

    /** A byte buffer that hands over a part of itself without copying it first. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes(int size) {
            super(Math.max(32, size));
        }

        synchronized void writeTo(OutputStream out, int from, int to) throws IOException {
            out.write(buf, from, to - from);
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
