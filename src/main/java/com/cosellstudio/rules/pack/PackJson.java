package com.cosellstudio.rules.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A strict cursor over Jackson's streaming parser for the pack's JSON files. The pack is read
 * token by token rather than through Jackson's data binding: binding builds its deserializers by
 * reflection on first use, which cost a command-line run about 200 ms before any row was checked,
 * while the parser alone reads the three files in a few milliseconds.
 *
 * <p>Strict like the binding it replaces: an unknown field, a repeated field, a value of the wrong
 * type or an unknown enum constant fails with the file, the line and the column, so a typo in a
 * pack can never silently drop a rule.
 */
final class PackJson implements Closeable {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String source;
    private final JsonParser parser;

    private PackJson(String source, JsonParser parser) {
        this.source = source;
        this.parser = parser;
    }

    /**
     * Opens {@code in} and moves onto the first token.
     *
     * @param source the resource name, for messages
     */
    static PackJson open(String source, InputStream in) throws IOException {
        PackJson json = new PackJson(source, FACTORY.createParser(in));
        json.parser.nextToken();
        return json;
    }

    /** Fails unless the document ended after the value just read. */
    void expectEnd() throws IOException {
        if (parser.nextToken() != null) {
            throw problem("unexpected content after the end of the document");
        }
    }

    /**
     * Starts reading the object at the current token and returns its first field name (the parser then
     * stands on that field's value), or null for an empty object. Continue with {@link #nextField()}.
     */
    String firstField(String what) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw problem("expected " + what + " as an object {...}, found " + describe(parser.currentToken()));
        }
        return nextField();
    }

    /** Moves past the value just read to the next field name and its value, or returns null at the object's end. */
    String nextField() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            return null;
        }
        String name = parser.currentName();
        parser.nextToken();
        return name;
    }

    /** The failure for a field the record does not have, naming the fields it does have. */
    IllegalStateException unknownField(String field, Class<? extends Record> type) {
        String known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.joining(", "));
        return problem("unknown field \"" + field + "\" in " + type.getSimpleName() + " (its fields: " + known + ")");
    }

    /** Whether the current token is JSON null (an object or list left out reads as null, as with data binding). */
    boolean isNull() {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    /** The text value at the current token, or null for JSON null. */
    String text() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw problem("expected text for \"" + parser.currentName() + "\", found " + describe(token));
        }
        return parser.getText();
    }

    /** The whole number at the current token, or null for JSON null. */
    Integer integer() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw problem("expected a whole number for \"" + parser.currentName() + "\", found " + describe(token));
        }
        return parser.getIntValue();
    }

    /** The whole number at the current token; JSON null reads as 0, as it did with data binding. */
    int primitiveInt() throws IOException {
        Integer value = integer();
        return value == null ? 0 : value;
    }

    /** true or false at the current token; JSON null reads as false. */
    boolean bool() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw problem("expected true or false for \"" + parser.currentName() + "\", found " + describe(token));
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /** The constant of {@code type} named by the text at the current token (exact spelling), or null for JSON null. */
    <E extends Enum<E>> E constant(Class<E> type) throws IOException {
        String name = text();
        if (name == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw problem("\"" + name + "\" is not a " + type.getSimpleName() + " (one of: "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
    }

    /** Reads one value (a list element, a map value, a whole document); the parser stands on its first token. */
    interface Element<T> {
        T read(PackJson json) throws IOException;
    }

    /** The array at the current token, each element read by {@code element}, or null for JSON null. */
    <T> List<T> list(Element<T> element) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw problem("expected a list [...] for \"" + parser.currentName() + "\", found " + describe(token));
        }
        List<T> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(element.read(this));
        }
        return values;
    }

    /** A list of texts. */
    List<String> texts() throws IOException {
        return list(PackJson::text);
    }

    /** The object at the current token as a map of its fields, each value read by {@code value}, or null for JSON null. */
    <T> Map<String, T> map(Element<T> value) throws IOException {
        if (isNull()) {
            return null;
        }
        Map<String, T> values = new LinkedHashMap<>();
        for (String key = firstField("a map"); key != null; key = nextField()) {
            values.put(key, value.read(this));
        }
        return values;
    }

    /** A map of texts to texts. */
    Map<String, String> textMap() throws IOException {
        return map(PackJson::text);
    }

    /** A failure at the parser's current place. */
    IllegalStateException problem(String what) {
        return new IllegalStateException(at(source, what, parser.currentTokenLocation()));
    }

    /** Jackson's own failure (malformed JSON, a repeated field) in {@code source}, with the place Jackson names. */
    static IllegalStateException problem(String source, JsonProcessingException e) {
        return new IllegalStateException(at(source, e.getOriginalMessage(), e.getLocation()), e);
    }

    private static String at(String source, String what, JsonLocation where) {
        String place = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
        return "rule pack " + source + ": " + what + place;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "a list";
            case VALUE_STRING:
                return "text";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "true/false";
            case VALUE_NULL:
                return "null";
            default:
                return token.asString() == null ? token.name() : token.asString();
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
