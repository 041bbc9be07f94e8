package com.cosellstudio.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.ByteOrderMark;

/**
 * The text encoding of a CSV file: a byte order mark decides (UTF-8, UTF-16LE, UTF-16BE);
 * without one the bytes are UTF-8 when they are valid UTF-8, else Windows-1252 (what Excel writes
 * as "CSV" on a Western European Windows).
 *
 * @param charset    how the text after the BOM is decoded
 * @param bomLength  bytes of BOM to skip (0 when there is none)
 */
record TextEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The encoding announced by a BOM at the start of {@code data}, or null when there is none. */
    static TextEncoding fromBom(byte[] data) {
        for (ByteOrderMark bom : new ByteOrderMark[] {ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE}) {
            if (startsWith(data, bom)) {
                return new TextEncoding(Charset.forName(bom.getCharsetName()), bom.length());
            }
        }
        return null;
    }

    /** Whether the text must be transcoded first (line arithmetic on the bytes needs an ASCII-compatible encoding). */
    boolean isUtf16() {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
    }

    private static boolean startsWith(byte[] data, ByteOrderMark bom) {
        if (data.length < bom.length()) {
            return false;
        }
        for (int i = 0; i < bom.length(); i++) {
            if ((data[i] & 0xFF) != bom.get(i)) {
                return false;
            }
        }
        return true;
    }
}
