package com.cosellstudio.app.recovery;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.ReadFault;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceFormat;
import com.cosellstudio.domain.SourceInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The recovery journal on disk: one JSON document of our own, versioned, holding a {@link Snapshot}.
 * Jackson's streaming API, so a journal of 100,000 rows is written and read without a tree of it.
 */
public final class JournalFormat {
    /** What the file says it is, so that a stray JSON file is never taken for a journal. */
    static final String KIND = "cosell-studio-unsaved-changes";
    static final int VERSION = 1;
    /** The stream is the caller's: it is flushed to disk after the journal is written, then closed. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JournalFormat() {
    }

    public static void write(Snapshot snapshot, OutputStream out) throws IOException {
        BulkFile file = snapshot.file();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("kind", KIND);
            json.writeNumberField("version", VERSION);
            json.writeStringField("taken", snapshot.taken().toString());
            writePath(json, "path", file.path());
            writeSource(json, file.source());
            if (snapshot.stamp() != null) {
                json.writeObjectFieldStart("stamp");
                json.writeNumberField("size", snapshot.stamp().size());
                json.writeNumberField("modified", snapshot.stamp().modifiedMillis());
                json.writeEndObject();
            }
            writePath(json, "baseline", snapshot.baseline());
            if (snapshot.revision() != null) {
                json.writeStringField("revision", snapshot.revision());
            }
            json.writeArrayFieldStart("header");
            for (String cell : file.header()) {
                json.writeString(cell);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
            for (Row row : file.rows()) {
                writeRow(json, row);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writePath(JsonGenerator json, String name, Path path) throws IOException {
        if (path != null) {
            json.writeStringField(name, path.toAbsolutePath().toString());
        }
    }

    private static void writeSource(JsonGenerator json, SourceInfo source) throws IOException {
        json.writeObjectFieldStart("source");
        json.writeStringField("format", source.format().name());
        if (source.encoding() != null) {
            json.writeStringField("encoding", source.encoding());
        }
        json.writeBooleanField("bom", source.bom());
        if (source.delimiter() != null) {
            json.writeStringField("delimiter", String.valueOf(source.delimiter()));
        }
        if (source.lineEnding() != null) {
            json.writeStringField("lineEnding", source.lineEnding());
        }
        if (source.sheet() != null) {
            json.writeStringField("sheet", source.sheet());
        }
        if (source.dates1904()) {
            json.writeBooleanField("dates1904", true);
        }
        json.writeEndObject();
    }

    private static void writeRow(JsonGenerator json, Row row) throws IOException {
        json.writeStartObject();
        json.writeNumberField("line", row.sourceLine());
        json.writeArrayFieldStart("cells");
        for (int c = 0; c < row.size(); c++) {
            json.writeString(row.get(c));
        }
        json.writeEndArray();
        if (!row.faults().isEmpty()) {
            json.writeArrayFieldStart("faults");
            for (ReadFault fault : row.faults()) {
                json.writeStartObject();
                json.writeNumberField("column", fault.column());
                json.writeStringField("kind", fault.kind().name());
                json.writeStringField("detail", fault.detail());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /**
     * Reads a journal.
     *
     * @throws IOException when it is not one, is of a later version, or is cut short or damaged
     *                     (the message says which, in one line, without the file's name)
     */
    public static Snapshot read(InputStream in) throws IOException {
        try (JsonParser json = FACTORY.createParser(in)) {
            return new Reading(json).snapshot();
        } catch (RuntimeException e) {
            // A value of the wrong kind (a path no system accepts, a format we do not know).
            throw new IOException(e.getMessage(), e);
        }
    }

    /** One pass over the tokens of a journal. */
    private static final class Reading {
        private final JsonParser json;
        private String kind;
        private int version;
        private Instant taken;
        private Path path;
        private SourceInfo source;
        private FileStamp stamp;
        private Path baseline;
        private String revision;
        private List<String> header;
        private List<Row> rows;

        Reading(JsonParser json) {
            this.json = json;
        }

        Snapshot snapshot() throws IOException {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                field(name);
            }
            if (!KIND.equals(kind)) {
                throw new IOException("not a journal of unsaved changes");
            }
            if (version != VERSION) {
                throw new IOException("journal version " + version + " is not " + VERSION);
            }
            if (taken == null || source == null || header == null || rows == null) {
                throw new IOException("the journal is incomplete");
            }
            return new Snapshot(new BulkFile(path, source, header, rows), stamp, baseline, revision, taken);
        }

