package com.cosellstudio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The decoder of UTF-8 with stray bytes loses nothing: its valid characters and its marked stray
 * bytes give back the very bytes read, whatever they are and wherever its buffers split them.
 */
class MarkedUtf8ReaderTest {

    private static String decode(byte[] bytes) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Reader in = new MarkedUtf8Reader(new ByteArrayInputStream(bytes))) {
            char[] buffer = new char[7]; // small reads: the caller's buffer never lines up with the decoder's
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                text.append(buffer, 0, read);
            }
        }
        return text.toString();
    }

    /** The bytes the text stands for: each mark its byte, every other character in UTF-8. */
    private static byte[] bytesOf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            int stray = MarkedUtf8Reader.strayByte(text.charAt(i), i == 0 ? 0 : text.charAt(i - 1));
            if (stray >= 0) {
                out.writeBytes(text.substring(from, i).getBytes(StandardCharsets.UTF_8));
                out.write(stray);
                from = i + 1;
            }
        }
        out.writeBytes(text.substring(from).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Property(tries = 300)
    void anyBytesComeBackAsTheyWere(@ForAll @Size(max = 200_000) byte[] bytes) throws IOException {
        assertArrayEquals(bytes, bytesOf(decode(bytes)));
    }

    @Test
    void validUtf8IsDecodedAndEachStrayByteMarked() throws IOException {
        byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xD0, (byte) 0x96, ' ', (byte) 0xF0, (byte) 0x9F,
            (byte) 0x92, (byte) 0x80, (byte) 0xE2, (byte) 0x82};

        String text = decode(bytes);

        assertEquals("Caf\uDCE9 \u0416 \uD83D\uDC80\uDCE2\uDC82", text);
        assertEquals(0xE9, MarkedUtf8Reader.strayByte(text.charAt(3), text.charAt(2)));
        assertEquals(-1, MarkedUtf8Reader.strayByte(text.charAt(8), text.charAt(7)), "half of a real character");
    }
}
