package com.cosellstudio.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.ByteOrderMark;

/**
 * The text encoding of a CSV file: a byte order mark decides (UTF-8, UTF-16LE, UTF-16BE); a file
 * without one whose first characters have every other byte zero is UTF-16 too; otherwise the bytes
 * are UTF-8 when they are valid UTF-8, else Windows-1252 (what Excel writes as "CSV" on a Western
 * European Windows) unless they also hold UTF-8 (spec section 6).
 *
 * @param charset    how the text after the BOM is decoded
 * @param bomLength  bytes of BOM to skip (0 when there is none)
 */
record TextEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Bytes looked at to tell UTF-16 without a BOM: a header's worth. */
    private static final int UTF16_SNIFF_BYTES = 4096;

    /** Windows-1252's character for each byte from 0x80; the five bytes it leaves undefined stand for themselves, as browsers read them. */
    private static final char[] WINDOWS_1252_HIGH = windows1252High();

    /** The encoding announced by a BOM at the start of {@code data}, or null when there is none. */
    static TextEncoding fromBom(byte[] data) {
        for (ByteOrderMark bom : new ByteOrderMark[] {ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE}) {
            if (startsWith(data, bom)) {
                return new TextEncoding(Charset.forName(bom.getCharsetName()), bom.length());
            }
        }
        return null;
    }

    /**
     * UTF-16 without a BOM, told by the first bytes of {@code data}: the header is ASCII, which in
     * UTF-16 has its zero byte on the same side of every pair; the bytes must also decode to text
     * without control characters, so binary data full of zeros is not taken for it. Null otherwise.
     */
    static TextEncoding sniffUtf16(byte[] data) {
        int pairs = Math.min(data.length, UTF16_SNIFF_BYTES) / 2;
        if (pairs == 0) {
            return null;
        }
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i < pairs; i++) {
            zeroFirst += data[2 * i] == 0 ? 1 : 0;
            zeroSecond += data[2 * i + 1] == 0 ? 1 : 0;
        }
        Charset charset;
        if (zeroSecond * 2 >= pairs && zeroFirst * 8 <= pairs && data[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else if (zeroFirst * 2 >= pairs && zeroSecond * 8 <= pairs && data[0] == 0) {
            charset = StandardCharsets.UTF_16BE;
        } else {
            return null;
        }
        return isText(data, 2 * pairs, charset) ? new TextEncoding(charset, 0) : null;
    }

    private static boolean isText(byte[] data, int length, Charset charset) {
        CharBuffer text = CharBuffer.allocate(length);
        // Not the end of the input: the bytes looked at may stop inside a surrogate pair.
        CoderResult result = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data, 0, length), text, false);
        if (result.isError()) {
            return false;
        }
        text.flip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Whether the text must be transcoded first (line arithmetic on the bytes needs an ASCII-compatible encoding). */
    boolean isUtf16() {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
    }

    /** The character a byte from 0x80 up stands for in Windows-1252: how a stray byte in UTF-8 text is shown. */
    static char windows1252(int highByte) {
        return WINDOWS_1252_HIGH[(highByte & 0xFF) - 0x80];
    }

    private static char[] windows1252High() {
        char[] table = new char[0x80];
        for (int b = 0x80; b <= 0xFF; b++) {
            String decoded = new String(new byte[] {(byte) b}, WINDOWS_1252);
            table[b - 0x80] = decoded.charAt(0) == '\uFFFD' ? (char) b : decoded.charAt(0);
        }
        return table;
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