        private void field(String name) throws IOException {
            switch (name) {
                case "kind" -> kind = json.getValueAsString();
                case "version" -> version = json.getIntValue();
                case "taken" -> taken = Instant.parse(json.getValueAsString());
                case "path" -> path = Path.of(json.getValueAsString());
                case "baseline" -> baseline = Path.of(json.getValueAsString());
                case "revision" -> revision = json.getValueAsString();
                case "source" -> source = source();
                case "stamp" -> stamp = stamp();
                case "header" -> header = strings();
                case "rows" -> rows = rows();
                default -> json.skipChildren();
            }
        }

        private SourceInfo source() throws IOException {
            expect(json.currentToken(), JsonToken.START_OBJECT);
            SourceFormat format = null;
            String encoding = null;
            boolean bom = false;
            Character delimiter = null;
            String lineEnding = null;
            String sheet = null;
            boolean dates1904 = false;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                switch (name) {
                    case "format" -> format = SourceFormat.valueOf(json.getValueAsString());
                    case "encoding" -> encoding = json.getValueAsString();
                    case "bom" -> bom = json.getBooleanValue();
                    case "delimiter" -> delimiter = single(json.getValueAsString());
                    case "lineEnding" -> lineEnding = json.getValueAsString();
                    case "sheet" -> sheet = json.getValueAsString();
                    case "dates1904" -> dates1904 = json.getBooleanValue();
                    default -> json.skipChildren();
                }
            }
            if (format == null) {
                throw new IOException("the journal does not say how the file was read");
            }
            return new SourceInfo(format, encoding, bom, delimiter, lineEnding, sheet, dates1904);
        }

        private static Character single(String text) throws IOException {
            if (text == null || text.length() != 1) {
                throw new IOException("the journal names no single delimiter");
            }
            return text.charAt(0);
        }

        private FileStamp stamp() throws IOException {
            expect(json.currentToken(), JsonToken.START_OBJECT);
            long size = -1;
            long modified = -1;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                switch (name) {
                    case "size" -> size = json.getLongValue();
                    case "modified" -> modified = json.getLongValue();
                    default -> json.skipChildren();
                }
            }
            return new FileStamp(size, modified);
        }

        private List<String> strings() throws IOException {
            expect(json.currentToken(), JsonToken.START_ARRAY);
            List<String> values = new ArrayList<>();
            for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
                expect(token, JsonToken.VALUE_STRING);
                values.add(json.getText());
            }
            return values;
        }

        private List<Row> rows() throws IOException {
            expect(json.currentToken(), JsonToken.START_ARRAY);
            List<Row> read = new ArrayList<>();
            for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
                expect(token, JsonToken.START_OBJECT);
                read.add(row());
            }
            return read;
        }

        private Row row() throws IOException {
            int line = 0;
            List<String> cells = null;
            List<ReadFault> faults = List.of();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                switch (name) {
                    case "line" -> line = json.getIntValue();
                    case "cells" -> cells = strings();
                    case "faults" -> faults = faults();
                    default -> json.skipChildren();
                }
            }
            if (cells == null) {
                throw new IOException("a row of the journal has no cells");
            }
            Row row = new Row(cells.toArray(new String[0]), line);
            faults.forEach(row::addFault);
            return row;
        }

        private List<ReadFault> faults() throws IOException {
            expect(json.currentToken(), JsonToken.START_ARRAY);
            List<ReadFault> faults = new ArrayList<>(1);
            for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
                expect(token, JsonToken.START_OBJECT);
                int column = -1;
                ReadFault.Kind kind = null;
                String detail = "";
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String name = json.currentName();
                    json.nextToken();
                    switch (name) {
                        case "column" -> column = json.getIntValue();
                        case "kind" -> kind = ReadFault.Kind.valueOf(json.getValueAsString());
                        case "detail" -> detail = json.getValueAsString();
                        default -> json.skipChildren();
                    }
                }
                if (column < 0 || kind == null) {
                    throw new IOException("a read fault of the journal names no cell");
                }
                faults.add(new ReadFault(column, kind, detail));
            }
            return faults;
        }

        private void expect(JsonToken token, JsonToken wanted) throws IOException {
            if (token != wanted) {
                throw new IOException(token == null ? "the journal is cut short"
                        : "the journal has " + token + " where " + wanted + " belongs");
            }
        }
    }
}
