package com.cosellstudio.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes JSON strings that repeat down a report (the same message and value on every row of an
 * export, a handful of column names) from their quoted and encoded form, made once: a report of
 * 100,000 issues otherwise escapes the same few texts 100,000 times. Bounded, so a report of
 * all-different texts costs a lookup per string and no more memory.
 */
final class RepeatedJsonStrings {
    private static final int MAX_ENTRIES = 4096;
    /** Longer texts rarely repeat and are cheap to write relative to their hashing. */
    private static final int MAX_LENGTH = 256;

    private final Map<String, SerializedString> encoded = new HashMap<>();

    void write(JsonGenerator json, String text) throws IOException {
        if (text == null || text.length() > MAX_LENGTH) {
            json.writeString(text);
            return;
        }
        SerializedString known = encoded.get(text);
        if (known == null) {
            if (encoded.size() >= MAX_ENTRIES) {
                json.writeString(text);
                return;
            }
            known = new SerializedString(text);
            encoded.put(text, known);
        }
        json.writeString(known);
    }
}
